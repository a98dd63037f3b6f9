import Members
import RosetteCore
import RosetteStore

/// A member as `--json` prints it. The key names are a contract: scripts depend on them.
struct MemberJSON: Encodable {
    var id: Int64
    var firstName: String
    var lastName: String
    var email: String?
    var phone: String?
    var postcode: String?
    var address: String?
    var branch: String?
    var membershipType: String
    var status: String
    var joinedOn: String
    var dateOfBirth: String?
    var ageBand: String?
    var duesPence: Int?
    var paidUntil: String?
    var endedOn: String?
    var endReason: String?
    var notes: String?
    var roles: [RoleJSON]
    /// Current consent per channel (true, false, or null when never asked), when known.
    var consent: [String: Bool?]?

    struct RoleJSON: Encodable {
        var role: String
        var startedOn: String
        var endedOn: String?

        enum CodingKeys: String, CodingKey {
            case role, startedOn = "started_on", endedOn = "ended_on"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(role, forKey: .role)
            try container.encode(startedOn, forKey: .startedOn)
            try container.encode(endedOn, forKey: .endedOn)
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

    /// Unknown values are written as `null`, never left out, so scripts can rely on every key.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(firstName, forKey: .firstName)
        try c.encode(lastName, forKey: .lastName)
        try c.encode(email, forKey: .email)
        try c.encode(phone, forKey: .phone)
        try c.encode(postcode, forKey: .postcode)
        try c.encode(address, forKey: .address)
        try c.encode(branch, forKey: .branch)
        try c.encode(membershipType, forKey: .membershipType)
        try c.encode(status, forKey: .status)
        try c.encode(joinedOn, forKey: .joinedOn)
        try c.encode(dateOfBirth, forKey: .dateOfBirth)
        try c.encode(ageBand, forKey: .ageBand)
        try c.encode(duesPence, forKey: .duesPence)
        try c.encode(paidUntil, forKey: .paidUntil)
        try c.encode(endedOn, forKey: .endedOn)
        try c.encode(endReason, forKey: .endReason)
        try c.encode(notes, forKey: .notes)
        try c.encode(roles, forKey: .roles)
        if let consent { try c.encode(consent, forKey: .consent) }
    }
}
