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
