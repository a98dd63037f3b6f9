/// The words of the forms checklist: each trap and how to file, with its source
/// (candidates-and-royal-mail.md §1.1, §2.1, §2.2). Kept apart from `FormsChecklist` so the
/// wording can be reviewed without reading the logic.
enum FormNotes {
    static let nominationFormsSource =
        "EC, Guidance for (Acting) Returning Officers, \"Forms for nomination\" and \"How nomination papers must be submitted\""
    static let unknownSource = "Not in Rosette's domain notes: check the Electoral Commission's candidate guidance for this election"

    static func unconfirmed(_ source: String) -> String { "unconfirmed figure: \(source)" }

    static func unknownSubscribers(_ kind: ElectionKind) -> String {
        "Rosette's notes do not give the number of subscribers for \(kind.displayName) elections here"
    }

    static func unknownDepositReason(_ kind: ElectionKind) -> String {
        "Rosette's notes do not say whether \(kind.displayName) elections here have a deposit, or how much"
    }

    static let unknownDeposit =
        "Check the Electoral Commission's candidate guidance for a deposit and how the returning officer accepts it."

    /// The nomination-paper trap: who subscribes, how many count, how it is delivered.
    static func nominationPaper(subscribers: Int?, kind: ElectionKind) -> String {
        var text: String
        switch subscribers {
        case 2?:
            text = "Subscribed by a proposer and a seconder on the register for the electoral area; only the "
                + "first two signatures are considered."
        case let n?:
            text = "Subscribed by \(n) electors on the register for the electoral area (proposer, seconder and "
                + "\(n - 2) assentors); only the first \(n) count, and one invalid signature among them invalidates "
                + "the paper."
        case nil:
            text = "Check how many electors must subscribe."
        }
        text += " Full names as on the register, no titles (Mr, Cllr); anonymous electors cannot subscribe. "
            + "Deliver by hand: the candidate, proposer or seconder"
            + (kind == .parish ? " (parish and community elections have no agents)." : ", or an already-notified election agent.")
        if kind == .ukParliament { text += " An elector may subscribe only one nomination paper." }
        return text
    }

    static let consent =
        "Signed by the candidate and witnessed. By hand, except that a candidate overseas may send it electronically."
    static let homeAddress =
        "By hand with the nomination paper. The candidate can ask for the home address not to be published."
    static let certificate =
        "From the party's registered nominating officer (or a person they authorise). Original, by hand or post, "
        + "never email. The party name and description must match the nomination paper exactly or the whole "
        + "nomination is invalid; descriptions are at most six words."
    static let emblem = "Original, by hand or post. It must be one of the party's emblems registered with the Electoral Commission."

    static func deposit(kind: ElectionKind) -> String {
        var text = "Cash (sterling) or a UK banker's draft; card, transfer or building-society cheque only if the "
            + "returning officer agrees, and it must have arrived by the deadline."
        if kind == .ukParliament {
            text += " Returned by the next working day after the declaration if the candidate polls more than 5% "
                + "of valid votes; otherwise forfeited."
        }
        return text
    }

    /// The election address where the law has one instead of a free mailing
    /// (candidates-and-royal-mail.md §1.1): the mayoral booklet and the PCC website.
    static func electionAddress(
        kind: ElectionKind
    ) -> (title: String, responsible: Responsible, note: String, source: String, reasons: [String])? {
        switch kind {
        case .mayor:
            return (
                "Election address for the mayoral booklet", .candidate,
                "The returning officer's booklet goes to every elector. At most two sides of A5, plus a single-side "
                    + "A5 version if it runs over one side. The candidate pays an equal share of the printing cost; "
                    + "the returning officer pays the postage.",
                "EC, Guidance for ROs (local government England), \"The election address booklet – Local authority "
                    + "mayoral elections\"; EC, Candidates and agents at CA mayoral elections, \"Your election address\"",
                []
            )
        case .pcc:
            return (
                "Election address for the PCC elections website", .agent,
                "At most 300 words, prepared by the election agent, published on the website run for the Secretary "
                    + "of State. There is no booklet and no free mailing.",
                "Police and Crime Commissioner Elections Order 2012 art. 52 and Sch. 8; EC PARO guidance, "
                    + "\"Requirements of an election address\"",
                ["the deadline for PCC election addresses is not in the notes; close of nominations is assumed"]
            )
        default:
            return nil
        }
    }

    static let electionAgentSource = "RPA 1983 s.67(1); EC UKPGE guidance, \"Appointing an election agent\""
    static let electionAgent =
        "Name, home and office address, signed by candidate and agent. The office must be a physical address (no "
        + "PO box) in or next to the area. If no agent is notified by the deadline, the candidate is their own agent."
    static let pollingAgents = "Written notice of names and addresses to the returning officer."
    static let postalVotingAgentsSource =
        "EC local-government candidate guidance, \"Appointing postal voting agents\"; SI 2008/1741 reg. 82"
    static let postalVotingAgents =
        "Notice before the time fixed for each postal-vote opening session; the returning officer gives at least "
        + "48 hours' notice of sessions and sets the maximum number of agents."
    static let postalVotingAgentsPlanningDate =
        "planning date only: the law's deadline is each opening session, set by the returning officer; Rosette uses "
        + "the postal-vote application deadline"
    static let spendingReturn =
        "The election agent delivers the spending and donations return with their declaration. A nil return is "
        + "still required. Invoices must be received within 21 days and paid within 28 days of the declaration."
    static let parishSpendingReturn =
        "The candidate delivers the return (parish and community elections have no agents). A nil return is still required."
    static let candidateDeclaration =
        "Within 7 working days of the return being delivered (14 days after returning if the candidate is abroad); "
        + "the date here assumes the return is delivered on its deadline."
}
