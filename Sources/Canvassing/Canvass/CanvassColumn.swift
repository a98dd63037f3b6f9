import Foundation
/// The columns of a canvass-results file (`rosette canvass import`): Rosette's names, plus the
/// spellings a typed-up sheet is likely to use.
public enum CanvassColumn: String, CaseIterable, Sendable {
    case id
    case electorNumber = "elector_number"
    case date
    case canvasser
    case method
    case outcome
    case support
    case intention
    case previousVote = "previous_vote"
    case issues
    case message
    case asks
    case notes
    /// The elector's name as printed on a walk sheet: checked against the register, not stored.
    case name

    var aliases: [String] {
        switch self {
        case .id: return ["id", "uuid", "attemptid"]
        case .electorNumber: return ["electornumber", "elector", "electorno", "number"]
        case .date: return ["date", "on", "canvassedon", "datecanvassed", "when"]
        case .canvasser: return ["canvasser", "by", "volunteer", "who"]
        case .method: return ["method", "via", "channel"]
        case .outcome: return ["outcome", "result", "status"]
        case .support: return ["support", "score", "rating", "likelihood"]
        case .intention: return ["intention", "votingintention", "vi", "party"]
        case .previousVote: return ["previousvote", "pastvote", "lastvote"]
        case .issues: return ["issues", "issue", "topics"]
        case .message: return ["message", "messagetried", "script"]
        case .asks: return ["asks", "ask", "commitments"]
        case .notes: return ["notes", "note", "comments"]
        case .name: return ["name", "electorname", "fullname"]
        }
    }

    /// What a valid cell looks like, for a bad row's reason.
    var expected: String {
        switch self {
        case .date: return "a date as YYYY-MM-DD"
        case .outcome: return "one of " + ContactOutcome.allCases.map(\.rawValue).joined(separator: ", ")
        case .method: return "one of " + ContactMethod.allCases.map(\.rawValue).joined(separator: ", ")
        case .support: return "a whole number on the support scale"
        case .asks: return "asks from " + CanvassAsk.allCases.map(\.rawValue).joined(separator: ", ")
        case .electorNumber: return "an elector number such as LA-12 or LA-12/1"
        default: return "a short code"
        }
    }

    /// The column a header names, or nil.
    public static func matching(header: String) -> CanvassColumn? {
        let key = RegisterColumn.headerKey(header)
        return allCases.first { $0.aliases.contains(key) }
    }
}
