import RosetteCore

/// Identifies a party.
public struct PartyID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A political party (or "Independent"), as councillors sit for it. Parties are a table, not
/// free text, so a defection "to Labor" cannot silently create a new party.
public struct Party: Hashable, Sendable {
    public var id: PartyID
    public var name: String
    /// The short name commands take (`--party lab`): lower case letters, digits and hyphens.
    public var shortName: String
    /// `#RRGGBB`, for charts.
    public var colour: String?

    public init(id: PartyID, name: String, shortName: String, colour: String? = nil) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.colour = colour
    }

    /// True when `text` names this party: its short name or its name, in any case.
    public func matches(_ text: String) -> Bool {
        let key = text.trimmingWhitespace.lowercased()
        return key == shortName || key == name.lowercased()
    }

    /// Checks a new party's name, short name and colour.
    public static func validated(name: String, shortName: String, colour: String?) throws(CouncillorsError)
        -> (name: String, shortName: String, colour: String?)
    {
        let name = name.trimmingWhitespace
        guard !name.isEmpty else { throw .emptyName("party") }
        let short = shortName.trimmingWhitespace.lowercased()
        guard !short.isEmpty, short.count <= 20,
            short.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { throw .badShortName(shortName) }
        var hex = colour?.trimmingWhitespace
        if hex?.isEmpty == true { hex = nil }
        if let value = hex {
            let digits = value.hasPrefix("#") ? value.dropFirst() : Substring(value)
            guard digits.count == 6, digits.allSatisfy(\.isHexDigit) else { throw .badColour }
            hex = "#" + digits.uppercased()
        }
        return (name, short, hex)
    }
}
