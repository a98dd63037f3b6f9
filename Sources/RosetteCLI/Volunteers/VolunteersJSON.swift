import Elections
import Members
import RosetteCore
import Volunteers

/// `volunteers add|list|show --json`. Contract keys are always written, `null` when empty.
struct VolunteerJSON: Encodable {
    var id: Int64
    @Nullable var member_id: Int64?
    var name: String
    @Nullable var phone: String?
    @Nullable var email: String?
    var since: String
    var skills: [String]
    var wards: [String]
    var availability: [String]
    var absences: [Absence]
    /// The current consent per channel: true, false, or null when never asked.
    var consent: [String: Bool?]
    @Nullable var upcoming_shifts: [ShiftJSON]?

    struct Absence: Encodable {
        var from: String
        var to: String
        @Nullable var note: String?

        enum CodingKeys: String, CodingKey { case from, to, note }
    }

    init(_ contact: VolunteerContact, shifts: [ShiftOverview]? = nil) {
        let volunteer = contact.volunteer
        id = volunteer.id.rawValue
        member_id = volunteer.person.memberID?.rawValue
        name = contact.name
        phone = contact.phone?.e164
        email = contact.email?.value
        since = volunteer.since.iso
        skills = volunteer.offer.skills.map(\.slug).sorted()
        wards = volunteer.offer.wards.sorted().map(\.name)
        availability = volunteer.offer.availability.map(\.description)
        absences = volunteer.offer.absences.map { Absence(from: $0.from.iso, to: $0.to.iso, note: $0.note) }
        let current = ConsentChange.current(from: contact.consent)
        consent = Dictionary(uniqueKeysWithValues: ContactChannel.allCases.map { ($0.rawValue, current[$0]) })
        upcoming_shifts = shifts.map { $0.map { ShiftJSON($0) } }
    }

    enum CodingKeys: String, CodingKey {
        case id, member_id, name, phone, email, since, skills, wards, availability, absences, consent, upcoming_shifts
    }
}

/// `activities add|list|show --json`.
struct ActivityJSON: Encodable {
    var id: Int64
    var kind: String
    var name: String
    @Nullable var ward: String?
    @Nullable var place: String?
    @Nullable var election_id: Int64?

    init(_ activity: Activity) {
        id = activity.id.rawValue
        kind = activity.details.kind.rawValue
        name = activity.details.name
        ward = activity.details.ward?.name
        place = activity.details.place
        election_id = activity.details.election?.rawValue
    }

    enum CodingKeys: String, CodingKey { case id, kind, name, ward, place, election_id }
}

/// `shifts add|list|show --json` and the rota. `start`/`end` are Europe/London wall clock;
/// `starts_at`/`ends_at` the UTC instants.
struct ShiftJSON: Encodable {
    var id: Int64
    var activity_id: Int64
    var activity: String
    var kind: String
    @Nullable var ward: String?
    var start: String
    var end: String
    var starts_at: String
    var ends_at: String
    var minutes: Int
    var min: Int
    var max: Int
    @Nullable var role: String?
    @Nullable var required_skill: String?
    var filled: Int
    var waitlisted: Int
    var short: Int
    var signups: [SignupJSON]

    struct SignupJSON: Encodable {
        var volunteer_id: Int64
        var status: String
        var signed_up_at: String
        @Nullable var cancelled_at: String?

        enum CodingKeys: String, CodingKey { case volunteer_id, status, signed_up_at, cancelled_at }
    }

    init(_ overview: ShiftOverview) {
        let shift = overview.shift
        let details = shift.details
        id = shift.id.rawValue
        activity_id = overview.activity.id.rawValue
        activity = overview.activity.details.name
        kind = overview.activity.details.kind.rawValue
        ward = overview.activity.details.ward?.name
        start = details.times.start.local.iso
        end = details.times.end.local.iso
        starts_at = details.times.start.instant.iso8601
        ends_at = details.times.end.instant.iso8601
        minutes = details.times.minutes
        min = details.capacity.minimum
        max = details.capacity.maximum
        role = details.role
        required_skill = details.requiredSkill?.slug
        filled = overview.filled
        waitlisted = overview.waiting
        short = overview.short
        signups = overview.signups.map {
            SignupJSON(
                volunteer_id: $0.volunteer.rawValue, status: $0.status.rawValue, signed_up_at: $0.signedUpAt.iso8601,
                cancelled_at: $0.cancelledAt?.iso8601)
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, activity_id, activity, kind, ward, start, end, starts_at, ends_at, minutes, min, max, role,
            required_skill, filled, waitlisted, short, signups
    }
}
