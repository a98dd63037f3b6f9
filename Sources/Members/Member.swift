public import RosetteCore

/// Identifies a member. A distinct type so it cannot be passed where another record's id belongs.
public struct MemberID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible
{
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: MemberID, rhs: MemberID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A member of the party, as stored.
///
/// Status is not a field: it is derived from the dates (`status(on:gracePeriodDays:)`), so it can
/// never disagree with the payments that were recorded.
public struct Member: Hashable, Sendable {
    public var id: MemberID
    public var details: MemberDetails
    /// The last day the member's paid dues cover; `nil` until a first payment.
    public var paidUntil: CalendarDate?
    /// Resignation, expulsion or death, once recorded.
    public var ending: MembershipEnding?

    public init(
        id: MemberID, details: MemberDetails, paidUntil: CalendarDate? = nil,
        ending: MembershipEnding? = nil
    ) {
        self.id = id
        self.details = details
        self.paidUntil = paidUntil
        self.ending = ending
    }

    /// The membership status on a day (see `MembershipStatus.derive`).
    public func status(on today: CalendarDate, gracePeriodDays: Int) -> MembershipStatus {
        MembershipStatus.derive(
            joinedOn: details.joinedOn, paidUntil: paidUntil, ending: ending, on: today,
            gracePeriodDays: gracePeriodDays)
    }

    /// The member's age band on a day, or `nil` when the date of birth is unknown.
    public func ageBand(on today: CalendarDate) -> AgeBand? {
        details.dateOfBirth.map { AgeBand.of(dateOfBirth: $0, on: today) }
    }
}

/// The fields a person (or an import) supplies for a member. Every value here is already
/// validated: the types make an invalid postcode or email unrepresentable.
public struct MemberDetails: Hashable, Sendable {
    public var firstName: PersonName
    public var lastName: PersonName
    public var email: EmailAddress?
    public var phone: PhoneNumber?
    public var postcode: Postcode?
    public var address: String?
    public var dateOfBirth: CalendarDate?
    public var joinedOn: CalendarDate
    public var branch: String?
    public var membershipType: MembershipType
    /// Annual dues in pence; `nil` when the party has not set one for this member.
    public var duesPence: Int?
    public var notes: String?

    public init(
        firstName: PersonName, lastName: PersonName, email: EmailAddress? = nil,
        phone: PhoneNumber? = nil, postcode: Postcode? = nil, address: String? = nil,
        dateOfBirth: CalendarDate? = nil, joinedOn: CalendarDate, branch: String? = nil,
        membershipType: MembershipType = .standard, duesPence: Int? = nil, notes: String? = nil
    ) {
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.phone = phone
        self.postcode = postcode
        self.address = address
        self.dateOfBirth = dateOfBirth
        self.joinedOn = joinedOn
        self.branch = branch
        self.membershipType = membershipType
        self.duesPence = duesPence
        self.notes = notes
    }

    /// The key that makes two records "the same person" when neither has an email: the same
    /// name (ignoring case) at the same postcode. `nil` without a postcode, since a name alone
    /// is not enough to call two people one.
    public var namePostcodeKey: String? {
        guard let postcode else { return nil }
        return "\(firstName.comparisonKey)|\(lastName.comparisonKey)|\(postcode.normalised)"
    }

    /// The names of the fields that differ between two versions, in canonical import names.
    /// The audit trail stores these names, never the values.
    public func changedFields(from old: MemberDetails) -> [String] {
        var fields: [String] = []
        if firstName != old.firstName { fields.append("first_name") }
        if lastName != old.lastName { fields.append("last_name") }
        if email != old.email { fields.append("email") }
        if phone != old.phone { fields.append("phone") }
        if postcode != old.postcode { fields.append("postcode") }
        if address != old.address { fields.append("address") }
        if dateOfBirth != old.dateOfBirth { fields.append("date_of_birth") }
        if joinedOn != old.joinedOn { fields.append("joined_on") }
        if branch != old.branch { fields.append("branch") }
        if membershipType != old.membershipType { fields.append("membership_type") }
        if duesPence != old.duesPence { fields.append("dues_pence") }
        if notes != old.notes { fields.append("notes") }
        return fields
    }
}

/// How a membership ended. These are recorded events, not derived from dates.
public struct MembershipEnding: Hashable, Sendable {
    public var reason: EndReason
    public var on: CalendarDate

    public init(reason: EndReason, on: CalendarDate) {
        self.reason = reason
        self.on = on
    }

    /// Why a membership ended.
    public enum EndReason: String, CaseIterable, Sendable, Codable {
        case resigned, expelled, deceased
    }
}
