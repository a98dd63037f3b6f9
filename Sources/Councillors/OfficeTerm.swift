public import RosetteCore

/// Offices a councillor can hold on a council or in a council group.
public enum OfficeKind: String, CaseIterable, Sendable, Codable {
    case mayor
    case deputyMayor = "deputy-mayor"
    case chair
    case leader
    case cabinetMember = "cabinet-member"
    case groupLeader = "group-leader"

    public var displayName: String {
        switch self {
        case .mayor: "mayor"
        case .deputyMayor: "deputy mayor"
        case .chair: "chair"
        case .leader: "leader"
        case .cabinetMember: "cabinet member"
        case .groupLeader: "group leader"
        }
    }
}

/// An office held over a period (the last day inclusive, as for members' roles), so a past mayor
/// stays on record.
public struct OfficeTerm: Hashable, Sendable {
    public var office: OfficeKind
    public var startedOn: CalendarDate
    /// The last day the office was held; `nil` while it is held.
    public var endedOn: CalendarDate?
    /// The portfolio of a cabinet member, or any note ("civic year 2026/27").
    public var note: String?

    public init(office: OfficeKind, startedOn: CalendarDate, endedOn: CalendarDate? = nil, note: String? = nil) {
        self.office = office
        self.startedOn = startedOn
        self.endedOn = endedOn
        self.note = note
    }

    public func isHeld(on day: CalendarDate) -> Bool {
        startedOn <= day && (endedOn.map { day <= $0 } ?? true)
    }
}
