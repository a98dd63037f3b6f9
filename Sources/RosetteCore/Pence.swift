/// An amount of sterling as a whole number of pence.
///
/// Money is never floating point here: 0.1 + 0.2 is not 0.3 in binary, and a membership fee
/// must add up to the penny. Parsing reads the digits directly into an integer.
///
/// Accepted, with optional surrounding whitespace: `12.50`, `£12.50`, `£ 12.50`, `12`,
/// `12.5` (1250: one decimal place means tenths of a pound, as spreadsheets drop the trailing
/// zero), `0.50`, `1,234.56` (commas only as thousands separators, in groups of three), `50p`.
/// Refused: more than two decimal places (`12.505` is not a sum anyone can pay), a bare `.5` or
/// `12.`, other currency symbols, and negative amounts unless `allowNegative` is true (then
/// `-12.50`, `-£12.50` and `£-12.50` are read). Amounts beyond `Int` are refused, not wrapped.
public struct Pence: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The amount in pence.
    public var value: Int

    public init(_ value: Int) { self.value = value }

    /// Nothing.
    public static let zero = Pence(0)

    private static let expected = "an amount in pounds such as 12.50 or £1,234.56"

    /// Parses an amount as typed, or throws `InvalidInput` (field "amount").
    public init(parsing text: String, allowNegative: Bool = false) throws {
        guard let value = Self.parse(Array(text.trimmingWhitespace.utf8), allowNegative: allowNegative) else {
            throw InvalidInput(field: "amount", value: text, expected: Self.expected)
        }
        self.value = value
    }

    /// `£1,234.56`, or `-£1,234.56` when negative.
    public var description: String {
        let magnitude = value.magnitude
        var pounds = String(magnitude / 100)
        var grouped = ""
        while pounds.count > 3 {
            grouped = "," + pounds.suffix(3) + grouped
            pounds = String(pounds.dropLast(3))
        }
        let pence = magnitude % 100
        return (value < 0 ? "-" : "") + "£" + pounds + grouped + "." + (pence < 10 ? "0" : "") + String(pence)
    }

    public static func < (lhs: Pence, rhs: Pence) -> Bool { lhs.value < rhs.value }
    public static func + (lhs: Pence, rhs: Pence) -> Pence { Pence(lhs.value + rhs.value) }
    public static func - (lhs: Pence, rhs: Pence) -> Pence { Pence(lhs.value - rhs.value) }
    public static func * (lhs: Pence, rhs: Int) -> Pence { Pence(lhs.value * rhs) }

    /// Encoded as the integer number of pence, so JSON never carries money as a decimal that a
    /// reader might parse as a binary floating-point number.
    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    private static let pound: [UInt8] = Array("£".utf8)

    private static func parse(_ input: [UInt8], allowNegative: Bool) -> Int? {
        var bytes = input[...]
        func take(_ prefix: [UInt8]) -> Bool {
            guard bytes.starts(with: prefix) else { return false }
            bytes = bytes.dropFirst(prefix.count)
            return true
        }
        func skipSpaces() { while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() } }
        var negative = take([UInt8(ascii: "-")])
        let hasPound = take(pound)
        skipSpaces()
        if !negative, hasPound { negative = take([UInt8(ascii: "-")]) }
        guard !negative || allowNegative else { return nil }
        let inPence = !hasPound && bytes.last == UInt8(ascii: "p")
        if inPence { bytes = bytes.dropLast() }
        guard let magnitude = inPence ? wholeNumber(bytes) : pounds(bytes) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// `1,234.56` → 123456: integer part with optional thousands commas, optional one or two
    /// decimals.
    private static func pounds(_ bytes: ArraySlice<UInt8>) -> Int? {
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard let integerPart = parts.first, let whole = groupedNumber(integerPart) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), let digits = wholeNumber(decimals) else { return nil }
            fraction = decimals.count == 1 ? digits * 10 : digits
        }
        let (hundreds, overflow) = whole.multipliedReportingOverflow(by: 100)
        let (total, overflow2) = hundreds.addingReportingOverflow(fraction)
        return overflow || overflow2 ? nil : total
    }

    /// Digits, optionally in comma-separated groups of three after a first group of one to three.
    private static func groupedNumber(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.contains(UInt8(ascii: ",")) else { return wholeNumber(bytes) }
        let groups = bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return wholeNumber(ArraySlice(groups.joined()))
    }

    /// One or more ASCII digits, without overflow.
    private static func wholeNumber(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var result = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow, !overflow2 else { return nil }
            result = sum
        }
        return result
    }
}
