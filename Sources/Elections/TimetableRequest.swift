public import RosetteCore

/// What the user knows about an election; everything else is computed.
public struct TimetableRequest: Sendable {
    public var kind: ElectionKind
    /// The nation; `nil` for a UK general election, or for kinds held in one nation only (Senedd,
    /// Scottish Parliament, NI Assembly, GLA, mayor, City of London), where it is implied.
    public var nation: Nation?
    public var pollDate: CalendarDate
    /// UK Parliament by-elections only: the day the (Acting) Returning Officer receives the writ.
    /// The Electoral Commission says the writ is taken to be received the day after the Speaker's
    /// warrant is issued (open-questions.md item 8), so pass that day, not the day of issue.
    public var writDate: CalendarDate?
    /// UK Parliament by-elections only: the last day for nominations the (A)RO has fixed (17 to 19
    /// working days before the poll). Without it Rosette assumes 19 and marks the result provisional.
    public var closeOfNominations: CalendarDate?
    /// The day the result is declared; spending returns run from it. Defaults to polling day
    /// (provisional).
    public var declarationDate: CalendarDate?
    /// A UK Parliament general election in one nation's constituency (NI absent-vote rules differ).
    /// `uk-parliament` with no nation is always a general election.
    public var isGeneralElection: Bool
    /// Days appointed for public thanksgiving or mourning, or any other day to disregard.
    public var extraExcludedDays: Set<CalendarDate>
    /// The user's corrections to unconfirmed rules.
    public var overrides: TimetableOverrides

    public init(
        kind: ElectionKind,
        nation: Nation? = nil,
        pollDate: CalendarDate,
        writDate: CalendarDate? = nil,
        closeOfNominations: CalendarDate? = nil,
        declarationDate: CalendarDate? = nil,
        isGeneralElection: Bool = false,
        extraExcludedDays: Set<CalendarDate> = [],
        overrides: TimetableOverrides = TimetableOverrides()
    ) {
        self.kind = kind
        self.nation = nation
        self.pollDate = pollDate
        self.writDate = writDate
        self.closeOfNominations = closeOfNominations
        self.declarationDate = declarationDate
        self.isGeneralElection = isGeneralElection
        self.extraExcludedDays = extraExcludedDays
        self.overrides = overrides
    }
}

/// Corrections the user supplies where Rosette's rule is unconfirmed (open-questions.md).
public struct TimetableOverrides: Sendable {
    /// A replacement offset per deadline: working days before polling day (or after close of
    /// nominations / the spending return, as the rule counts), or calendar days for spending
    /// returns. The deadline then carries "(user override)" and is not provisional on account of
    /// the rule.
    public var offsets: [DeadlineKey: Int]
    /// Which bank holidays count at a UK general election (open-questions.md item 1).
    public var generalElectionCalendar: GeneralElectionCalendar?
    /// Dates to treat as ordinary days even though the bank-holiday list (usually a generated
    /// year) has them as holidays.
    public var notBankHolidays: Set<CalendarDate>

    public init(
        offsets: [DeadlineKey: Int] = [:],
        generalElectionCalendar: GeneralElectionCalendar? = nil,
        notBankHolidays: Set<CalendarDate> = []
    ) {
        self.offsets = offsets
        self.generalElectionCalendar = generalElectionCalendar
        self.notBankHolidays = notBankHolidays
    }
}

/// Which bank holidays a UK general election timetable disregards.
///
/// The default (no override) follows the GE 2019 evidence in timetables.md §1: a bank holiday in
/// any part of the UK for the election timetable and absent votes, the constituency's own calendar
/// (England and Wales when no nation is given) for registration. It is unconfirmed, so a date is
/// marked provisional whenever the other reading would give a different day.
public enum GeneralElectionCalendar: String, CaseIterable, Sendable, Codable {
    /// A bank holiday anywhere in the UK is disregarded for every deadline.
    case anyPartOfUK = "any-part-of-uk"
    /// Only the constituency's own bank holidays (England and Wales when no nation is given).
    case constituencyNation = "constituency-nation"
}
