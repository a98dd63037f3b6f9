public import RosetteCore

/// The deadline board: every dated item across the elections the party is fighting, with how long
/// is left and how pressing it is. Pure: the caller passes `today`.
///
/// Rules, exactly:
/// * `calendarDaysLeft` = date − today in calendar days.
/// * `workingDaysLeft` counts working days (timetables.md §1: no weekends, Christmas Eve and Day,
///   Good Friday, or bank holidays of the item's nation; every UK calendar when the nation is
///   `nil`) strictly after the earlier day up to and including the later, negative when past.
/// * Only forms are tasks with a status. A timetable milestone (the returning officer's notice,
///   polling day) or a mail-plan step whose date has passed is `done` (passed), not overdue:
///   otherwise the board would fill with things nobody can now do, burying the real overdue tasks.
/// * Urgency: `done` if the item is done (a done item is never overdue); otherwise `overdue` if its
///   date is before today (dates only: an item due at 16:00 today is due soon, not overdue);
///   otherwise `dueSoon` if at most `dueSoonWorkingDays` working days are left (so today, and a
///   weekend date after a Friday, are due soon); otherwise `upcoming`.
/// * `overdueOnly` keeps only overdue rows. `withinDays` keeps rows with at most that many
///   calendar days left — overdue rows included, past done rows dropped.
/// * Order: date, then time (timed before whole-day items that day), then election, source and key.
public enum DeadlineBoard {
    /// Working days within which an item is due soon.
    public static let dueSoonWorkingDays = 3

    public static func rows(
        _ items: [BoardItem], today: CalendarDate, withinDays: Int? = nil, overdueOnly: Bool = false,
        holidays: BankHolidays = .shipped
    ) -> [BoardRow] {
        var calendars: [Nation?: WorkingDayCalendar] = [:]
        func calendar(_ nation: Nation?) -> WorkingDayCalendar {
            if let known = calendars[nation] { return known }
            let regions: Set<BankHolidayRegion> = nation.map { [$0.bankHolidayRegion] } ?? Set(BankHolidayRegion.allCases)
            let made = WorkingDayCalendar(holidays: holidays, regions: regions)
            calendars[nation] = made
            return made
        }
        var rows: [BoardRow] = []
        for item in items {
            let days = today.days(to: item.date)
            let cal = calendar(item.nation)
            let working =
                item.date >= today
                ? cal.workingDaysBetween(today, and: item.date) : -cal.workingDaysBetween(item.date, and: today)
            let urgency: Urgency =
                if item.done || (item.source != .form && days < 0) { .done } else if days < 0 { .overdue } else if working <= dueSoonWorkingDays {
                    .dueSoon
                } else { .upcoming }
            if overdueOnly && urgency != .overdue { continue }
            if let withinDays, days > withinDays || (item.done && days < 0) { continue }
            rows.append(BoardRow(item: item, calendarDaysLeft: days, workingDaysLeft: working, urgency: urgency))
        }
        return rows.sorted(by: precedes)
    }

    private static func precedes(_ a: BoardRow, _ b: BoardRow) -> Bool {
        let x = a.item
        let y = b.item
        if x.date != y.date { return x.date < y.date }
        if x.time != y.time { return (x.time ?? "99:99") < (y.time ?? "99:99") }
        if x.electionID != y.electionID { return (x.electionID ?? 0) < (y.electionID ?? 0) }
        if x.source != y.source {
            return (BoardSource.allCases.firstIndex(of: x.source) ?? 0) < (BoardSource.allCases.firstIndex(of: y.source) ?? 0)
        }
        return x.key < y.key
    }
}
