import Foundation
public import RosetteCore

/// An address as canvassers walk it: house number (or range, or name), flat, street, and the
/// rest; parsed from the ragged `Address1..6` lines councils supply.
///
/// Real files put the number on its own line or before the street, repeat the postcode inside
/// the address lines, write ranges (`4-6 Mill Road`) and flats (`Flat 2`, `Flat 1/2`, `2F1`
/// inside a line) (canvassing-and-register.md §2.1). The parse is a best effort: an address
/// it cannot read still forms a household, sorted after the numbered doors of its first line.
public struct WalkAddress: Hashable, Sendable {
    public var flat: String?
    public var houseName: String?
    public var houseNumber: Int?
    /// The last number of a range such as `4-6`.
    public var houseNumberEnd: Int?
    /// A letter after the number: `12A`.
    public var numberSuffix: String
    public var street: String
    /// Lines after the street (locality, town), postcode removed.
    public var locality: [String]
    public var postcode: Postcode?

    /// Parses address lines; empty lines and lines repeating the postcode are dropped.
    public init(lines: [String], postcode: Postcode?) {
        self.postcode = postcode
        let postcodeKey = postcode.map { Self.squashed($0.normalised) }
        var cleaned: [String] = []
        for raw in lines {
            var line = raw.trimmingWhitespace
            if let postcodeKey, line.utf8.count >= postcodeKey.utf8.count {
                let squashed = Self.squashed(line)
                if squashed == postcodeKey { continue }
                if squashed.hasSuffix(postcodeKey) { line = Self.dropping(postcodeKey.count, lettersFrom: line) }
            }
            if !line.isEmpty { cleaned.append(line) }
        }
        flat = nil
        houseName = nil
        houseNumber = nil
        houseNumberEnd = nil
        numberSuffix = ""
        street = ""
        locality = []
        var index = 0
        while index < cleaned.count {
            let line = cleaned[index]
            index += 1
            if flat == nil, let flatText = Self.flat(in: line) {
                if let rest = flatText.rest {
                    flat = flatText.flat
                    if let number = Self.leadingNumber(rest) {
                        apply(number)
                        break
                    }
                    houseName = houseName ?? rest
                } else {
                    flat = flatText.flat
                }
                continue
            }
            if let number = Self.leadingNumber(line) {
                if number.rest.isEmpty, index < cleaned.count {
                    apply(number)
                    street = cleaned[index]
                    index += 1
                } else {
                    apply(number)
                }
                break
            }
            if houseName == nil && index < cleaned.count {
                houseName = line
                continue
            }
            street = line
            break
        }
        if street.isEmpty, let name = houseName, houseNumber == nil {
            street = name
            houseName = nil
        }
        locality = Array(cleaned[min(index, cleaned.count)...])
    }

    private mutating func apply(_ number: (first: Int, last: Int?, letter: String, rest: String)) {
        houseNumber = number.first
        houseNumberEnd = number.last
        numberSuffix = number.letter
        street = number.rest
    }

    /// `12 High St`, `12A High St`, `4-6 High St`, `12, High St`, or a bare `12`.
    static func leadingNumber(_ line: String) -> (first: Int, last: Int?, letter: String, rest: String)? {
        let scalars = Array(line)
        var i = 0
        func digits() -> Int? {
            var text = ""
            while i < scalars.count, scalars[i].isASCIIDigit, text.count < 6 {
                text.append(scalars[i])
                i += 1
            }
            return Int(text)
        }
        guard let first = digits() else { return nil }
        var letter = ""
        if i < scalars.count, scalars[i].isLetter, i + 1 == scalars.count || !scalars[i + 1].isLetter {
            letter = String(scalars[i]).uppercased()
            i += 1
        }
        var last: Int?
        if i < scalars.count, scalars[i] == "-" || scalars[i] == "–" {
            let save = i
            i += 1
            last = digits()
            if last == nil { i = save }
        }
        guard i == scalars.count || scalars[i] == " " || scalars[i] == "," else { return nil }
        let rest = Self.trimmingSeparators(String(scalars[i...]))
        return (first, last, letter, rest)
    }

    /// `Flat 2`, `Flat 2, 14 High St`, `Apartment 3`, `Flat 1/2`, `Basement Flat`.
    static func flat(in line: String) -> (flat: String, rest: String?)? {
        let lower = line.lowercased()
        for word in ["flat ", "apartment ", "apt ", "unit "] where lower.hasPrefix(word) {
            let after = String(line.dropFirst(word.count)).trimmingWhitespace
            let parts = after.split(separator: ",", maxSplits: 1).map { String($0).trimmingWhitespace }
            guard let first = parts.first, !first.isEmpty else { return nil }
            let tokens = first.split(separator: " ", maxSplits: 1)
            let flatLabel = String(tokens[0])
            var rest = parts.count > 1 ? parts[1] : nil
            if rest == nil, tokens.count > 1 { rest = String(tokens[1]) }
            return (flatLabel.uppercased(), rest)
        }
        if lower.hasSuffix(" flat") { return (String(line.dropLast(5)).trimmingWhitespace, nil) }
        return nil
    }

    /// Upper case without spaces: `eh6 5ab` → `EH65AB`. (Plain Swift: Foundation's
    /// `replacingOccurrences` was a fifth of a 200,000-elector import.)
    static func squashed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.uppercased().unicodeScalars.filter { $0 != " " }))
    }

    /// `line` without its last `count` non-space characters, then without trailing separators.
    static func dropping(_ count: Int, lettersFrom line: String) -> String {
        var remaining = count
        var end = line.endIndex
        while remaining > 0, end > line.startIndex {
            end = line.index(before: end)
            if line[end] != " " { remaining -= 1 }
        }
        return trimmingSeparators(String(line[..<end]))
    }

    /// Without leading or trailing spaces and commas.
    static func trimmingSeparators(_ text: String) -> String {
        var scalars = Substring(text)
        while let first = scalars.first, first == " " || first == "," { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "," { scalars = scalars.dropLast() }
        return String(scalars)
    }

    /// One household per distinct address: lower-cased flat, number, name, street and postcode.
    public var householdKey: String {
        [
            flat ?? "", houseName ?? "", houseNumber.map(String.init) ?? "", houseNumberEnd.map(String.init) ?? "",
            numberSuffix, street, postcode?.normalised ?? "",
        ].joined(separator: "|").lowercased()
    }

    /// Text that sorts households in walking order: by street, then up the odd side and back
    /// down the even side, then flats in number order; unnumbered houses last on their street.
    public var walkKey: String {
        let streetKey = street.lowercased() + "|" + (postcode?.outward ?? "")
        let door: String
        if let number = houseNumber {
            let odd = number % 2 == 1
            door = odd ? "0" + Self.pad(number) : "1" + Self.pad(999_999 - number)
        } else {
            door = "2" + (houseName ?? "").lowercased()
        }
        let flatKey = flat.map { f in Int(f).map(Self.pad) ?? f.lowercased() } ?? ""
        return streetKey + "|" + door + numberSuffix + "|" + flatKey
    }

    /// The address as one line for lists: `Flat 2, 14A High Street, Leith`.
    public var line: String {
        let door = houseNumber.map { "\($0)" + (houseNumberEnd.map { "-\($0)" } ?? "") + numberSuffix } ?? ""
        var parts: [String] = []
        if let flat { parts.append("Flat \(flat)") }
        if let houseName { parts.append(houseName) }
        let first = [door, street].filter { !$0.isEmpty }.joined(separator: " ")
        if !first.isEmpty { parts.append(first) }
        parts += locality
        return parts.joined(separator: ", ")
    }

    private static func pad(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 6 - text.count)) + text
    }
}
