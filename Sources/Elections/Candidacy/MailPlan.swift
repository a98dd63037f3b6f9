public import RosetteCore

/// The two forms of a candidate's free election mailing (RPA 1983 s.91; candidates-and-royal-mail.md
/// §1.2). Raw values are stable keys.
public enum MailOption: String, CaseIterable, Sendable, Codable {
    /// One item per elector, sorted by Royal Mail walk or street (Electionsort / Streetsort).
    case addressed
    /// One item of up to 60 g per delivery point (household).
    case unaddressed
}

/// One dated step of a mailing plan.
public struct MailStep: Sendable, Hashable, Codable {
    /// Stable snake_case key ("handover"), unique within a plan.
    public let key: String
    public let title: String
    public let date: CalendarDate
    /// What to do and why this date.
    public let detail: String
    public let source: String
    /// True when the date rests on an unconfirmed lead time, an assumed postal-vote dispatch date
    /// or a generated bank-holiday year.
    public let provisional: Bool

    public init(key: String, title: String, date: CalendarDate, detail: String, source: String, provisional: Bool) {
        self.key = key
        self.title = title
        self.date = date
        self.detail = detail
        self.source = source
        self.provisional = provisional
    }
}

/// How to get a candidate's election literature to every elector before postal votes land.
public struct MailPlan: Sendable, Codable {
    /// The election has a free Royal Mail delivery.
    public let eligible: Bool
    /// In plain words: whether there is a free delivery, what there is instead, and the dates
    /// the plan counts back from.
    public let explanation: String
    /// The option planned for; `nil` when there is no free delivery.
    public let option: MailOption?
    /// In date order.
    public let steps: [MailStep]
    /// Each unconfirmed figure or assumption the plan rests on, with its source.
    public let assumptions: [String]

    public init(eligible: Bool, explanation: String, option: MailOption?, steps: [MailStep], assumptions: [String] = []) {
        self.eligible = eligible
        self.explanation = explanation
        self.option = option
        self.steps = steps
        self.assumptions = assumptions
    }

    /// True when any step is provisional.
    public var provisional: Bool { steps.contains { $0.provisional } }

    /// The step with a key, if the plan has it.
    public subscript(key: String) -> MailStep? { steps.first { $0.key == key } }
}
