import Members
import RosetteCore
import RosetteStore

/// A member as `--json` prints it. The key names are a contract: scripts depend on them.
struct MemberJSON: Encodable {
    var id: Int64
    var firstName: String
    var lastName: String
    @Nullable var email: String?
    @Nullable var phone: String?
    @Nullable var postcode: String?
    @Nullable var address: String?
    @Nullable var branch: String?
    var membershipType: String
    var status: String
    var joinedOn: String
    @Nullable var dateOfBirth: String?
    @Nullable var ageBand: String?
    @Nullable var duesPence: Int?
    @Nullable var paidUntil: String?
    @Nullable var endedOn: String?
    @Nullable var endReason: String?
    @Nullable var notes: String?
    var roles: [RoleJSON]
    /// Current consent per channel (true, false, or null when never asked), when known.
    var consent: [String: Bool?]?

    struct RoleJSON: Encodable {
        var role: String
        var startedOn: String
        @Nullable var endedOn: String?

        enum CodingKeys: String, CodingKey {
            case role, startedOn = "started_on", endedOn = "ended_on"
        }
    }

    init(
        _ member: Member, roles: [RoleAssignment], today: CalendarDate, gracePeriodDays: Int,
        consent: [ConsentChange]? = nil
    ) {
        let details = member.details
        id = member.id.rawValue
        firstName = details.firstName.value
        lastName = details.lastName.value
        email = details.email?.value
        phone = details.phone?.e164
        postcode = details.postcode?.normalised
        address = details.address
        branch = details.branch
        membershipType = details.membershipType.slug
        status = member.status(on: today, gracePeriodDays: gracePeriodDays).rawValue
        joinedOn = details.joinedOn.iso
        dateOfBirth = details.dateOfBirth?.iso
        ageBand = member.ageBand(on: today)?.rawValue
        duesPence = details.duesPence
        paidUntil = member.paidUntil?.iso
        endedOn = member.ending?.on.iso
        endReason = member.ending?.reason.rawValue
        notes = details.notes
        self.consent = consent.map { history in
            let current = ConsentChange.current(from: history)
            return Dictionary(uniqueKeysWithValues: ContactChannel.allCases.map { ($0.rawValue, current[$0]) })
        }
        self.roles = roles.map {
            RoleJSON(role: $0.role.slug, startedOn: $0.startedOn.iso, endedOn: $0.endedOn?.iso)
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, firstName = "first_name", lastName = "last_name", email, phone, postcode, address
        case branch, membershipType = "membership_type", status, joinedOn = "joined_on"
        case dateOfBirth = "date_of_birth", ageBand = "age_band", duesPence = "dues_pence"
        case paidUntil = "paid_until", endedOn = "ended_on", endReason = "end_reason", notes, roles, consent
    }
}
