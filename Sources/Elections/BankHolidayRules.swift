import RosetteCore

/// The recurring bank-holiday rules of the Banking and Financial Dealings Act 1971 Sch 1 and the
/// royal proclamations that have become customary, as tabulated in timetables.md §2.
///
/// They reproduce every date in the gov.uk 2012–2028 list except one-off days by proclamation
/// (jubilees, the 2020 VE-day move, the 2022 state funeral, the 2023 coronation, Scotland's
/// 15 Jun 2026). Rosette uses them only for years outside the shipped list, and every date they
/// produce is provisional: a future one-off day cannot be predicted.
public enum BankHolidayRules {
    /// The generated bank holidays of one region in one year, sorted, all marked provisional.
    public static func holidays(in region: BankHolidayRegion, year: Int) -> [BankHoliday] {
        var fixed: [(CalendarDate, String)] = []  // days that move off a weekend
        var movable: [(CalendarDate, String)] = []  // days defined as a weekday

        func date(_ month: Int, _ day: Int) -> CalendarDate? {
            CalendarDate(year: year, month: month, day: day)
        }
        func add(_ month: Int, _ day: Int, _ title: String) {
            if let day = date(month, day) { fixed.append((day, title)) }
        }

        add(1, 1, "New Year's Day")
        if region == .scotland { add(1, 2, "2nd January") }
        if region == .northernIreland { add(3, 17, "St Patrick's Day") }
        movable.append((Easter.goodFriday(in: year), "Good Friday"))
        if region != .scotland { movable.append((Easter.easterMonday(in: year), "Easter Monday")) }
        if let may = firstMonday(year: year, month: 5) { movable.append((may, "Early May bank holiday")) }
        if let spring = lastMonday(year: year, month: 5) { movable.append((spring, "Spring bank holiday")) }
        if region == .northernIreland { add(7, 12, "Battle of the Boyne (Orangemen's Day)") }
        let summer = region == .scotland ? firstMonday(year: year, month: 8) : lastMonday(year: year, month: 8)
        if let summer { movable.append((summer, "Summer bank holiday")) }
        if region == .scotland { add(11, 30, "St Andrew's Day") }
        add(12, 25, "Christmas Day")
        add(12, 26, "Boxing Day")

        // Substitute days: a holiday that falls on a weekend moves to the next weekday that is not
        // already a holiday. This one rule yields the Scottish New Year pair (1 Jan Sat → Mon 3 and
        // Tue 4; Sun → Mon 2 and Tue 3; Fri → 2 Jan on Mon 4) and the Christmas pair.
        var taken = Set(movable.map(\.0))
        var result = movable.map { BankHoliday(date: $0.0, title: $0.1, provisional: true) }
        for (day, title) in fixed where !day.isWeekend {
            taken.insert(day)
            result.append(BankHoliday(date: day, title: title, provisional: true))
        }
        for (day, title) in fixed where day.isWeekend {
            var substitute = day.adding(days: 1)
            while substitute.isWeekend || taken.contains(substitute) { substitute = substitute.adding(days: 1) }
            taken.insert(substitute)
            result.append(BankHoliday(date: substitute, title: "\(title) (substitute day)", provisional: true))
        }
        return result.sorted { $0.date < $1.date }
    }

    static func firstMonday(year: Int, month: Int) -> CalendarDate? {
        guard var day = CalendarDate(year: year, month: month, day: 1) else { return nil }
        while day.weekday != .monday { day = day.adding(days: 1) }
        return day
    }

    static func lastMonday(year: Int, month: Int) -> CalendarDate? {
        guard var day = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        else { return nil }
        while day.weekday != .monday { day = day.adding(days: -1) }
        return day
    }
}
