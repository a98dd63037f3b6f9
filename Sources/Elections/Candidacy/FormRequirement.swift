public import RosetteCore

/// One form or act a candidacy needs, dated from the election's timetable.
public struct FormRequirement: Sendable, Hashable, Codable {
    public let kind: FormKind
    public let title: String
    public let responsible: Responsible
    public let dueDate: CalendarDate
    /// Europe/London local time ("16:00"), or `nil` where only the day is fixed.
    public let dueTime: String?
    /// The timetable deadline the form hangs on; the due date and time are that deadline's.
    public let anchor: DeadlineKey?
    /// The trap, and how to file (by hand, by post, never email…).
    public let note: String
    /// The statute or guidance the requirement and its numbers come from.
    public let source: String
    /// True when the date or a number rests on an unconfirmed rule or a secondary source
    /// (domain README rule 2).
    public let provisional: Bool
    /// Why it is provisional (empty when it is not).
    public let provisionalReasons: [String]
    /// Nomination paper only: how many electors must subscribe; `nil` elsewhere, or when Rosette
    /// does not know the number for this election (then the requirement is provisional).
    public let subscribersRequired: Int?
    /// Deposit only: the amount in pence; `nil` elsewhere, or when unknown (provisional).
    public let depositPence: Int?

    public init(
        kind: FormKind, title: String, responsible: Responsible, dueDate: CalendarDate, dueTime: String?,
        anchor: DeadlineKey?, note: String, source: String, provisionalReasons: [String],
        subscribersRequired: Int? = nil, depositPence: Int? = nil
    ) {
        self.kind = kind
        self.title = title
        self.responsible = responsible
        self.dueDate = dueDate
        self.dueTime = dueTime
        self.anchor = anchor
        self.note = note
        self.source = source
        self.provisional = !provisionalReasons.isEmpty
        self.provisionalReasons = provisionalReasons
        self.subscribersRequired = subscribersRequired
        self.depositPence = depositPence
    }
}
