/// A UK postcode, checked against the Royal Mail format and stored as `SW1A 1AA`.
///
/// Format, after the Royal Mail Programmers' Guide to the PAF and the summary in
/// https://en.wikipedia.org/wiki/Postcodes_in_the_United_Kingdom#Validation :
/// - the outward code is one of `A9`, `A99`, `A9A`, `AA9`, `AA99`, `AA9A`;
/// - the inward code is `9AA`, and its letters are never C, I, K, M, O or V;
/// - Q, V and X never start a postcode; I, J and Z are never second;
/// - the third character of `A9A` is one of A B C D E F G H J K P S T U W, and the fourth of
///   `AA9A` one of A B E H M N P R V W X Y;
/// - `GIR 0AA` (Girobank) is the one historical exception still in use.
///
/// Parsing forgives what people type: any case, no space or several, surrounding whitespace.
/// British Forces (BFPO) and overseas territory codes are not UK postcodes and are refused.
public struct Postcode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Upper case, one space before the inward code: `SW1A 1AA`.
    public let normalised: String

    private static let expected = "a UK postcode such as SW1A 1AA"

    /// Parses a postcode as typed, or throws `InvalidInput` (field "postcode").
    public init(parsing text: String) throws {
        guard let compact = Self.compactASCII(text), Self.isValid(compact) else {
            throw InvalidInput(field: "postcode", value: text, expected: Self.expected)
        }
        var spaced = compact
        spaced.insert(UInt8(ascii: " "), at: compact.count - 3)
        normalised = String(decoding: spaced, as: UTF8.self)
    }

    /// The text upper-cased without whitespace, as bytes; `nil` when it holds something other
    /// than ASCII or more than 8 such characters (not a postcode, whatever the rest says).
    private static func compactUnicode(_ text: String) -> [UInt8]? {
        var compact: [UInt8] = []
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            // Spreadsheets often carry no-break spaces, hence Unicode whitespace, not just " ".
            guard scalar.isASCII, compact.count < 8 else { return nil }
            compact.append(upper(UInt8(scalar.value)))
        }
        return compact
    }

    /// `compactUnicode` for all-ASCII text, without a Unicode property look-up per character
    /// (ASCII whitespace is tab to carriage return and space). Returns `nil` at the first
    /// non-ASCII byte, leaving the text to `compactUnicode`, or on too many characters.
    private static func compactASCII(_ text: String) -> [UInt8]? {
        var compact: [UInt8] = []
        compact.reserveCapacity(8)
        for byte in text.utf8 {
            if byte >= 0x80 { return compactUnicode(text) }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
            guard compact.count < 8 else { return nil }
            compact.append(upper(byte))
        }
        return compact
    }

    private static func upper(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
    }

    /// The part before the space, naming the postcode district: `SW1A`.
    public var outward: String { String(normalised.prefix { $0 != " " }) }

    /// The part after the space, naming a handful of delivery points: `1AA`.
    public var inward: String { String(normalised.suffix(3)) }

    /// The postcode area, the leading letters: `SW`. Sorts walk lists by region.
    public var area: String { String(normalised.prefix { $0.isLetter }) }

    /// The postcode district. Royal Mail names a district by the whole outward code (`SW1A`; the
    /// trailing letter marks a central-London sub-district), so this equals `outward`.
    public var district: String { outward }

    /// The postcode sector, outward code plus the inward digit: `SW1A 1`. A few thousand
    /// addresses: a handy unit for dividing a ward into canvassing walks.
    public var sector: String { String(normalised.dropLast(2)) }

    public var description: String { normalised }

    public static func < (lhs: Postcode, rhs: Postcode) -> Bool { lhs.normalised < rhs.normalised }

    private static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func isAny(_ byte: UInt8, of letters: String) -> Bool { letters.utf8.contains(byte) }

    /// Checks a compact, upper-case postcode (no spaces) against the rules above.
    private static func isValid(_ code: [UInt8]) -> Bool {
        if code.elementsEqual("GIR0AA".utf8) { return true }
        guard (5...7).contains(code.count) else { return false }
        let inwardStart = code.count - 3
        let in0 = code[inwardStart], in1 = code[inwardStart + 1], in2 = code[inwardStart + 2]
        guard isDigit(in0), isLetter(in1), isLetter(in2),
            !isAny(in1, of: "CIKMOV"), !isAny(in2, of: "CIKMOV")
        else { return false }
        let out = code[0..<inwardStart]  // indexes 0..<inwardStart, as the slice keeps them
        guard isLetter(out[0]), !isAny(out[0], of: "QVX") else { return false }
        switch out.count {
        case 2:  // A9
            return isDigit(out[1])
        case 3:
            if isDigit(out[1]) {  // A99 or A9A
                return isDigit(out[2]) || isAny(out[2], of: "ABCDEFGHJKPSTUW")
            }
            // AA9
            return isLetter(out[1]) && !isAny(out[1], of: "IJZ") && isDigit(out[2])
        case 4:  // AA99 or AA9A
            guard isLetter(out[1]), !isAny(out[1], of: "IJZ"), isDigit(out[2]) else { return false }
            return isDigit(out[3]) || isAny(out[3], of: "ABEHMNPRVWXY")
        default:
            return false
        }
    }
}

extension Postcode: TextValue {
    public var text: String { normalised }
}
