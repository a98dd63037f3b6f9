import Members
import RosetteCore
import Testing
import Volunteers

/// Small builders for domain tests.
enum Fixture {
    static let zone: LondonTime = {
        do { return try LondonTime() } catch { preconditionFailure("tz data missing: \(error)") }
    }()

    static func local(_ text: String) -> LocalDateTime {
        guard let value = LocalDateTime(iso: text) else { preconditionFailure("bad fixture \(text)") }
        return value
    }

    static func date(_ text: String) -> CalendarDate {
        guard let value = CalendarDate(iso: text) else { preconditionFailure("bad fixture \(text)") }
        return value
    }

    static func times(_ start: String, _ end: String) throws -> ShiftTimes {
        try ShiftTimes(start: local(start), end: local(end), zone: zone)
    }

    static func shift(
        _ id: Int64, _ start: String, _ end: String, min: Int = 1, max: Int = 2, skill: String? = nil
    ) throws -> Shift {
        Shift(
            id: ShiftID(rawValue: id),
            details: ShiftDetails(
                activity: ActivityID(rawValue: 1), times: try times(start, end),
                capacity: try Capacity(minimum: min, maximum: max), requiredSkill: try skill.map(Skill.init(parsing:))))
    }

    static func volunteer(_ id: Int64, offer: VolunteerOffer = VolunteerOffer()) -> Volunteer {
        Volunteer(
            id: VolunteerID(rawValue: id), person: .member(MemberID(rawValue: id)), offer: offer,
            since: date("2026-01-01"))
    }

    static func signup(_ id: Int64, volunteer: Int64, shift: Int64 = 1, _ status: SignupStatus, at second: Int64 = 0)
        -> Signup
    {
        Signup(
            id: SignupID(rawValue: id), shift: ShiftID(rawValue: shift), volunteer: VolunteerID(rawValue: volunteer),
            status: status, signedUpAt: Instant(secondsSince1970: 1_790_000_000 + second))
    }
}
