public import RosetteCore
import Members

/// An understaffed shift and the volunteers who could fill it: the organiser's phone list.
public struct ShiftGap: Hashable, Sendable {
    public var overview: ShiftOverview
    /// Volunteers who fit and consented to be contacted, with the channels they allow.
    public var candidates: [Candidate]
    /// Volunteers who fit but consented to no channel Rosette holds details for: counted, so the
    /// organiser knows they exist, but not listed (PECR: no consent, no call or message).
    public var unreachable: Int

    /// A volunteer who could fill the gap.
    public struct Candidate: Hashable, Sendable {
        public var contact: VolunteerContact
        public var channels: [ReachableChannel]
    }
}

/// Finds understaffed shifts and who could fill them.
public enum ShiftGaps {
    /// Shifts starting from `today` to `today + withinDays` below their minimum, soonest first,
    /// each with the volunteers who go to its ward, have its skill, are available then (stated
    /// windows and absences) and are free (no overlapping commitment), and are not already on it.
    ///
    /// - parameter commitments: each volunteer's shifts that commit their time.
    public static func find(
        _ overviews: [ShiftOverview], today: CalendarDate, withinDays: Int, volunteers: [VolunteerContact],
        commitments: [VolunteerID: [Commitment]]
    ) -> [ShiftGap] {
        let last = today.adding(days: withinDays)
        return overviews
            .filter { $0.isUnderstaffed && (today...last).contains($0.shift.times.start.local.date) }
            .sorted { ($0.shift.times.start.instant, $0.shift.id) < ($1.shift.times.start.instant, $1.shift.id) }
            .map { overview in
                let fitting = volunteers.filter { fits($0.volunteer, overview, commitments: commitments[$0.volunteer.id] ?? []) }
                    .sorted { $0.volunteer.id < $1.volunteer.id }
                let candidates = fitting.compactMap { contact -> ShiftGap.Candidate? in
                    let channels = contact.reachableChannels.filter { $0.channel == .phone || $0.channel == .sms }
                        + contact.reachableChannels.filter { $0.channel == .email }
                    return channels.isEmpty ? nil : ShiftGap.Candidate(contact: contact, channels: channels)
                }
                return ShiftGap(overview: overview, candidates: candidates, unreachable: fitting.count - candidates.count)
            }
    }

    /// True when `volunteer` could take the shift without `--force` and without a clash.
    public static func fits(_ volunteer: Volunteer, _ overview: ShiftOverview, commitments: [Commitment]) -> Bool {
        let shift = overview.shift
        if overview.signups.contains(where: { $0.volunteer == volunteer.id && $0.status.isLive }) { return false }
        if !volunteer.travels(to: overview.activity.details.ward) { return false }
        if let skill = shift.details.requiredSkill, !volunteer.offer.skills.contains(skill) { return false }
        if volunteer.offer.verdict(start: shift.times.start.local, end: shift.times.end.local) != .available {
            return false
        }
        return !commitments.contains { $0.shift != shift.id && $0.times.overlaps(shift.times) }
    }
}
