public import RosetteCore

/// One dated step of an election timetable.
public struct Deadline: Sendable, Codable, Hashable {
    public let key: DeadlineKey
    public let date: CalendarDate
    /// Time of day in Europe/London local time ("16:00"), or `nil` where the law fixes only the day.
    /// "23:59" stands for midnight at the end of the day.
    public let time: String?
    public let title: String
    /// The rule in words, e.g. "19 working days before polling day".
    public let rule: String
    /// The statute or publication the rule comes from.
    public let source: String
    /// True when the date rests on an unconfirmed rule, a generated bank-holiday year, a defaulted
    /// declaration or close-of-nominations date (domain README rule 2).
    public let provisional: Bool
    /// Why it is provisional (empty when it is not).
    public let provisionalReasons: [String]

    public init(
        key: DeadlineKey, date: CalendarDate, time: String?, title: String, rule: String, source: String,
        provisionalReasons: [String]
    ) {
        self.key = key
        self.date = date
        self.time = time
        self.title = title
        self.rule = rule
        self.source = source
        self.provisional = !provisionalReasons.isEmpty
        self.provisionalReasons = provisionalReasons
    }
}

/// A computed timetable: every deadline the law has for the kind and nation, in date order.
public struct Timetable: Sendable, Codable {
    public let kind: ElectionKind
    /// The nation, or `nil` for a UK general election.
    public let nation: Nation?
    /// True for a UK Parliament general election (with or without a nation).
    public let isGeneralElection: Bool
    public let pollDate: CalendarDate
    public let deadlines: [Deadline]
    /// Things the user should check: a poll not on a Thursday, a poll outside the legal window,
    /// defaulted dates, generated bank holidays.
    public let warnings: [String]

    /// True when any deadline is provisional.
    public var provisional: Bool { deadlines.contains { $0.provisional } }

    /// The deadline with a key, if the timetable has it.
    public subscript(key: DeadlineKey) -> Deadline? { deadlines.first { $0.key == key } }
}
