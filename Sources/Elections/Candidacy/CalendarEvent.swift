public import RosetteCore

/// One event for a calendar export: a deadline, a form or a mailing step.
public struct CalendarEvent: Sendable, Hashable {
    /// Stable across exports, so a re-imported calendar updates events instead of duplicating them.
    public let uid: String
    public let date: CalendarDate
    /// Europe/London local time ("16:00"), or `nil` for an all-day event. A value that is not
    /// `HH:MM` also gives an all-day event.
    public let time: String?
    public let summary: String
    public let description: String
    /// Rests on an unconfirmed rule: the export says so in the summary and description (domain
    /// README rule 2: provisional reaches calendar exports too).
    public let provisional: Bool
    /// How long a timed event lasts, for events with a real end (a volunteer's shift); `nil`
    /// keeps the deadline default of 30 minutes.
    public let durationMinutes: Int?
    /// The event no longer happens (its election was cancelled): exported with
    /// `STATUS:CANCELLED` so subscribed calendars drop it instead of keeping a stale entry.
    public let cancelled: Bool

    public init(
        uid: String, date: CalendarDate, time: String?, summary: String, description: String, provisional: Bool = false,
        durationMinutes: Int? = nil, cancelled: Bool = false
    ) {
        self.cancelled = cancelled
        self.durationMinutes = durationMinutes
        self.uid = uid
        self.date = date
        self.time = time
        self.summary = summary
        self.description = description
        self.provisional = provisional
    }

    /// An event for a board item, with the UID `<election>-<source>-<key>@rosette` (stable for the
    /// same item in the same election).
    public init(item: BoardItem, description: String = "") {
        self.init(
            uid: "\(item.electionID.map(String.init) ?? "party")-\(item.source.rawValue)-\(item.key)@rosette", date: item.date, time: item.time,
            summary: "\(item.electionName): \(item.title)", description: description, provisional: item.provisional)
    }
}
