import RosetteCore

/// The writ windows of a UK Parliament by-election (timetables.md §3g): given the day the writ is
/// received (W) and the last day for nominations (C),
///
/// * notice of election ≤ W + 2 wd, and at least 3 wd before C;
/// * C between notice + 3 wd and W + 7 wd;
/// * polling day between C + 17 wd and C + 19 wd.
struct ByElectionWindow {
    typealias Rules = UKParliamentRules.ByElection

    /// Earliest notice of election: the day the writ is received, or the next working day.
    let earliestNotice: CalendarDate?
    let earliestClose: CountedDate?
    let latestClose: CountedDate?

    init(writ: CalendarDate?, calendar: WorkingDayCalendar) {
        guard let writ else {
            earliestNotice = nil
            earliestClose = nil
            latestClose = nil
            return
        }
        let notice = calendar.workingDay(onOrAfter: writ)
        let earliest = calendar.workingDays(Rules.closeAfterNoticeAtLeast, after: notice.date)
        earliestNotice = notice.date
        earliestClose = CountedDate(date: earliest.date, provisional: notice.provisional || earliest.provisional)
        latestClose = calendar.workingDays(Rules.closeAfterWritAtMost, after: writ)
    }

    /// Throws when the (A)RO's close of nominations cannot be right for this writ and poll.
    static func validate(
        close: CalendarDate, writ: CalendarDate?, poll: CalendarDate, calendar: WorkingDayCalendar
    ) throws(TimetableError) {
        guard close < poll else { throw .closeOfNominationsNotBeforePoll(closeOfNominations: close, poll: poll) }
        guard calendar.isWorkingDay(close) else { throw .closeOfNominationsNotWorkingDay(close) }
        let window = ByElectionWindow(writ: writ, calendar: calendar)
        if let earliest = window.earliestClose?.date, let latest = window.latestClose?.date,
            close < earliest || close > latest
        {
            throw .closeOfNominationsOutsideWritWindow(closeOfNominations: close, earliest: earliest, latest: latest)
        }
    }

    /// The latest day for the notice of election.
    static func latestNotice(writ: CalendarDate?, close: CalendarDate, calendar: WorkingDayCalendar) -> CountedDate {
        let beforeClose = calendar.workingDays(Rules.closeAfterNoticeAtLeast, before: close)
        guard let writ else { return beforeClose }
        let afterWrit = calendar.workingDays(Rules.noticeAfterWrit, after: writ)
        return afterWrit.date <= beforeClose.date ? afterWrit : beforeClose
    }

    /// The legal polling-day window: from the (A)RO's close of nominations when it is known, else
    /// from the writ's nomination window.
    static func pollWindow(
        close: CalendarDate, closeGiven: Bool, window: ByElectionWindow, calendar: WorkingDayCalendar
    ) -> (earliest: CountedDate, latest: CountedDate)? {
        if closeGiven {
            return (
                calendar.workingDays(Rules.pollAfterCloseAtLeast, after: close),
                calendar.workingDays(Rules.pollAfterCloseAtMost, after: close)
            )
        }
        guard let earliestClose = window.earliestClose, let latestClose = window.latestClose else { return nil }
        let earliest = calendar.workingDays(Rules.pollAfterCloseAtLeast, after: earliestClose.date)
        let latest = calendar.workingDays(Rules.pollAfterCloseAtMost, after: latestClose.date)
        return (
            CountedDate(date: earliest.date, provisional: earliest.provisional || earliestClose.provisional),
            CountedDate(date: latest.date, provisional: latest.provisional || latestClose.provisional)
        )
    }
}
