/// A telephone number, stored in E.164 form (`+447700900123`).
///
/// UK numbers are accepted as people write them: `07700 900123`, `07700-900-123`,
/// `+44 7700 900123`, `+44 (0)7700 900123`, `0044 7700 900123`, `(020) 7946 0018`, with spaces,
/// dots, dashes and brackets anywhere. The national significant number (NSN, the digits after
/// the trunk `0`) must fit Ofcom's National Telephone Numbering Plan
/// (https://www.ofcom.org.uk/phones-and-broadband/phone-numbers/numbering/):
/// - ten digits, starting 1, 2, 3, 5, 7, 8 or 9 (4 and 6 are unallocated);
/// - nine digits for the few legacy numbers that still have them: some geographic numbers in
///   areas with five-digit local numbers (NSN starting 1) and old `0500` freephone;
/// - seven digits for the two grandfathered specials `0800 1111` (Childline) and `0845 4647`.
///
/// A number written with `+` or `00` and another country code is kept as E.164 if it has 8 to
/// 15 digits in all (ITU-T E.164 allows at most 15); the rules of other countries are not checked.
/// Ten digits starting 1, 2 or 7 with no leading zero are read as a UK number whose zero a
/// spreadsheet dropped (Excel stores `07700900123` typed into a cell as the number 7700900123).
/// Extensions, letters (`0800 FLOWERS`) and anything else are refused.
public struct PhoneNumber: Hashable, Sendable, CustomStringConvertible {
    /// `+` then country code and number, no spaces: `+447700900123`.
    public let e164: String

    private static let expected = "a UK phone number such as 07700 900123, or +country code and number"

    /// Parses a number as typed, or throws `InvalidInput` (field "phone number").
    public init(parsing text: String) throws {
        guard let e164 = Self.normalise(text) else {
            throw InvalidInput(field: "phone number", value: text, expected: Self.expected)
        }
        self.e164 = e164
    }

    /// True for a +44 number.
    public var isUK: Bool { e164.hasPrefix("+44") }

    public var description: String { e164 }

    /// The digits as typed and whether a `+` led them; `nil` for any character other than
    /// digits, whitespace and `-.()/` (letters, "ext", "#", a second "+", …).
    private static func digits(of text: String) -> (international: Bool, digits: [UInt8])? {
        // ASCII fast path: ASCII whitespace is tab to carriage return and space, so no Unicode
        // property look-up is needed unless a non-ASCII byte (a no-break space) turns up.
        var digits: [UInt8] = []
        digits.reserveCapacity(16)
        var international = false
        var leading = true
        for byte in text.utf8 {
            if byte >= 0x80 { return digitsUnicode(of: text) }
            let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if leading {
                if isSpace { continue }
                leading = false
                if byte == UInt8(ascii: "+") {
                    international = true
                    continue
                }
            }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte)
            } else if !(isSpace || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "/"))
            {
                return nil
            }
        }
        return (international, digits)
    }

    private static func digitsUnicode(of text: String) -> (international: Bool, digits: [UInt8])? {
        var scalars = Substring(text).unicodeScalars.drop { $0.properties.isWhitespace }
        let international = scalars.first == "+"
        if international { scalars = scalars.dropFirst() }
        var digits: [UInt8] = []
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                digits.append(UInt8(scalar.value))
            } else if !(scalar.properties.isWhitespace || "-.()/".unicodeScalars.contains(scalar)) {
                return nil
            }
        }
        return (international, digits)
    }

    private static func normalise(_ text: String) -> String? {
        guard case (let international, var digits)? = digits(of: text) else { return nil }
        if international || digits.starts(with: [0x30, 0x30]) {  // "+" or the "00" dialling prefix
            if !international { digits.removeFirst(2) }
            guard let first = digits.first, first != 0x30 else { return nil }
            guard digits.starts(with: [0x34, 0x34]) else {  // not +44: keep if E.164-sized
                return (8...15).contains(digits.count) ? "+" + String(decoding: digits, as: UTF8.self) : nil
            }
            var national = digits.dropFirst(2)
            // "+44 (0)20 …" writes the trunk 0 that is not dialled; "+44 07700 …" is a common slip.
            if national.first == 0x30 { national = national.dropFirst() }
            return uk(Array(national))
        }
        if digits.first == 0x30 { return uk(Array(digits.dropFirst())) }
        // A spreadsheet that stored 07700900123 as a number shows 7700900123: take ten digits
        // starting 1, 2 or 7 as a UK number that lost its leading zero.
        guard digits.count == 10, let first = digits.first, [0x31, 0x32, 0x37].contains(first) else { return nil }
        return uk(digits)
    }

    private static func uk(_ nsn: [UInt8]) -> String? {
        guard isUKSignificantNumber(nsn) else { return nil }
        return String(unsafeUninitializedCapacity: nsn.count + 3) { buffer in
            buffer[0] = UInt8(ascii: "+")
            buffer[1] = UInt8(ascii: "4")
            buffer[2] = UInt8(ascii: "4")
            _ = UnsafeMutableBufferPointer(rebasing: buffer[3...]).initialize(from: nsn)
            return nsn.count + 3
        }
    }

    /// Length rules for the digits after the trunk `0`, per the Numbering Plan (see type docs).
    /// `nsn` holds ASCII digits only.
    private static func isUKSignificantNumber(_ nsn: [UInt8]) -> Bool {
        guard let first = nsn.first else { return false }
        switch nsn.count {
        case 10:
            return "1235789".utf8.contains(first)
        case 9:
            return first == UInt8(ascii: "1") || nsn.starts(with: "500".utf8)
        case 7:
            return nsn.elementsEqual("8001111".utf8) || nsn.elementsEqual("8454647".utf8)
        default:
            return false
        }
    }
}

extension PhoneNumber: TextValue {
    public var text: String { e164 }
}
