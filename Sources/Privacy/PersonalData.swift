/// One value of a stored record, as a subject access file shows it.
public enum PersonalValue: Sendable, Equatable, Encodable {
    case text(String)
    case integer(Int64)
    case null

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        case .null: try container.encodeNil()
        }
    }

    /// The value as text, for searching a subject access file (tests, the summary).
    public var text: String? {
        switch self {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .null: return nil
        }
    }
}

/// Everything one table holds about a person, for a subject access request: the rows as stored
/// (column name to value), why Rosette holds them and how the person was matched.
public struct PersonalDataSection: Sendable, Equatable {
    public var module: String
    public var table: String
    /// Why the data is held: the purpose and lawful basis (docs/data-protection.md).
    public var purpose: String
    /// How the rows were linked to the person: "member id", "email", "name" ...
    public var matchedBy: String
    public var records: [[String: PersonalValue]]

    public init(
        module: String, table: String, purpose: String, matchedBy: String, records: [[String: PersonalValue]]
    ) {
        self.module = module
        self.table = table
        self.purpose = purpose
        self.matchedBy = matchedBy
        self.records = records
    }
}

/// What an erasure or a retention sweep did to one table.
public struct PrivacyAction: Sendable, Equatable, Codable {
    public enum Treatment: String, Sendable, Codable {
        /// Rows removed.
        case deleted
        /// Rows kept with their personal fields blanked, so counts and history stay right.
        case anonymised
        /// Rows kept as they are because the law requires them (reported with the reason).
        case kept
    }

    public var module: String
    public var table: String
    public var treatment: Treatment
    public var count: Int
    /// Why: the rule applied, or the law that requires keeping the rows.
    public var reason: String
    /// For kept rows: the last day they must be kept, if known.
    public var keptUntil: String?

    public init(
        module: String, table: String, treatment: Treatment, count: Int, reason: String, keptUntil: String? = nil
    ) {
        self.module = module
        self.table = table
        self.treatment = treatment
        self.count = count
        self.reason = reason
        self.keptUntil = keptUntil
    }
}
