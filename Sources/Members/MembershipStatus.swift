public import RosetteCore

/// Where a membership stands on a given day.
///
/// Derived from dates so that it cannot be typed in wrong: a member who paid until 31 March is
/// current on that day, in grace for the configured period after it (default 30 days, a setting),
/// and lapsed after that. Resigned, expelled and deceased are recorded events that win over dates.
public enum MembershipStatus: String, CaseIterable, Sendable, Codable {
    /// Joined, but no payment recorded yet.
    case pending
    case current
    /// Paid-up date has passed, but within the grace period.
    case grace
    case lapsed
    case resigned
    case expelled
    case deceased

    /// The default grace period after the paid-up date, in calendar days.
    public static let defaultGracePeriodDays = 30

    /// Derives the status on `today`.
    ///
    /// - An ending dated on or before `today` decides the status; one dated in the future (a
    ///   resignation taking effect at the end of the month) does not yet.
    /// - With no payment the member is pending, however long ago they joined: the steering group
    ///   chases pending members, so they must not silently become "lapsed".
    public static func derive(
        joinedOn: CalendarDate, paidUntil: CalendarDate?, ending: MembershipEnding?,
        on today: CalendarDate, gracePeriodDays: Int = defaultGracePeriodDays
    ) -> MembershipStatus {
        if let ending, ending.on <= today {
            switch ending.reason {
            case .resigned: return .resigned
            case .expelled: return .expelled
            case .deceased: return .deceased
            }
        }
        // Not yet joined (a membership starting next month) counts as pending.
        guard let paidUntil, today >= joinedOn else { return .pending }
        if today <= paidUntil { return .current }
        if today <= paidUntil.adding(days: max(0, gracePeriodDays)) { return .grace }
        return .lapsed
    }

    /// True for statuses that count as "in membership" (may vote in internal ballots, receive
    /// members' mailings).
    public var isActive: Bool { self == .current || self == .grace }
}
