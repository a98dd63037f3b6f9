public import RosetteCore

/// An elector number as printed on the electoral register: the polling district letters, the
/// elector's number in that district, and for a later addition an optional `/suffix`
/// (canvassing-and-register.md). A nomination paper must give each subscriber's number exactly, so
/// Rosette normalises what people type before comparing papers.
///
/// Accepted (case and spacing ignored): `AB-123`, `AB123`, `AB 123`, `AB 123/4`, `pd-123 / 1`, and
/// district codes with digits when separated from the number: `EA1-123`, `KA2 5`, `2AB-5`.
/// Normalised: `AB-123`, `AB-123/4` (letters upper case, one hyphen, leading zeros dropped).
/// Refused: no district letters, more than four of them, no number, a number over six digits, or
/// a suffix that is not one to three digits.
public struct ElectorNumber: Hashable, Sendable, CustomStringConvertible {
    /// Polling district letters, upper case ("AB").
    public let district: String
    /// The elector's number in the district.
    public let number: Int
    /// The suffix after `/`, for electors added between registers.
    public let suffix: Int?

    static let expected = "a polling district code and a number, such as AB-123, EA1-45 or AB-123/4"

    /// Parses a typed elector number, or throws `InvalidInput` (field "elector number"). The
    /// error text does not repeat what was typed.
    public init(parsing text: String) throws(InvalidInput) {
        let failure = InvalidInput(field: "elector number", value: text, expected: Self.expected)
        var scalars = Array(text.trimmingWhitespace.uppercased().unicodeScalars)[...]
        func take(_ accept: (Unicode.Scalar) -> Bool) -> String {
            var taken = ""
            while let first = scalars.first, accept(first) {
                taken.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
            return taken
        }
        func isLetter(_ s: Unicode.Scalar) -> Bool { ("A"..."Z").contains(s) }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " }

        // A district code may contain digits (EA1, KA2, 2AB): then a hyphen or space must separate
        // it from the number. Without a separator the district is the leading letters (AB123).
        let start = scalars
        var letters = take { isLetter($0) || isDigit($0) }
        if !(scalars.first == "-" || scalars.first == " ") || !letters.unicodeScalars.contains(where: isLetter) {
            scalars = start
            letters = take(isLetter)
        }
        _ = take(isSpace)
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        _ = take(isSpace)
        let digits = take(isDigit)
        _ = take(isSpace)
        var suffixDigits: String?
        if scalars.first == "/" {
            scalars = scalars.dropFirst()
            _ = take(isSpace)
            suffixDigits = take(isDigit)
        }
        guard scalars.isEmpty, (1...4).contains(letters.count), (1...6).contains(digits.count),
            let number = Int(digits), number > 0
        else { throw failure }
        if let suffixDigits {
            guard (1...3).contains(suffixDigits.count), let suffix = Int(suffixDigits) else { throw failure }
            self.suffix = suffix
        } else {
            self.suffix = nil
        }
        self.district = letters
        self.number = number
    }

    /// `AB-123` or `AB-123/4`.
    public var normalised: String {
        "\(district)-\(number)" + (suffix.map { "/\($0)" } ?? "")
    }

    public var description: String { normalised }

    /// The normalised form of typed text, or throws `InvalidInput`.
    public static func normalise(_ text: String) throws(InvalidInput) -> String {
        try ElectorNumber(parsing: text).normalised
    }
}

extension ElectorNumber: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        try self.init(parsing: try container.decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(normalised)
    }
}
