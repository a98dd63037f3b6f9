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

    private static func isValid(_ address: String) -> Bool {
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
