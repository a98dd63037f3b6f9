public import RosetteCore

/// One entry of the do-not-contact list: an email, a phone number, or a name at a postcode.
///
/// Objections to direct marketing are absolute and parties must keep a suppression list (ICO
/// "Direct marketing" guidance; PECR). An entry keeps only the key needed to recognise the
/// person, in the form Rosette compares: a lower-cased email, an E.164 number, or
/// "first last|POSTCODE".
public struct SuppressionKey: Sendable, Hashable, Codable, Comparable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case email, phone
        case namePostcode = "name-postcode"
    }

    public var kind: Kind
    public var value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    public static func email(_ email: EmailAddress) -> SuppressionKey {
        SuppressionKey(kind: .email, value: email.comparisonKey)
    }

    public static func phone(_ phone: PhoneNumber) -> SuppressionKey {
        SuppressionKey(kind: .phone, value: phone.e164)
    }

    /// A full name at a postcode, for an opt-out given by post or on the doorstep.
    public static func name(_ name: String, postcode: Postcode) -> SuppressionKey? {
        guard let key = PersonKeys.nameKey(name) else { return nil }
        return SuppressionKey(kind: .namePostcode, value: "\(key)|\(postcode.normalised)")
    }

    /// Parses user input for `kind` into its compared form.
    ///
    /// - throws: `InvalidInput` naming the kind (never echoing more than the user typed).
    public static func parse(kind: Kind, _ text: String, postcode: String? = nil) throws -> SuppressionKey {
        switch kind {
        case .email: return .email(try EmailAddress(parsing: text))
        case .phone: return .phone(try PhoneNumber(parsing: text))
        case .namePostcode:
            let parsedPostcode = try Postcode(parsing: postcode ?? "")
            guard let key = name(text, postcode: parsedPostcode) else {
                throw InvalidInput(field: "name", value: text, expected: "a full name")
            }
            return key
        }
    }

    public static func < (lhs: SuppressionKey, rhs: SuppressionKey) -> Bool {
        (lhs.kind.rawValue, lhs.value) < (rhs.kind.rawValue, rhs.value)
    }
}

/// The do-not-contact list as a set, asked "is this person on it?" by every contact list.
public struct SuppressionList: Sendable, Equatable {
    public var keys: Set<SuppressionKey>

    public init(_ keys: some Sequence<SuppressionKey>) { self.keys = Set(keys) }

    /// True when any of the person's details is on the list: one match is enough, since an
    /// objection is absolute whichever channel it arrived by.
    public func suppresses(
        email: EmailAddress? = nil, phone: PhoneNumber? = nil, name: String? = nil, postcode: Postcode? = nil
    ) -> Bool {
        if keys.isEmpty { return false }
        if let email, keys.contains(.email(email)) { return true }
        if let phone, keys.contains(.phone(phone)) { return true }
        if let name, let postcode, let key = SuppressionKey.name(name, postcode: postcode), keys.contains(key) {
            return true
        }
        return false
    }
}
