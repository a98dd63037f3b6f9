import Foundation
public import RosetteCore

/// An elector number as the electoral register prints it: polling district prefix, number, and
/// for an elector added after publication a suffix (`PD-123/1`).
///
/// The number is unique only within one register edition (canvassing-and-register.md §1), so the
/// store keys electors by edition + prefix + number + suffix. Prefixes are letters, optionally
/// followed by digits (`AB`, `LA1`); Elections' `ElectorNumber` is the stricter form a nomination
/// paper needs. A suffix of 0 is the same as none, as some EMS exports write `0` for "no suffix".
public struct RegisterNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Polling district prefix, upper case.
    public let district: String
    public let number: Int
    /// 0 when there is none.
    public let suffix: Int

    static let expected = "a polling district and number such as AB-123 or AB-123/1"

    /// Builds a number from checked parts, or throws `InvalidInput`.
    public init(district: String, number: Int, suffix: Int = 0) throws(InvalidInput) {
        let prefix = district.trimmingWhitespace.uppercased()
        guard Self.isPrefix(prefix), (0...999_999).contains(number), (0...999).contains(suffix) else {
            throw InvalidInput(field: "elector number", value: "\(district)-\(number)", expected: Self.expected)
        }
        self.district = prefix
        self.number = number
        self.suffix = suffix
    }

    /// Parses the combined form `PD-123/1` (also `PD123`, `PD 123/1`, `pd-0123`), as typed on the
    /// command line or written in the monthly-update layout's `ElectorNumber` column.
    public init(parsing text: String) throws(InvalidInput) {
        let failure = InvalidInput(field: "elector number", value: text, expected: Self.expected)
        let upper = text.trimmingWhitespace.uppercased()
        var main = Substring(upper)
        var suffix = 0
        if let slash = upper.firstIndex(of: "/") {
            let tail = String(upper[upper.index(after: slash)...]).trimmingWhitespace
            guard (1...3).contains(tail.count), let value = Int(tail), tail.allSatisfy(\.isASCIIDigit)
            else { throw failure }
            suffix = value
            main = upper[..<slash]
        }
        let district: Substring
        let digits: Substring
        if let dash = main.lastIndex(of: "-") {
            district = main[..<dash]
            digits = main[main.index(after: dash)...]
        } else {
            let trimmed = String(main).trimmingWhitespace
            guard let firstDigitRunStart = Self.trailingDigitsStart(trimmed) else { throw failure }
            district = Substring(trimmed[..<firstDigitRunStart])
            digits = Substring(trimmed[firstDigitRunStart...])
        }
        let cleanDigits = String(digits).trimmingWhitespace
        guard (1...6).contains(cleanDigits.count), cleanDigits.allSatisfy(\.isASCIIDigit),
            let number = Int(cleanDigits)
        else { throw failure }
        try self.init(district: String(district).trimmingWhitespace, number: number, suffix: suffix)
    }

    /// `AB-123` or `AB-123/1`.
    public var normalised: String { "\(district)-\(number)" + (suffix == 0 ? "" : "/\(suffix)") }
    public var description: String { normalised }

    public static func < (lhs: RegisterNumber, rhs: RegisterNumber) -> Bool {
        (lhs.district, lhs.number, lhs.suffix) < (rhs.district, rhs.number, rhs.suffix)
    }

    /// A prefix is 1–6 letters and digits, starting with a letter.
    static func isPrefix(_ text: String) -> Bool {
        guard let first = text.first, first.isASCIIUpper, (1...6).contains(text.count) else { return false }
        return text.allSatisfy { $0.isASCIIUpper || $0.isASCIIDigit }
    }

    /// Where the trailing run of digits begins in `AB123` (so `LA1` + `23` is ambiguous and the
    /// last run is taken as the number: write `LA1-23` for such prefixes).
    private static func trailingDigitsStart(_ text: String) -> String.Index? {
        var index = text.endIndex
        while index > text.startIndex {
            let before = text.index(before: index)
            guard text[before].isASCIIDigit else { break }
            index = before
        }
        return index == text.endIndex || index == text.startIndex ? nil : index
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIIUpper: Bool { isASCII && isUppercase }
}
