public import RosetteCore

/// One bank holiday in one part of the UK.
public struct BankHoliday: Hashable, Sendable, Codable {
    public let date: CalendarDate
    public let title: String
    /// True when Rosette generated the date from the recurring rules (a year outside the shipped
    /// gov.uk list) or the shipped date itself is unconfirmed: output that depends on it must say
    /// so (domain README, rule 2).
    public let provisional: Bool

    public init(date: CalendarDate, title: String, provisional: Bool) {
        self.date = date
        self.title = title
        self.provisional = provisional
    }
}

/// Easter Sunday by the Gregorian computus (the anonymous "Meeus/Jones/Butcher" algorithm, the same
/// result as python-dateutil's `easter()` that the DemocracyClub library vendors; timetables.md §2).
enum Easter {
    /// Easter Sunday of a Gregorian year.
    static func sunday(in year: Int) -> CalendarDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        // month is 3 or 4 and day at most 31 by construction, so the date always exists; the
        // fallback (21 March, the paschal limit) only satisfies the optional initialiser.
        return CalendarDate(year: year, month: month, day: day)
            ?? CalendarDate(year: year, month: 3, day: 21)
            ?? CalendarDate(dayNumber: 0)
    }

    /// Good Friday: Easter − 2.
    static func goodFriday(in year: Int) -> CalendarDate { sunday(in: year).adding(days: -2) }

    /// Easter Monday: Easter + 1.
    static func easterMonday(in year: Int) -> CalendarDate { sunday(in: year).adding(days: 1) }

    /// Maundy Thursday: Easter − 3 (used only by the City of London Easter break).
    static func maundyThursday(in year: Int) -> CalendarDate { sunday(in: year).adding(days: -3) }
}
