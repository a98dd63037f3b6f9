import Foundation
public import RosetteCore

/// One validated row of a register file.
///
/// An anonymous entry (marker `N`, SI 2001/497 reg 41A) keeps only its number and markers: its
/// name and address are dropped here, before anything is stored, so no later list can show them.
public struct RegisterEntry: Sendable, Equatable {
    public var number: RegisterNumber
    /// Franchise marker letters, e.g. "G" or "FZ".
    public var markers: String
    /// For attainers: the date they come of age (the register's `Elector DOB`).
    public var attainsOn: CalendarDate?
    public var surname: String?
    public var forename: String?
    public var address: WalkAddress?
    public var ward: String?
    /// The monthly alteration code, when the file has one.
    public var alteration: Alteration?
    public var absentVote: AbsentVote?

    public var isAnonymous: Bool { markers.contains(FranchiseMarker.anonymous) }

    /// Same person across editions: name and address, lower-cased; nil for anonymous entries
    /// and electors without an address (they cannot be matched safely).
    public var personKey: String? {
        guard !isAnonymous, let surname, let address else { return nil }
        return [surname, forename ?? "", address.householdKey].joined(separator: "|").lowercased()
    }

    /// A monthly notice of alteration's change code.
    public enum Alteration: String, Sendable {
        case addition, deletion, change

        init?(code: String) {
            switch code.lowercased() {
            case "a", "add", "addition", "new", "n": self = .addition
            case "d", "del", "delete", "deletion", "removed": self = .deletion
            case "c", "m", "change", "changed", "amendment", "modified": self = .change
            default: return nil
            }
        }
    }

    /// Parses one row; every problem is reported, so a file is fixed in one pass.
    ///
    /// - parameter defaultWard: `--ward`, for files (most) that do not name the ward.
    public static func parse(
        _ fields: [String], layout: RegisterFileLayout, defaultWard: String?
    ) -> Result<RegisterEntry, RowProblems> {
        var problems: [String] = []
        func cell(_ column: RegisterColumn) -> String? { layout.cell(column, in: fields) }
        var number: RegisterNumber?
        do throws(InvalidInput) {
            if let combined = cell(.combinedNumber) {
                number = try RegisterNumber(parsing: combined)
            } else if let prefix = cell(.prefix), let digits = cell(.number) {
                guard let value = Int(digits) else {
                    throw InvalidInput(field: "elector number", value: digits, expected: "a whole number")
                }
                let suffixText = cell(.suffix) ?? "0"
                guard let suffix = Int(suffixText) else {
                    throw InvalidInput(field: "elector number suffix", value: suffixText, expected: "a whole number")
                }
                number = try RegisterNumber(district: prefix, number: value, suffix: suffix)
            } else {
                problems.append("elector number is empty")
            }
        } catch {
            problems.append(error.description)
        }
        let markers = FranchiseMarker.letters(in: cell(.markers) ?? "")
        var attainsOn: CalendarDate?
        if let text = cell(.dateOfBirth) {
            attainsOn = Self.registerDate(text)
            if attainsOn == nil { problems.append("Elector DOB is not a date (YYYY-MM-DD or DD/MM/YYYY)") }
        }
        var surname = cell(.surname)
        var forename = cell(.forename)
        if surname == nil, let full = cell(.fullName) {
            (surname, forename) = Self.split(fullName: full)
        }
        let anonymous = markers.contains(FranchiseMarker.anonymous)
        let alteration = cell(.alteration).map { code -> Alteration? in
            let parsed = Alteration(code: code)
            if parsed == nil { problems.append("alteration is not A (addition), D (deletion), or C or M (change)") }
            return parsed
        } ?? nil
        let absent = cell(.absentVote).map { code -> AbsentVote? in
            let parsed = AbsentVote(code: code)
            if parsed == nil { problems.append("absent vote type is not postal, proxy or proxy postal") }
            return parsed
        } ?? nil
        let hasNameColumn = layout.indexes[.surname] != nil || layout.indexes[.fullName] != nil
        if !anonymous && surname == nil && hasNameColumn && alteration != .deletion {
            problems.append("elector name is empty")
        }
        if fields.count > layout.width {
            problems.append("\(fields.count) cells but the header has \(layout.width)")
        }
        var address: WalkAddress?
        if !anonymous {
            let lines = RegisterColumn.addressLines.compactMap(cell)
            var postcode: Postcode?
            if let text = cell(.postcode) {
                do { postcode = try Postcode(parsing: text) } catch { problems.append(String(describing: error)) }
            }
            if !lines.isEmpty || postcode != nil {
                address = WalkAddress(lines: lines, postcode: postcode)
            } else if hasNameColumn && alteration != .deletion && layout.hasAddressColumns {
                // Without an address the elector is on no household, so on no walk list.
                problems.append("the address is empty")
            }
        }
        guard problems.isEmpty, let number else { return .failure(RowProblems(problems)) }
        return .success(
            RegisterEntry(
                number: number, markers: markers, attainsOn: attainsOn,
                surname: anonymous ? nil : surname, forename: anonymous ? nil : forename,
                address: address, ward: cell(.ward) ?? defaultWard, alteration: alteration,
                absentVote: absent))
    }

    /// "Surname Forename Initials", or "Surname, Forename".
    ///
    /// The one-field layout gives no boundary, so a surname is its first word, joined to the
    /// next while that word is a surname particle (`Van Der Berg Anna`, `De La Cruz Maria`,
    /// `St John Ola`), as long as a forename is left. A hyphenated surname is one word already.
    public static func split(fullName: String) -> (String?, String?) {
        if let comma = fullName.firstIndex(of: ",") {
            let surname = String(fullName[..<comma]).trimmingWhitespace
            let rest = String(fullName[fullName.index(after: comma)...]).trimmingWhitespace
            return (surname.isEmpty ? nil : surname, rest.isEmpty ? nil : rest)
        }
        let words = fullName.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return (nil, nil) }
        var end = 1
        while end + 1 < words.count, surnameParticles.contains(words[end - 1].lowercased()) { end += 1 }
        let rest = words[end...].joined(separator: " ")
        return (words[..<end].joined(separator: " "), rest.isEmpty ? nil : rest)
    }

    /// Words that begin a surname of several words in British registers (Dutch, German,
    /// French, Italian, Spanish, Portuguese, Arabic, Irish and Scottish Gaelic, Welsh and
    /// English forms).
    static let surnameParticles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "st", "st.", "ter", "ten",
        "dos", "das", "al", "el", "bin", "bint", "ibn", "abu", "ap", "mac", "mc", "nic", "ni", "ní", "o", "ó", "ua",
    ]

    /// Register files come from British councils: ISO dates, or day-first `DD/MM/YYYY`.
    public static func registerDate(_ text: String) -> CalendarDate? {
        if let iso = CalendarDate(iso: text) { return iso }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
            let year = Int(parts[2])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}

/// How an elector votes when not at the polling station (RPA 2000 Sch 4 absent-voter lists).
public enum AbsentVote: String, Sendable, CaseIterable {
    case postal
    case proxy
    case proxyPostal = "proxy-postal"

    public init?(code: String) {
        switch RegisterColumn.headerKey(code) {
        case "p", "postal", "postalvote", "postalvoter", "pv": self = .postal
        case "x", "proxy", "proxyvote", "pr": self = .proxy
        case "pp", "proxypostal", "postalproxy", "proxypostalvote": self = .proxyPostal
        default: return nil
        }
    }

    /// Whether the ballot goes by post (so the elector is listed apart on polling day).
    public var isByPost: Bool { self != .proxy }
}

/// The reasons one row was rejected.
public struct RowProblems: Error, Equatable, CustomStringConvertible {
    public var reasons: [String]
    public init(_ reasons: [String]) { self.reasons = reasons }
    public var description: String { reasons.joined(separator: "; ") }
}
