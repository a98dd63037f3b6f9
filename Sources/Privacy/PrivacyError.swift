public import RosetteCore

/// Privacy failures a user can cause: one sentence, naming a record by id, never personal data.
public enum PrivacyError: RosetteFailure, Equatable {
    case noSuppressionColumns
    case emptySuppressionFile
    case badSuppressionRows(count: Int)
    case nobodyFound(String)
    case unknownRecordKind(String)
    case badRecordReference(String)
    case notSuppressed

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .noSuppressionColumns:
            return "the opt-out file has no email, phone, or name and postcode column; nothing was imported"
        case .emptySuppressionFile: return "the opt-out file is empty; nothing was imported"
        case .badSuppressionRows(let count):
            return "\(count) row\(count == 1 ? "" : "s") of the opt-out file \(count == 1 ? "is" : "are") bad; nothing was imported"
        case .nobodyFound(let request): return "Rosette holds nothing for \(request)"
        case .unknownRecordKind(let kind): return "\"\(kind)\" is not a kind of record the audit trail knows"
        case .badRecordReference(let text):
            return "--record takes KIND:ID, e.g. member:12, not \"\(text)\""
        case .notSuppressed: return "that entry is not on the do-not-contact list"
        }
    }
}

/// A reference to one audited record, written `KIND:ID` (`member:12`, `donor:3`).
public struct RecordReference: Sendable, Equatable {
    public var kind: String
    public var id: Int64

    public init(kind: String, id: Int64) {
        self.kind = kind
        self.id = id
    }

    /// Parses `KIND:ID`.
    ///
    /// - throws: `PrivacyError.badRecordReference` for any other shape.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isLetter }),
            let id = Int64(parts[1]), id >= 0
        else { throw PrivacyError.badRecordReference(text) }
        kind = String(parts[0])
        self.id = id
    }
}
