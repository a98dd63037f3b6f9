public import RosetteCore

/// Which days count when an election timetable counts "the Nth day before the poll".
///
/// timetables.md §1: disregard Saturdays, Sundays, Christmas Eve, Christmas Day, Good Friday, any
/// bank holiday in the relevant part of the UK, and any day appointed for public thanksgiving or
/// mourning (SI 2006/3304 Sch 3 r.2; WSI 2021/1459 and 2021/1460 r.3; RPA 1983 s.119). Scottish
/// Parliament and Scottish council timetables also disregard Easter Monday; City of London
/// Wardmote timetables disregard the Easter and Christmas breaks. Maundy Thursday has counted as a
/// working day since the Electoral Administration Act 2006 s.20 (GB 2007, NI 2008).
public struct WorkingDayCalendar: Sendable {
    public let holidays: BankHolidays
    /// A bank holiday in any of these parts of the UK is disregarded (one region except for the
    /// UK-wide general-election rule, open-questions.md item 1).
    public let regions: Set<BankHolidayRegion>
    /// Disregard Easter Monday even where it is not a bank holiday (Scottish election timetables).
    public let excludesEasterMonday: Bool
    /// Disregard the City of London Easter and Christmas breaks.
    public let excludesCityOfLondonBreaks: Bool
    /// Disregard Christmas Eve (every rule read so far names it). `false` only for the unconfirmed
    /// reading of the Scottish council computation rule (SSI 2011/399 Sch 1 r.2) that East
    /// Dunbartonshire's Bearsden South timetable of 2025 follows.
    public let excludesChristmasEve: Bool
    /// Days appointed for thanksgiving or mourning, or any other day the user knows is excluded.
    public let extraExcludedDays: Set<CalendarDate>
    /// Bank holidays the user says are not bank holidays (to correct a generated year).
    public let notBankHolidays: Set<CalendarDate>

    public init(
        holidays: BankHolidays = .shipped,
        regions: Set<BankHolidayRegion>,
        excludesEasterMonday: Bool = false,
        excludesCityOfLondonBreaks: Bool = false,
        excludesChristmasEve: Bool = true,
        extraExcludedDays: Set<CalendarDate> = [],
        notBankHolidays: Set<CalendarDate> = []
    ) {
        self.holidays = holidays
        self.regions = regions
        self.excludesEasterMonday = excludesEasterMonday
        self.excludesCityOfLondonBreaks = excludesCityOfLondonBreaks
        self.excludesChristmasEve = excludesChristmasEve
        self.extraExcludedDays = extraExcludedDays
        self.notBankHolidays = notBankHolidays
    }

    /// Why a day is disregarded, or `nil` on a working day. `provisional` is true when the reason
    /// is a generated or unconfirmed bank holiday.
    public func exclusion(on date: CalendarDate) -> (reason: String, provisional: Bool)? {
        if date.isWeekend { return (date.weekday == .saturday ? "Saturday" : "Sunday", false) }
        if excludesChristmasEve && date.month == 12 && date.day == 24 { return ("Christmas Eve", false) }
        if date.month == 12 && date.day == 25 { return ("Christmas Day", false) }
        if date == Easter.goodFriday(in: date.year) { return ("Good Friday", false) }
        if extraExcludedDays.contains(date) { return ("excluded day given by the user", false) }
        if !notBankHolidays.contains(date) {
            for region in BankHolidayRegion.allCases where regions.contains(region) {
                if let holiday = holidays.holiday(on: date, in: region) {
                    return ("\(holiday.title) (\(region.rawValue) bank holiday)", holiday.provisional)
                }
            }
        }
        if excludesEasterMonday && date == Easter.easterMonday(in: date.year) {
            return ("Easter Monday (Scottish election timetable)", false)
        }
        if excludesCityOfLondonBreaks, let reason = cityOfLondonBreak(on: date) { return (reason, false) }
        return nil
    }

    /// True when the day counts.
    public func isWorkingDay(_ date: CalendarDate) -> Bool { exclusion(on: date) == nil }

    /// The `count`th working day before `date`, which is day 0 and never counted: step back one
    /// calendar day at a time, counting only working days, and stop on the `count`th
    /// (timetables.md §1 "Counting semantics"). `count` 0 gives `date` itself.
    public func workingDays(_ count: Int, before date: CalendarDate) -> CountedDate {
        step(count, from: date, by: -1)
    }

    /// The `count`th working day after `date` ("the 2nd day after the writ is received").
    public func workingDays(_ count: Int, after date: CalendarDate) -> CountedDate {
        step(count, from: date, by: 1)
    }

    /// `date` if it is a working day, else the next working day (a period ending on a
    /// non-working day is extended: RPA 1983 s.119(1)(a)).
    public func workingDay(onOrAfter date: CalendarDate) -> CountedDate {
        var day = date
        var provisional = touchesGeneratedYear(day)
        while let excluded = exclusion(on: day) {
            provisional = provisional || excluded.provisional
            day = day.adding(days: 1)
            provisional = provisional || touchesGeneratedYear(day)
        }
        return CountedDate(date: day, provisional: provisional)
    }

    /// Number of working days strictly after `start` up to and including `end` (0 if `end` is not
    /// later). `workingDays(n, after: s)` is the first day where this reaches `n`.
    public func workingDaysBetween(_ start: CalendarDate, and end: CalendarDate) -> Int {
        guard start < end else { return 0 }
        var count = 0
        var day = start.adding(days: 1)
        while day <= end {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    private func step(_ count: Int, from start: CalendarDate, by direction: Int) -> CountedDate {
        var day = start
        var counted = 0
        var provisional = touchesGeneratedYear(start)
        while counted < max(0, count) {
            day = day.adding(days: direction)
            provisional = provisional || touchesGeneratedYear(day)
            if let excluded = exclusion(on: day) {
                provisional = provisional || excluded.provisional
            } else {
                counted += 1
            }
        }
        return CountedDate(date: day, provisional: provisional)
    }

    /// A count that passes through a generated year may have missed an unpredictable one-off day.
    private func touchesGeneratedYear(_ date: CalendarDate) -> Bool {
        holidays.isGenerated(year: date.year)
    }

    /// The City of London breaks (DemocracyClub library, `city_of_london_local.py`, quoting the
    /// Wardmote rules): "the Easter break" runs from the Thursday before to the Tuesday after Easter
    /// Day; "the Christmas break" from the last weekday before Christmas Day to the first weekday
    /// after Christmas Day which is not a bank holiday.
    private func cityOfLondonBreak(on date: CalendarDate) -> String? {
        let maundy = Easter.maundyThursday(in: date.year)
        if date >= maundy && date <= maundy.adding(days: 5) { return "City of London Easter break" }
        guard let christmas = CalendarDate(year: date.year, month: 12, day: 25) else { return nil }
        var start = christmas.adding(days: -1)
        while start.isWeekend { start = start.adding(days: -1) }
        var end = christmas.adding(days: 1)
        while end.isWeekend || holidays.holiday(on: end, in: .englandAndWales) != nil { end = end.adding(days: 1) }
        if date >= start && date <= end { return "City of London Christmas break" }
        return nil
    }
}

/// A computed date and whether it rests on a generated or unconfirmed bank holiday.
public struct CountedDate: Hashable, Sendable {
    public let date: CalendarDate
    public let provisional: Bool
}
