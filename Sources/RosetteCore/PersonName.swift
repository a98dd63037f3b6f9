/// A first or last name as a person gave it, trimmed, never empty.
///
/// Names are not "validated" beyond that: real names carry apostrophes, hyphens, accents, spaces
/// and single letters, and a tool that rejects them insults the member. Control characters are
/// refused because they break every table and export they reach.
public struct PersonName: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The name as given, trimmed of surrounding white space.
    public let value: String

    /// The longest name accepted, in characters, so a stray paste cannot fill a table.
    public static let maximumLength = 100

    /// Validates a name; `field` names the field in the error ("first_name").
    public init(parsing text: String, field: String = "name") throws {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else {
            throw InvalidInput(field: field, value: text, expected: "a non-empty name")
        }
        // An ASCII name with no control byte has one character per byte and nothing for the
        // checks below to find: skip the grapheme count and the per-scalar category look-ups.
        if trimmed.utf8.count <= Self.maximumLength, Self.isPlainASCII(trimmed) {
            value = trimmed
            return
        }
        guard trimmed.count <= Self.maximumLength else {
            throw InvalidInput(
                field: field, value: String(trimmed.prefix(20)) + "…",
                expected: "at most \(Self.maximumLength) characters")
        }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw InvalidInput(
                field: field, value: text, expected: "a name without control characters")
        }
        value = trimmed
    }

    /// True when every byte is printable ASCII (no control characters, nothing beyond 0x7E).
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Case-insensitive key for duplicate detection ("O'Brien" and "o'brien" are one name).
    public var comparisonKey: String { value.lowercased() }

    public var description: String { value }

    public static func < (lhs: PersonName, rhs: PersonName) -> Bool {
        lhs.comparisonKey < rhs.comparisonKey
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try PersonName(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
