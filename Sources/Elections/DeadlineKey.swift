/// The deadlines a timetable can hold. Raw values are the stable keys of `--json` output.
///
/// Case order is the legal sequence of a timetable; deadlines on the same day are listed in this
/// order.
public enum DeadlineKey: String, CaseIterable, Sendable, Codable {
    case noticeOfElection = "notice_of_election"
    /// UK Parliament by-election given the writ: the earliest day the (A)RO may fix as the last day
    /// for nominations.
    case earliestCloseOfNominations = "earliest_close_of_nominations"
    case closeOfNominations = "close_of_nominations"
    case withdrawal
    case electionAgentAppointment = "election_agent_appointment"
    case sopnPublication = "sopn_publication"
    /// UK Parliament by-election given the writ: the latest day the (A)RO may fix as the last day
    /// for nominations.
    case latestCloseOfNominations = "latest_close_of_nominations"
    case registration
    case postalVoteApplication = "postal_vote_application"
    case proxyApplication = "proxy_application"
    case vacApplication = "vac_application"
    case noticeOfPoll = "notice_of_poll"
    case pollingAndCountingAgents = "polling_and_counting_agents"
    /// UK Parliament by-election: the earliest legal polling day.
    case earliestPoll = "earliest_poll"
    case poll
    case emergencyProxy = "emergency_proxy"
    /// UK Parliament by-election: the latest legal polling day.
    case latestPoll = "latest_poll"
    case spendingReturn = "spending_return"
    case candidateDeclaration = "candidate_declaration"

    /// Human title.
    public var title: String {
        switch self {
        case .noticeOfElection: "Notice of election published (latest day)"
        case .earliestCloseOfNominations: "Earliest day the returning officer may fix for close of nominations"
        case .closeOfNominations: "Close of nominations"
        case .withdrawal: "Last time to withdraw a candidacy"
        case .electionAgentAppointment: "Notice of appointment of election agent"
        case .sopnPublication: "Statement of persons nominated published"
        case .latestCloseOfNominations: "Latest day the returning officer may fix for close of nominations"
        case .registration: "Voter registration deadline"
        case .postalVoteApplication: "Postal vote applications and changes"
        case .proxyApplication: "Proxy vote applications (not emergency)"
        case .vacApplication: "Voter Authority Certificate applications"
        case .noticeOfPoll: "Notice of poll published (latest day)"
        case .pollingAndCountingAgents: "Notice of polling and counting agents"
        case .earliestPoll: "Earliest legal polling day"
        case .poll: "Polling day (7am to 10pm)"
        case .emergencyProxy: "Emergency proxy applications"
        case .latestPoll: "Latest legal polling day"
        case .spendingReturn: "Election agent's spending return"
        case .candidateDeclaration: "Candidate's declaration on spending (if the return is delivered on its deadline)"
        }
    }

    /// Position in the legal sequence (for ordering deadlines that fall on the same day).
    var rank: Int { DeadlineKey.allCases.firstIndex(of: self) ?? 0 }
}
