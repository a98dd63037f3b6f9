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
        }
    }

    /// The column a header names, or nil.
    public static func matching(header: String) -> CanvassColumn? {
        let key = RegisterColumn.headerKey(header)
        return allCases.first { $0.aliases.contains(key) }
    }
}
