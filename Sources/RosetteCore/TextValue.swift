/// A value validated from text and exchanged as its normalised text (a postcode, a phone
/// number, an email address). Gives such types their `Codable` conformance in one place;
/// decoding validates again, because stored data is input too.
public protocol TextValue: Codable {
    /// Validates and normalises `text`, or throws `InvalidInput`.
    init(parsing text: String) throws
    /// The normalised text, as stored and exported.
    var text: String { get }
}

extension TextValue {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a valid \(Self.self): \(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
