public import RosetteCore

/// Field values as a person typed them, to create a member or change one. `nil` leaves a field
/// as it is; an empty string clears an optional field.
public struct MemberChanges: Sendable, Equatable {
    public var firstName: String?
    public var lastName: String?
    public var email: String?
    public var phone: String?
    public var postcode: String?
    public var address: String?
    public var dateOfBirth: String?
    public var joinedOn: String?
    public var branch: String?
    public var membershipType: String?
    public var duesPence: Int?
    public var notes: String?

    public init() {}

    /// True when nothing would change.
    public var isEmpty: Bool { self == MemberChanges() }

    /// Validates the values into a new member's details.
    ///
    /// - parameter today: the joining date when none is given.
    public func newDetails(today: CalendarDate) throws -> MemberDetails {
        guard let firstName else {
            throw InvalidInput(field: "first_name", value: "", expected: "a first name (--first-name)")
        }
        guard let lastName else {
            throw InvalidInput(field: "last_name", value: "", expected: "a last name (--last-name)")
        }
        let base = MemberDetails(
            firstName: try PersonName(parsing: firstName, field: "first_name"),
            lastName: try PersonName(parsing: lastName, field: "last_name"),
            joinedOn: today)
        return try applied(to: base)
    }

    /// Validates the values and applies them to `base`.
    public func applied(to base: MemberDetails) throws -> MemberDetails {
        var details = base
        if let firstName { details.firstName = try PersonName(parsing: firstName, field: "first_name") }
        if let lastName { details.lastName = try PersonName(parsing: lastName, field: "last_name") }
        if let email { details.email = try Self.optional(email) { v in try EmailAddress(parsing: v) } }
        if let phone { details.phone = try Self.optional(phone) { v in try PhoneNumber(parsing: v) } }
        if let postcode { details.postcode = try Self.optional(postcode) { v in try Postcode(parsing: v) } }
        if let address { details.address = Self.text(address) }
        if let dateOfBirth {
            details.dateOfBirth = try Self.optional(dateOfBirth) { v in try Self.date(v, field: "date_of_birth") }
        }
        if let joinedOn { details.joinedOn = try Self.date(joinedOn, field: "joined_on") }
        if let branch { details.branch = Self.text(branch) }
        if let membershipType { details.membershipType = try MembershipType(parsing: membershipType) }
        if let duesPence {
            guard duesPence >= 0 else {
                throw InvalidInput(field: "dues_pence", value: String(duesPence), expected: "0 or more pence")
            }
            details.duesPence = duesPence
        }
        if let notes { details.notes = Self.text(notes) }
        if let dateOfBirth = details.dateOfBirth, dateOfBirth > details.joinedOn {
            throw InvalidInput(
                field: "date_of_birth", value: dateOfBirth.iso,
                expected: "a date before the joining date \(details.joinedOn)")
        }
        return details
    }

    static func optional<T>(_ text: String, _ make: (String) throws -> T) throws -> T? {
        let trimmed = text.trimmingWhitespace
        return trimmed.isEmpty ? nil : try make(trimmed)
    }

    static func text(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    static func date(_ text: String, field: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text.trimmingWhitespace) else {
            throw InvalidInput(field: field, value: text, expected: "a date as YYYY-MM-DD")
        }
        return date
    }
}
