/// Ids of the treasurer's records, one type each so a donor id cannot be passed where a donation
/// id belongs.
public struct DonorID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Identifies a donation.
public struct DonationID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Identifies an accounting unit (a branch that keeps its own books and is registered as one).
public struct AccountingUnitID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Identifies an expense.
public struct ExpenseID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An accounting unit: a part of the party with its own books. Donations to it are grouped
/// separately (the £2,230 unit threshold) and also with the central party's (finance.md §3).
public struct AccountingUnit: Sendable, Hashable {
    public var id: AccountingUnitID
    public var name: String
    /// The Electoral Commission's reference for the unit, if registered.
    public var reference: String?

    public init(id: AccountingUnitID, name: String, reference: String? = nil) {
        self.id = id
        self.name = name
        self.reference = reference
    }
}
