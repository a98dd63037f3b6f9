public import RosetteCore

/// A calendar quarter, the period of the donations report (`2026Q1` is January to March 2026).
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...9998).contains(year), (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses `2026Q1` (case-insensitive), or throws `FinanceError.badQuarter`.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingWhitespace.uppercased()
        let parts = trimmed.split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 1,
            let year = Int(parts[0]), let number = Int(parts[1]), let quarter = Quarter(year: year, number: number)
        else { throw FinanceError.badQuarter(text) }
        self = quarter
    }

    /// Refuses a quarter that has not begun on `today`: its report would be an empty nil report
    /// for a period nobody can report on yet.
    public func started(by today: CalendarDate) throws -> Quarter {
        guard firstDay <= today else { throw FinanceError.quarterInFuture(description, today: today) }
        return self
    }

    /// The quarter a day falls in.
    public init(containing day: CalendarDate) {
        year = day.year
        number = (day.month - 1) / 3 + 1
    }

    public var firstDay: CalendarDate {
        CalendarDate(year: year, month: (number - 1) * 3 + 1, day: 1) ?? .earliest
    }

    public var lastDay: CalendarDate { next.firstDay.adding(days: -1) }

    public var next: Quarter {
        number == 4 ? Quarter(year: year + 1, number: 1) ?? self : Quarter(year: year, number: number + 1) ?? self
    }

    public var previous: Quarter {
        number == 1 ? Quarter(year: year - 1, number: 4) ?? self : Quarter(year: year, number: number - 1) ?? self
    }

    /// The report is due 30 days after the quarter ends: 30 April, 30 July, 30 October, 30 January
    /// (EC "How to report donations and loans", 15 Feb 2024).
    public var reportDue: CalendarDate { lastDay.adding(days: 30) }

    public func contains(_ day: CalendarDate) -> Bool { firstDay <= day && day <= lastDay }

    public var description: String { "\(year)Q\(number)" }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }
}
