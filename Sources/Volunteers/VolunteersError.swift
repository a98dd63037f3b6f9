public import Members
public import RosetteCore

/// What can go wrong with volunteers and shifts that the user can fix. Each sentence names
/// records by id, never by a person's name.
public enum VolunteersError: RosetteFailure, Equatable {
    case volunteerNotFound(VolunteerID)
    case activityNotFound(ActivityID)
    case shiftNotFound(ShiftID)
    case alreadyVolunteer(member: MemberID, volunteer: VolunteerID)
    case duplicateSupporter(existing: VolunteerID)
    case endNotAfterStart
    case shiftTooLong
    case capacityBelowMinimum(minimum: Int, maximum: Int)
    case badCapacity
    case badRecurrence(String)
    case windowEndsBeforeStart
    case absenceEndsBeforeStart
    case clash(VolunteerID, shift: ShiftID, clashesWith: ShiftID)
    case alreadySignedUp(VolunteerID, ShiftID, SignupStatus)
    case notSignedUp(VolunteerID, ShiftID)
    case outsideAvailability(VolunteerID, ShiftID, String)
    case lacksSkill(VolunteerID, ShiftID, Skill)
    case shiftInPast(ShiftID)
    case cannotCancel(VolunteerID, ShiftID, SignupStatus)
    case cannotConfirm(VolunteerID, ShiftID, SignupStatus)
    case attendanceBeforeShift(ShiftID, CalendarDate)
    case notExpected(VolunteerID, ShiftID)
    case memberConsent(VolunteerID, MemberID)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .volunteerNotFound(let id): return "there is no volunteer \(id)"
        case .activityNotFound(let id): return "there is no activity \(id)"
        case .shiftNotFound(let id): return "there is no shift \(id)"
        case .alreadyVolunteer(let member, let volunteer):
            return "member \(member) is already volunteer \(volunteer)"
        case .duplicateSupporter(let existing):
            return "this person is already volunteer \(existing) (same email, or same name and phone); "
                + "change their record with rosette volunteers edit \(existing)"
        case .endNotAfterStart: return "the shift must end after it starts (nothing was changed)"
        case .shiftTooLong: return "a shift can last at most 24 hours; split it into several (nothing was changed)"
        case .capacityBelowMinimum(let minimum, let maximum):
            return "the maximum (\(maximum)) is below the minimum (\(minimum)) volunteers (nothing was changed)"
        case .badCapacity: return "a shift needs at least 1 volunteer and takes at most 500 (nothing was changed)"
        case .badRecurrence(let why): return "the repeat cannot be used: \(why) (nothing was changed)"
        case .windowEndsBeforeStart: return "an availability window ends before it starts"
        case .absenceEndsBeforeStart: return "the absence ends before it starts"
        case .clash(let volunteer, let shift, let other):
            return "volunteer \(volunteer) cannot take shift \(shift): it overlaps shift \(other), which they are already on"
        case .alreadySignedUp(let volunteer, let shift, let status):
            return "volunteer \(volunteer) is already on shift \(shift) (\(status.rawValue))"
        case .notSignedUp(let volunteer, let shift): return "volunteer \(volunteer) is not signed up to shift \(shift)"
        case .outsideAvailability(let volunteer, let shift, let why):
            return "shift \(shift) is outside volunteer \(volunteer)'s stated availability (\(why)); add --force to book anyway"
        case .lacksSkill(let volunteer, let shift, let skill):
            return "shift \(shift) needs the skill \(skill), which volunteer \(volunteer) has not listed; add --force to book anyway"
        case .shiftInPast(let shift): return "shift \(shift) has already taken place"
        case .cannotCancel(let volunteer, let shift, let status):
            return "volunteer \(volunteer)'s sign-up to shift \(shift) is \(status.rawValue) and can no longer be cancelled"
        case .cannotConfirm(let volunteer, let shift, let status):
            return status == .waitlisted
                ? "volunteer \(volunteer) is on the waiting list for shift \(shift); confirm them once a place frees up"
                : "volunteer \(volunteer)'s sign-up to shift \(shift) is \(status.rawValue) and cannot be confirmed"
        case .attendanceBeforeShift(let shift, let day):
            return "shift \(shift) is on \(day); record attendance on or after that day"
        case .notExpected(let volunteer, let shift):
            return "volunteer \(volunteer) was not booked on shift \(shift), so cannot be marked absent"
        case .memberConsent(let volunteer, let member):
            return "volunteer \(volunteer) is member \(member): record their consent with rosette members consent \(member)"
        }
    }
}
