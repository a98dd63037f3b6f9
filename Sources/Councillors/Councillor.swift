public import Members
public import RosetteCore

/// Identifies a councillor's seat: one person sitting on two councils (a parish and a district)
/// is two councillors here, each with its own affiliation history.
public struct CouncillorID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A councillor, as stored: the seat, its history of party affiliation and the offices held.
///
/// Party is not a field: it is the affiliation period covering the day asked
/// (`party(on:)`), so "who sat for whom on 1 May 2022" has one answer.
public struct Councillor: Hashable, Sendable {
    public var id: CouncillorID
    public var details: CouncillorDetails
    public var councilID: CouncilID
    public var wardID: WardID
    /// Periods in order, contiguous, the last one open.
    public var affiliations: [AffiliationPeriod]
    public var offices: [OfficeTerm]
    /// The day the seat fell vacant (the vacancy notice), if it has.
    public var leftOn: CalendarDate?

    public init(
        id: CouncillorID, details: CouncillorDetails, councilID: CouncilID, wardID: WardID,
        affiliations: [AffiliationPeriod], offices: [OfficeTerm] = [], leftOn: CalendarDate? = nil
    ) {
        self.id = id
        self.details = details
        self.councilID = councilID
        self.wardID = wardID
        self.affiliations = affiliations
        self.offices = offices
        self.leftOn = leftOn
    }

    /// True when the councillor held the seat on `day`: elected on or before it, not yet gone,
    /// and within the term when its end is known.
    public func isSitting(on day: CalendarDate) -> Bool {
        guard details.electedOn <= day else { return false }
        if let leftOn, leftOn <= day { return false }
        if let end = details.termEndsOn, end < day { return false }
        return true
    }

    /// The party the councillor sat for on `day`, or `nil` when not sitting.
    public func party(on day: CalendarDate) -> PartyID? {
        guard isSitting(on: day) else { return nil }
        return affiliations.first { $0.covers(day) }?.party
    }

    /// The current (open) affiliation period.
    public var currentAffiliation: AffiliationPeriod? { affiliations.last }

    /// Offices held on `day`.
    public func offices(on day: CalendarDate) -> [OfficeTerm] {
        offices.filter { $0.isHeld(on: day) }
    }
}

/// The facts a person (or an import) supplies for a councillor.
public struct CouncillorDetails: Hashable, Sendable {
    public var name: PersonName
    /// The member record, when the councillor is a member of the party.
    public var memberID: MemberID?
    public var electedOn: CalendarDate
    /// The end of the term, normally the day of the next ordinary election.
    public var termEndsOn: CalendarDate?
    /// Contact details: personal data, used only on channels with consent (as for members).
    public var email: EmailAddress?
    public var phone: PhoneNumber?

    public init(
        name: PersonName, memberID: MemberID? = nil, electedOn: CalendarDate, termEndsOn: CalendarDate? = nil,
        email: EmailAddress? = nil, phone: PhoneNumber? = nil
    ) {
        self.name = name
        self.memberID = memberID
        self.electedOn = electedOn
        self.termEndsOn = termEndsOn
        self.email = email
        self.phone = phone
    }

    /// Checks the dates: no election in the future, no term ending before it began.
    public func validated(today: CalendarDate) throws(CouncillorsError) -> CouncillorDetails {
        guard electedOn <= today else { throw .electedInFuture(electedOn) }
        if let end = termEndsOn, end < electedOn { throw .termEndsBeforeElection }
        return self
    }

    /// Whether two entries are one person, who cannot hold two seats on one council: the same
    /// member record, or the same name (any case) with the same email or phone, or with no
    /// contact details on either (as members' duplicates are judged).
    public func isSamePerson(as other: CouncillorDetails) -> Bool {
        if let memberID, memberID == other.memberID { return true }
        guard name.comparisonKey == other.name.comparisonKey else { return false }
        if let email, email == other.email { return true }
        if let phone, phone == other.phone { return true }
        return email == nil && phone == nil && other.email == nil && other.phone == nil
    }

    /// Names of the fields that differ, for the audit trail (names only, never values).
    public func changedFields(from old: CouncillorDetails) -> [String] {
        var fields: [String] = []
        if name != old.name { fields.append("name") }
        if memberID != old.memberID { fields.append("member_id") }
        if electedOn != old.electedOn { fields.append("elected_on") }
        if termEndsOn != old.termEndsOn { fields.append("term_ends_on") }
        if email != old.email { fields.append("email") }
        if phone != old.phone { fields.append("phone") }
        return fields
    }
}
