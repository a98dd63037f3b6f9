/// The forms and acts a candidacy needs, in the legal order they are usually done.
///
/// Raw values are stable snake_case keys for storage and `--json`; never rename one. Case order is
/// the tie-break when two forms fall due on the same day (candidates-and-royal-mail.md §2.1 and
/// §2.2 list them in this order).
public enum FormKind: String, CaseIterable, Sendable, Codable {
    /// The nomination paper with its subscribers (proposer, seconder, assentors).
    case nominationPaper = "nomination_paper"
    /// The candidate's signed, witnessed consent to nomination.
    case consentToNomination = "consent_to_nomination"
    /// The home address form (the candidate may ask for the address not to be published).
    case homeAddressForm = "home_address_form"
    /// The certificate of authorisation for the party name and/or description, from the party's
    /// registered nominating officer.
    case certificateOfAuthorisation = "certificate_of_authorisation"
    /// The request to print one of the party's registered emblems on the ballot paper.
    case emblemRequest = "emblem_request"
    /// The deposit, where the election has one.
    case deposit
    /// Notice of appointment of the election agent (otherwise the candidate is their own agent).
    case electionAgentNotice = "election_agent_notice"
    /// The mayoral election-address booklet entry, or the PCC election address on the website.
    case electionAddress = "election_address"
    /// Notice of appointment of postal voting agents (before each opening session).
    case postalVotingAgents = "postal_voting_agents"
    /// Notice of appointment of polling and counting agents.
    case pollingCountingAgents = "polling_counting_agents"
    /// The spending and donations return with the agent's declaration (a nil return is still due).
    case spendingReturn = "spending_return"
    /// The candidate's declaration on the spending return.
    case candidateDeclaration = "candidate_declaration"

    /// Position in the legal order (tie-break for forms due on the same day).
    var rank: Int { FormKind.allCases.firstIndex(of: self) ?? 0 }
}

/// Who must file a form. Raw values are stable keys.
public enum Responsible: String, CaseIterable, Sendable, Codable {
    case candidate
    /// The election agent (the candidate, if no agent is appointed or the election has none).
    case agent
    /// The party's nominating officer registered with the Electoral Commission, or a person they
    /// authorise (candidates-and-royal-mail.md §2.1 row 4).
    case nominatingOfficer = "nominating_officer"
    /// The party itself (its officers or volunteers), for work no statute assigns to a person.
    case party
}

/// Where a form has got to. Raw values are stable keys for storage and the command line.
public enum FormStatus: String, CaseIterable, Sendable, Codable {
    case toDo = "to-do"
    case inProgress = "in-progress"
    case submitted
    case accepted
    case rejected

    /// True once the form is out of the party's hands: `submitted` or `accepted`.
    ///
    /// A `rejected` form is not done (it has to be put right and filed again before the deadline),
    /// and an `in-progress` one is not done however nearly finished it is: the deadline board
    /// keeps both counting down.
    public var isDone: Bool {
        switch self {
        case .submitted, .accepted: true
        case .toDo, .inProgress, .rejected: false
        }
    }
}
