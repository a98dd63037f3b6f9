public import RosetteCore

/// The membership dashboard's figures, computed from the members on one day.
public struct MemberStats: Sendable, Equatable {
    public var total: Int
    public var byStatus: [MembershipStatus: Int]
    /// Active (current or grace) members per branch; members with no branch under "(none)".
    public var activeByBranch: [String: Int]
    /// Active members per age band; those with no date of birth are counted in `ageUnknown`.
    public var activeByAgeBand: [AgeBand: Int]
    public var activeAgeUnknown: Int
    /// Joins per month ("2026-04"), all members.
    public var joinsByMonth: [String: Int]
    /// Members whose paid-up date falls in the month of `today`: the renewals to chase now.
    public var renewalsDueThisMonth: Int

    /// Active members.
    public var active: Int { (byStatus[.current] ?? 0) + (byStatus[.grace] ?? 0) }

    /// Share of active members of known age who are under 25 (the youth wing), 0...1 as a
    /// fraction in per-mille to keep the figure exact: 125 means 12.5%.
    public var youthPerMille: Int? {
        let known = activeByAgeBand.values.reduce(0, +)
        guard known > 0 else { return nil }
        let youth = activeByAgeBand.filter { $0.key.isYouth }.values.reduce(0, +)
        return (youth * 1000 + known / 2) / known
    }

    /// Computes the figures for `members` on `today`.
    public static func compute(
        _ members: some Sequence<Member>, on today: CalendarDate, gracePeriodDays: Int
    ) -> MemberStats {
        var stats = MemberStats(
            total: 0, byStatus: [:], activeByBranch: [:], activeByAgeBand: [:],
            activeAgeUnknown: 0, joinsByMonth: [:], renewalsDueThisMonth: 0)
        for member in members {
            stats.total += 1
            let status = member.status(on: today, gracePeriodDays: gracePeriodDays)
            stats.byStatus[status, default: 0] += 1
            let joined = member.details.joinedOn
            stats.joinsByMonth[String(joined.iso.prefix(7)), default: 0] += 1
            guard status.isActive else { continue }
            stats.activeByBranch[member.details.branch ?? "(none)", default: 0] += 1
            if let band = member.ageBand(on: today) {
                stats.activeByAgeBand[band, default: 0] += 1
            } else {
                stats.activeAgeUnknown += 1
            }
            if let paid = member.paidUntil, paid.year == today.year, paid.month == today.month {
                stats.renewalsDueThisMonth += 1
            }
        }
        return stats
    }
}
