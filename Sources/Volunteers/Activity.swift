public import Elections
import RosetteCore

/// Identifies an activity.
public struct ActivityID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: ActivityID, rhs: ActivityID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The kinds of campaigning a local party staffs. Polling-day roles (teller, knocker-up,
/// committee room) are shift roles within a `pollingDay` activity.
public enum ActivityKind: String, CaseIterable, Sendable, Codable {
    case streetStall = "street-stall"
    case canvass
    case leaflet
    case phoneBank = "phone-bank"
    case pollingDay = "polling-day"

    /// For tables and calendar titles.
    public var label: String {
        switch self {
        case .streetStall: return "Street stall"
        case .canvass: return "Canvass session"
        case .leaflet: return "Leaflet round"
        case .phoneBank: return "Phone bank"
        case .pollingDay: return "Polling day"
        }
    }
}

/// What an organiser says about an activity.
public struct ActivityDetails: Hashable, Sendable {
    public var kind: ActivityKind
    public var name: String
    public var ward: Ward?
    /// Where to meet ("outside the library, Leith Walk").
    public var place: String?
    /// The election it campaigns for, if any.
    public var election: ElectionID?

    public init(kind: ActivityKind, name: String, ward: Ward? = nil, place: String? = nil, election: ElectionID? = nil) {
        self.kind = kind
        self.name = name
        self.ward = ward
        self.place = place
        self.election = election
    }

    /// The details with text trimmed, or an error naming what is missing.
    public func validated() throws -> ActivityDetails {
        var checked = self
        checked.name = name.trimmingWhitespace
        guard !checked.name.isEmpty else {
            throw InvalidInput(field: "activity name", value: name, expected: "a short name such as \"Saturday stall\"")
        }
        checked.place = place?.trimmingWhitespace
        if checked.place?.isEmpty == true { checked.place = nil }
        return checked
    }
}

/// An activity as stored.
public struct Activity: Hashable, Sendable {
    public var id: ActivityID
    public var details: ActivityDetails

    public init(id: ActivityID, details: ActivityDetails) {
        self.id = id
        self.details = details
    }
}
