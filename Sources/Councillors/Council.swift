public import Elections
public import RosetteCore

/// Identifies a council.
public struct CouncilID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A council the party's (or anyone's) councillors sit on.
public struct Council: Hashable, Sendable {
    public var id: CouncilID
    public var details: CouncilDetails

    public init(id: CouncilID, details: CouncilDetails) {
        self.id = id
        self.details = details
    }
}

/// The facts of a council.
public struct CouncilDetails: Hashable, Sendable {
    public var name: String
    public var tier: CouncilTier
    public var nation: Nation
    /// The official area code (ONS GSS code such as E07000123), when known.
    public var areaCode: String?
    /// The next ordinary (scheduled) election: a casual vacancy within six months of it is not
    /// filled by a by-election (LGA 1972 s.89(3)).
    public var nextOrdinaryElection: CalendarDate?

    public init(
        name: String, tier: CouncilTier, nation: Nation, areaCode: String? = nil,
        nextOrdinaryElection: CalendarDate? = nil
    ) {
        self.name = name
        self.tier = tier
        self.nation = nation
        self.areaCode = areaCode
        self.nextOrdinaryElection = nextOrdinaryElection
    }

    /// Checks the facts: a name, and a tier that exists in that nation.
    public func validated() throws(CouncillorsError) -> CouncilDetails {
        var checked = self
        checked.name = name.trimmingWhitespace
        guard !checked.name.isEmpty else { throw .emptyName("council") }
        guard tier.validNations.contains(nation) else { throw .tierNotInNation(tier, nation) }
        checked.areaCode = areaCode?.trimmingWhitespace.uppercased()
        if checked.areaCode?.isEmpty == true { checked.areaCode = nil }
        if let code = checked.areaCode, !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            throw .badAreaCode
        }
        return checked
    }
}

/// Identifies a ward (or division, or electoral area).
public struct WardID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A ward of a council and how many councillors it elects.
public struct Ward: Hashable, Sendable {
    public var id: WardID
    public var councilID: CouncilID
    public var name: String
    public var seats: Int

    public init(id: WardID, councilID: CouncilID, name: String, seats: Int) {
        self.id = id
        self.councilID = councilID
        self.name = name
        self.seats = seats
    }

    /// Checks a ward's name and seat count (1 to 20: the largest multi-member wards have 3 at
    /// principal level, but parish wards can be larger).
    public static func validated(name: String, seats: Int) throws(CouncillorsError) -> (String, Int) {
        let trimmed = name.trimmingWhitespace
        guard !trimmed.isEmpty else { throw .emptyName("ward") }
        guard (1...20).contains(seats) else { throw .badSeats(seats) }
        return (trimmed, seats)
    }
}
