import Foundation
public import RosetteCore

/// A register edition, named by the years it runs (`2026-27`).
///
/// The revised register is published on 1 December each year (data-protection.md §3), so the
/// edition in force on a day from December onwards is that year's, and before December the
/// previous year's. Names sort in time order as text.
public struct RegisterEdition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let name: String

    /// Accepts `YYYY-YY` where the second year follows the first.
    public init(parsing text: String) throws(InvalidInput) {
        let failure = InvalidInput(field: "edition", value: text, expected: "register years such as 2026-27")
        let parts = text.trimmingWhitespace.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let first = Int(parts[0]),
            let second = Int(parts[1]), (first + 1) % 100 == second
        else { throw failure }
        name = "\(parts[0])-\(parts[1])"
    }

    /// The edition in force on `day`.
    public static func inForce(on day: CalendarDate) -> RegisterEdition {
        let start = day.month >= 12 ? day.year : day.year - 1
        let end = (start + 1) % 100
        let text = "\(start)-" + (end < 10 ? "0\(end)" : "\(end)")
        return (try? RegisterEdition(parsing: text)) ?? RegisterEdition(unchecked: text)
    }

    /// The day the edition was published, 1 December of its first year: its elector numbers
    /// mean nothing before then. A canvass in a year with a poll during the annual canvass may
    /// publish later (RPA 1983 s.13), never earlier, so this is the earliest day the numbers can
    /// have been used, and a rule built on it refuses only impossible dates.
    public var publishedOn: CalendarDate {
        let year = Int(name.prefix(4)) ?? 1
        return CalendarDate(year: year, month: 12, day: 1) ?? .earliest
    }

    private init(unchecked name: String) { self.name = name }

    public var description: String { name }
    public static func < (lhs: RegisterEdition, rhs: RegisterEdition) -> Bool { lhs.name < rhs.name }
}
