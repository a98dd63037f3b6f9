public import RosetteCore

/// Where a deadline on the board comes from. Raw values are stable keys.
public enum BoardSource: String, CaseIterable, Sendable, Codable {
    /// A statutory timetable deadline.
    case timetable
    /// A form on the steering group's checklist.
    case form
    /// A step of the election mailing plan.
    case mail
    /// A treasurer's obligation (a donation to decide or report, a report to file, an invoice to
    /// pay), from the finance area.
    case finance
}

/// One dated thing to do, from any election the party is fighting or from another area's
/// obligations (the treasurer's). Storage builds these from the timetable, the checklist (with
/// its recorded status) and the mailing plan; the convenience initialisers in
/// `BoardItem+Sources.swift` do the mapping.
public struct BoardItem: Sendable, Hashable, Codable {
    /// The election the item belongs to; `nil` for party-wide items (a quarterly report).
    public let electionID: Int64?
    /// The election's name, or the area's label for party-wide items ("Party finance").
    public let electionName: String
    public let source: BoardSource
    /// The deadline, form or step key (`close_of_nominations`, `nomination_paper`, `handover`).
    public let key: String
    public let title: String
    public let date: CalendarDate
    /// Europe/London local time ("16:00"), or `nil` for the whole day.
    public let time: String?
    /// Who does it (`Responsible.rawValue` for forms), if known.
    public let responsible: String?
    /// The recorded status (`FormStatus.rawValue` for forms), if any.
    public let status: String?
    /// Finished: a form submitted or accepted. Done items are never overdue.
    public let done: Bool
    public let provisional: Bool
    /// The nation whose bank holidays count for working days; `nil` (a general election) counts on
    /// every UK calendar.
    public let nation: Nation?

    public init(
        electionID: Int64?, electionName: String, source: BoardSource, key: String, title: String, date: CalendarDate,
        time: String?, responsible: String?, status: String?, done: Bool, provisional: Bool, nation: Nation?
    ) {
        self.electionID = electionID
        self.electionName = electionName
        self.source = source
        self.key = key
        self.title = title
        self.date = date
        self.time = time
        self.responsible = responsible
        self.status = status
        self.done = done
        self.provisional = provisional
        self.nation = nation
    }
}

/// How pressing a board row is. Raw values are stable keys.
public enum Urgency: String, CaseIterable, Sendable, Codable {
    /// Not done and dated before today.
    case overdue
    /// Not done, dated today or within `DeadlineBoard.dueSoonWorkingDays` working days.
    case dueSoon = "due-soon"
    /// Not done and further off.
    case upcoming
    /// Done (whatever the date).
    case done
}

/// A board item with its countdown.
public struct BoardRow: Sendable, Hashable, Codable {
    public let item: BoardItem
    /// Calendar days from today to the item's date; negative when it has passed, 0 today.
    public let calendarDaysLeft: Int
    /// Working days on the item's nation calendar: for a future date, the working days after today
    /// up to and including the date; for a past date, minus the working days after the date up to
    /// and including today; 0 today.
    public let workingDaysLeft: Int
    public let urgency: Urgency

    public init(item: BoardItem, calendarDaysLeft: Int, workingDaysLeft: Int, urgency: Urgency) {
        self.item = item
        self.calendarDaysLeft = calendarDaysLeft
        self.workingDaysLeft = workingDaysLeft
        self.urgency = urgency
    }
}
