public import RosetteCore

/// What `members list` asks for. Every criterion is optional; all given ones must hold.
public struct MemberFilter: Sendable {
    public var statuses: Set<MembershipStatus> = []
    public var branch: String?
    public var membershipType: MembershipType?
    public var role: Role?
    public var ageBands: Set<AgeBand> = []
    public var joinedSince: CalendarDate?
    public var joinedBefore: CalendarDate?

    public init() {}

    /// The criteria that storage can apply in its query; the date-derived ones (status, age band,
    /// role held today) are applied with `matches` so the rule lives here only.
    public var needsDerivedCheck: Bool { !statuses.isEmpty || !ageBands.isEmpty || role != nil }

    /// True when `member` (with its roles) meets every criterion on `today`.
    public func matches(
        _ member: Member, roles: [RoleAssignment], on today: CalendarDate, gracePeriodDays: Int
    ) -> Bool {
        if let branch, member.details.branch?.lowercased() != branch.lowercased() { return false }
        if let membershipType, member.details.membershipType != membershipType { return false }
        if let joinedSince, member.details.joinedOn < joinedSince { return false }
        if let joinedBefore, member.details.joinedOn >= joinedBefore { return false }
        if !statuses.isEmpty,
            !statuses.contains(member.status(on: today, gracePeriodDays: gracePeriodDays))
        {
            return false
        }
        if !ageBands.isEmpty {
            guard let band = member.ageBand(on: today), ageBands.contains(band) else { return false }
        }
        if let role, !roles.contains(where: { $0.role == role && $0.isHeld(on: today) }) {
            return false
        }
        return true
    }
}
