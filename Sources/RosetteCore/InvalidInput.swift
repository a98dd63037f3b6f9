/// A value someone typed that is not the kind of value the field holds.
///
/// `value` keeps what was typed so a caller can show it back on an interactive screen, but the
/// `description` deliberately leaves it out: RosetteFailure text may be logged or pasted into an
/// issue, and a member's postcode, phone number or email address is personal data (see
/// `RosetteFailure`). The importer adds the row number, which is enough to find the cell.
public struct InvalidInput: RosetteFailure, Equatable {
    /// The field's name as a person would say it ("postcode", "phone number").
    public let field: String
    /// The text as given. Personal data: do not log.
    public let value: String
    /// What a valid value looks like, as a phrase ("a UK postcode such as SW1A 1AA").
    public let expected: String

    public init(field: String, value: String, expected: String) {
        self.field = field
        self.value = value
        self.expected = expected
    }

    public var kind: FailureKind { .badData }

    /// For example `postcode is not valid: expected a UK postcode such as SW1A 1AA`.
    public var description: String { "\(field) is not valid: expected \(expected)" }
}
