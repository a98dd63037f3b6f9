/// An email address, checked pragmatically and kept as typed.
///
/// Full RFC 5322 syntax admits addresses (quoted local parts, comments, IP literals) that real
/// members never have and that mail systems often refuse; this accepts the dot-atom form that
/// RFC 5321 section 4.1.2 calls `Dot-string` at a domain of ordinary host names, and refuses the
/// typos imports actually contain: spaces, two `@`, a missing dot in the domain, `..`.
/// - local part: 1–64 bytes (RFC 5321 4.5.3.1.1) of letters, digits, ``!#$%&'*+/=?^_`{|}~-``
///   and non-ASCII letters (RFC 6531), in dot-separated non-empty pieces;
/// - domain: at least two labels of letters, digits and hyphens, each 1–63 bytes and not
///   starting or ending with a hyphen (RFC 1035 2.3.1, RFC 5890 for non-ASCII letters), the
///   last not all digits; whole address at most 254 bytes (RFC 5321 4.5.3.1.3 less `<>`).
///
/// The address is kept with its case, because the local part is case-sensitive in principle;
/// `comparisonKey` lower-cases the whole address, because in practice no provider treats
/// `Jo@Example.org` and `jo@example.org` as different people.
public struct EmailAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address as typed, trimmed of surrounding whitespace.
    public let value: String

    private static let expected = "an email address such as jo@example.org"
    private static let localSymbols = Set("!#$%&'*+/=?^_`{|}~-".unicodeScalars)

    /// Parses an address as typed, or throws `InvalidInput` (field "email address").
    public init(parsing text: String) throws {
        let trimmed = text.trimmingWhitespace
        guard Self.isValid(trimmed) else {
            throw InvalidInput(field: "email address", value: text, expected: Self.expected)
        }
        value = trimmed
    }

    /// The whole address lower-cased: the key the members table compares and indexes by.
    public var comparisonKey: String { value.lowercased() }

    public var description: String { value }

    static func isValid(_ address: String) -> Bool {
        guard address.utf8.count <= 254 else { return false }
        // Nearly every address is ASCII: check those byte by byte, with no Unicode property
        // look-ups or substrings (the import profile had email checks at 13 % of the time).
        let verdict =
            address.utf8.withContiguousStorageIfAvailable(isValidASCII)
            ?? Array(address.utf8).withUnsafeBufferPointer(isValidASCII)
        return verdict ?? isValidUnicode(address)
    }

    /// The same rules as `isValidUnicode` for an all-ASCII address, in one pass over the bytes;
    /// `nil` when the address has a non-ASCII byte (then the Unicode rules decide).
    static func isValidASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var at = -1
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: "@") {
                if at >= 0 { return false }  // two @ is wrong whatever else the address holds
                at = index
            }
        }
        guard at >= 1, at <= 64 else { return false }
        // Local part: dot-separated non-empty pieces of letters, digits and the symbols.
        var pieceLength = 0
        for byte in bytes[0..<at] {
            if byte == UInt8(ascii: ".") {
                guard pieceLength > 0 else { return false }
                pieceLength = 0
            } else {
                guard isASCIILetterOrDigit(byte) || isLocalSymbol(byte) else { return false }
                pieceLength += 1
            }
        }
        guard pieceLength > 0 else { return false }
        // Domain: two or more labels of 1–63 letters, digits and inner hyphens; the last label
        // not all digits.
        var labels = 0
        var labelLength = 0
        var labelAllDigits = true
        var previous: UInt8 = 0
        for byte in bytes[(at + 1)...] {
            if byte == UInt8(ascii: ".") {
                guard labelLength > 0, labelLength <= 63, previous != UInt8(ascii: "-") else { return false }
                labels += 1
                labelLength = 0
                labelAllDigits = true
            } else {
                let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                guard isASCIILetterOrDigit(byte) || byte == UInt8(ascii: "-") else { return false }
                if labelLength == 0, byte == UInt8(ascii: "-") { return false }
                labelAllDigits = labelAllDigits && isDigit
                labelLength += 1
            }
            previous = byte
        }
        guard labelLength > 0, labelLength <= 63, previous != UInt8(ascii: "-"), !labelAllDigits
        else { return false }
        return labels + 1 >= 2
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func isLocalSymbol(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="),
            UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "{"),
            UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// The rules for any address, Unicode letters included (RFC 6531, RFC 5890).
    static func isValidUnicode(_ address: String) -> Bool {
        guard address.utf8.count <= 254 else { return false }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
            (1...64).contains(local.utf8.count)
        else { return false }
        let localPieces = local.split(separator: ".", omittingEmptySubsequences: false)
        for piece in localPieces {
            guard !piece.isEmpty,
                piece.unicodeScalars.allSatisfy({ isLetterOrDigit($0) || localSymbols.contains($0) })
            else { return false }
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, !last.allSatisfy(\.isNumber) else { return false }
        for label in labels {
            guard (1...63).contains(label.utf8.count), label.first != "-", label.last != "-",
                label.unicodeScalars.allSatisfy({ isLetterOrDigit($0) || $0 == "-" })
            else { return false }
        }
        return true
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }
}

extension EmailAddress: TextValue {
    public var text: String { value }
}
