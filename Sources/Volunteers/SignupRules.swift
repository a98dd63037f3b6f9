public import RosetteCore

/// The sign-up life cycle's rules: who gets a place, who waits, who moves up, and what counts
/// as a clash. Pure: the repository loads the facts, asks here, and stores the answer in the
/// same transaction.
public enum SignupRules {
    /// Decides a new sign-up.
    ///
    /// In order: one live sign-up per volunteer and shift; no shift in the past; no overlap with
    /// a shift they are committed to (never overridable: nobody can be in two places); the
    /// shift's required skill and the volunteer's stated availability (overridable with
    /// `force`, which turns them into warnings); then a place if one is free, else the
    /// waiting list.
    ///
    /// - parameter signups: every sign-up on this shift.
    /// - parameter commitments: the volunteer's other shifts with a sign-up that commits time.
    public static func decide(
        shift: Shift, volunteer: Volunteer, signups: [Signup], commitments: [Commitment], today: CalendarDate,
        force: Bool
    ) throws(VolunteersError) -> SignupDecision {
        if let live = signups.first(where: { $0.volunteer == volunteer.id && $0.status.isLive }) {
            throw .alreadySignedUp(volunteer.id, shift.id, live.status)
        }
        guard shift.times.start.local.date >= today else { throw .shiftInPast(shift.id) }
        let clashes = commitments.filter { $0.shift != shift.id && $0.times.overlaps(shift.times) }
            .sorted { $0.times.start.instant < $1.times.start.instant }
        if let clash = clashes.first { throw .clash(volunteer.id, shift: shift.id, clashesWith: clash.shift) }
        var warnings: [String] = []
        if let skill = shift.details.requiredSkill, !volunteer.offer.skills.contains(skill) {
            guard force else { throw .lacksSkill(volunteer.id, shift.id, skill) }
            warnings.append("volunteer \(volunteer.id) has not listed the skill \(skill) that shift \(shift.id) needs")
        }
        if case .outside(let why) = volunteer.offer.verdict(start: shift.times.start.local, end: shift.times.end.local) {
            guard force else { throw .outsideAvailability(volunteer.id, shift.id, why) }
            warnings.append("shift \(shift.id) is outside volunteer \(volunteer.id)'s stated availability (\(why))")
        }
        let filled = signups.filter(\.status.takesPlace).count
        return SignupDecision(status: filled < shift.details.capacity.maximum ? .signedUp : .waitlisted, warnings: warnings)
    }

    /// Cancels a volunteer's live sign-up; when that frees a place, the longest-waiting
    /// volunteer on the waiting list moves up to signed up.
    public static func cancel(
        _ volunteer: VolunteerID, on shift: Shift, signups: [Signup], at now: Instant
    ) throws(VolunteersError) -> CancellationPlan {
        guard var live = signups.first(where: { $0.volunteer == volunteer && $0.status.isLive }) else {
            throw .notSignedUp(volunteer, shift.id)
        }
        guard live.status == .signedUp || live.status == .confirmed || live.status == .waitlisted else {
            throw .cannotCancel(volunteer, shift.id, live.status)
        }
        let freesPlace = live.status.takesPlace
        live.status = .cancelled
        live.cancelledAt = now
        var promoted: Signup?
        let remaining = signups.filter { $0.id != live.id }
        if freesPlace, remaining.filter(\.status.takesPlace).count < shift.details.capacity.maximum,
            var next = waitingList(remaining).first
        {
            next.status = .signedUp
            promoted = next
        }
        return CancellationPlan(cancelled: live, promoted: promoted)
    }

    /// Confirms a signed-up volunteer; confirming twice is harmless.
    public static func confirm(_ volunteer: VolunteerID, on shift: ShiftID, signups: [Signup]) throws(VolunteersError)
        -> Signup
    {
        guard var live = signups.first(where: { $0.volunteer == volunteer && $0.status.isLive }) else {
            throw .notSignedUp(volunteer, shift)
        }
        guard live.status == .signedUp || live.status == .confirmed else {
            throw .cannotConfirm(volunteer, shift, live.status)
        }
        live.status = .confirmed
        return live
    }

    /// Records who came and who did not, on or after the shift's day. Someone present without a
    /// booking (a walk-in, or from the waiting list) is recorded as attended; someone absent
    /// must have been booked. Earlier marks can be corrected.
    public static func attendance(
        on shift: Shift, present: [VolunteerID], absent: [VolunteerID], signups: [Signup], today: CalendarDate
    ) throws(VolunteersError) -> [AttendanceChange] {
        let day = shift.times.start.local.date
        guard day <= today else { throw .attendanceBeforeShift(shift.id, day) }
        var changes: [AttendanceChange] = []
        for volunteer in present {
            let live = signups.first { $0.volunteer == volunteer && $0.status.isLive }
            changes.append(AttendanceChange(volunteer: volunteer, signup: live?.id, status: .attended))
        }
        for volunteer in absent {
            guard let live = signups.first(where: { $0.volunteer == volunteer && $0.status.isLive }),
                live.status.takesPlace
            else { throw .notExpected(volunteer, shift.id) }
            changes.append(AttendanceChange(volunteer: volunteer, signup: live.id, status: .noShow))
        }
        return changes
    }

    /// The waiting list in the order it moves up: first come, first served.
    public static func waitingList(_ signups: [Signup]) -> [Signup] {
        signups.filter { $0.status == .waitlisted }.sorted { ($0.signedUpAt, $0.id) < ($1.signedUpAt, $1.id) }
    }
}
