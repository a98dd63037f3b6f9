public import Members
public import RosetteCore

/// Identifies a volunteer. A distinct type so it cannot be passed where a member's id belongs:
/// volunteer 3 may well be member 41.
public struct VolunteerID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: VolunteerID, rhs: VolunteerID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Who a volunteer is: a member (their details and consent live on the member record, so they
/// are never copied), or a supporter who has not joined, whose few details are kept here.
public enum VolunteerPerson: Hashable, Sendable {
    case member(MemberID)
    case supporter(Supporter)

    /// The member behind the volunteer, if any.
    public var memberID: MemberID? {
        if case .member(let id) = self { return id }
        return nil
    }
}

/// A supporter who volunteers without being a member. Their consent is recorded on the same
/// model as members' (`ConsentChange`): PECR and UK GDPR make no difference between the two.
public struct Supporter: Hashable, Sendable {
    public var name: PersonName
    public var phone: PhoneNumber?
    public var email: EmailAddress?

    public init(name: PersonName, phone: PhoneNumber? = nil, email: EmailAddress? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
    /// Whether two supporters are one person, as members' duplicates are judged: the same
    /// email, or the same name (any case) with the same phone or with no contact details on
    /// either. The same phone under another name is a shared household phone, not a duplicate.
    public func isSamePerson(as other: Supporter) -> Bool {
        if let email, email == other.email { return true }
        guard name.comparisonKey == other.name.comparisonKey else { return false }
        if let phone, phone == other.phone { return true }
        return phone == nil && email == nil && other.phone == nil && other.email == nil
    }
}

/// What a volunteer offers: skills, the wards they will travel to, when they are usually free,
/// and when they are away.
public struct VolunteerOffer: Hashable, Sendable {
    public var skills: Set<Skill>
    /// Wards they will travel to; empty means anywhere.
    public var wards: Set<Ward>
    /// Regular weekly windows; empty means no stated pattern (any time).
    public var availability: [AvailabilityWindow]
    public var absences: [Absence]

    public init(
        skills: Set<Skill> = [], wards: Set<Ward> = [], availability: [AvailabilityWindow] = [],
        absences: [Absence] = []
    ) {
        self.skills = skills
        self.wards = wards
        self.availability = availability
        self.absences = absences
    }
}

/// A volunteer as stored.
public struct Volunteer: Hashable, Sendable {
    public var id: VolunteerID
    public var person: VolunteerPerson
    public var offer: VolunteerOffer
    /// The day they signed up to volunteer.
    public var since: CalendarDate

    public init(id: VolunteerID, person: VolunteerPerson, offer: VolunteerOffer, since: CalendarDate) {
        self.id = id
        self.person = person
        self.offer = offer
        self.since = since
    }

    /// True when they will go to `ward` (no stated wards, or no ward to go to, counts as yes).
    public func travels(to ward: Ward?) -> Bool {
        guard let ward, !offer.wards.isEmpty else { return true }
        return offer.wards.contains(ward)
    }
}

/// A volunteer with the name and contact details to show, resolved from the member record for
/// members. Personal data: shown to the organiser, never logged or put in error text.
public struct VolunteerContact: Hashable, Sendable {
    public var volunteer: Volunteer
    public var name: String
    public var phone: PhoneNumber?
    public var email: EmailAddress?
    /// Consent history (the member's, or the supporter's own).
    public var consent: [ConsentChange]
    /// On the do-not-contact list: no channel is reachable, whatever the consent history says
    /// (an objection to contact is absolute: PECR, ICO direct marketing guidance).
    public var suppressed: Bool

    public init(
        volunteer: Volunteer, name: String, phone: PhoneNumber?, email: EmailAddress?, consent: [ConsentChange],
        suppressed: Bool = false
    ) {
        self.volunteer = volunteer
        self.name = name
        self.phone = phone
        self.email = email
        self.consent = consent
        self.suppressed = suppressed
    }

    /// The ways this person may be contacted: a channel they consented to (latest entry) for
    /// which a number or address is held. PECR: calls and texts need consent (or, for live
    /// calls, no objection; Rosette asks for consent to be safe), email needs consent.
    public var reachableChannels: [ReachableChannel] {
        if suppressed { return [] }
        let current = ConsentChange.current(from: consent)
        var channels: [ReachableChannel] = []
        if current[.phone] == true, let phone { channels.append(ReachableChannel(channel: .phone, address: phone.e164)) }
        if current[.sms] == true, let phone { channels.append(ReachableChannel(channel: .sms, address: phone.e164)) }
        if current[.email] == true, let email { channels.append(ReachableChannel(channel: .email, address: email.value)) }
        return channels
    }
}

/// A consented channel and the number or address to use on it.
public struct ReachableChannel: Hashable, Sendable {
    public var channel: ContactChannel
    public var address: String

    public init(channel: ContactChannel, address: String) {
        self.channel = channel
        self.address = address
    }
}
