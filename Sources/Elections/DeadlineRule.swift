import RosetteCore

/// How a deadline's date is found. Every number here is data, carried by a `DeadlineRule`.
enum DeadlineAnchor: Sendable, Equatable {
    /// The Nth working day before polling day (poll is day 0 and not counted).
    case workingDaysBeforePoll(Int)
    /// Polling day itself.
    case pollDay
    /// The day nominations close (withdrawals, election agents, UKP SoPN).
    case sameDayAsCloseOfNominations
    /// The Nth working day after nominations close.
    case workingDaysAfterCloseOfNominations(Int)
    /// N calendar days after the declaration of the result, then the next working day if needed.
    case calendarDaysAfterDeclaration(Int)
    /// N calendar days after polling day, then the next working day if needed.
    case calendarDaysAfterPoll(Int)
    /// N working days after the spending return is due.
    case workingDaysAfterSpendingReturn(Int)
    /// City of London: the 30 November qualifying date — of the year before the poll, or two years
    /// before if the poll is on or before 15 February.
    case cityOfLondonQualifyingDate

    /// The overridable number, if the anchor has one. A deadline on the day nominations close
    /// counts as 0 working days after them, so the user can move it.
    var offset: Int? {
        switch self {
        case .workingDaysBeforePoll(let n), .workingDaysAfterCloseOfNominations(let n),
            .calendarDaysAfterDeclaration(let n), .calendarDaysAfterPoll(let n),
            .workingDaysAfterSpendingReturn(let n):
            n
        case .sameDayAsCloseOfNominations: 0
        case .pollDay, .cityOfLondonQualifyingDate: nil
        }
    }

    /// The same anchor with a different number.
    func with(offset n: Int) -> DeadlineAnchor {
        switch self {
        case .workingDaysBeforePoll: .workingDaysBeforePoll(n)
        case .workingDaysAfterCloseOfNominations, .sameDayAsCloseOfNominations:
            n == 0 ? .sameDayAsCloseOfNominations : .workingDaysAfterCloseOfNominations(n)
        case .calendarDaysAfterDeclaration: .calendarDaysAfterDeclaration(n)
        case .calendarDaysAfterPoll: .calendarDaysAfterPoll(n)
        case .workingDaysAfterSpendingReturn: .workingDaysAfterSpendingReturn(n)
        case .pollDay, .cityOfLondonQualifyingDate: self
        }
    }

    /// The rule in words.
    var description: String {
        func days(_ n: Int, _ unit: String) -> String { "\(n) \(unit)\(n == 1 ? "" : "s")" }
        switch self {
        case .workingDaysBeforePoll(let n): return "\(days(n, "working day")) before polling day"
        case .pollDay: return "polling day"
        case .sameDayAsCloseOfNominations: return "the day nominations close"
        case .workingDaysAfterCloseOfNominations(let n): return "\(days(n, "working day")) after close of nominations"
        case .calendarDaysAfterDeclaration(let n):
            return "\(days(n, "calendar day")) after the result is declared, moved to the next working day if that is not one"
        case .calendarDaysAfterPoll(let n):
            return "\(days(n, "calendar day")) after polling day, moved to the next working day if that is not one"
        case .workingDaysAfterSpendingReturn(let n):
            return "\(days(n, "working day")) after the spending return is delivered (here: its deadline)"
        case .cityOfLondonQualifyingDate:
            return "on the register by the 30 November qualifying date (two years before the poll if it is on or before 15 February)"
        }
    }
}

/// Which calendar a deadline is counted on. They differ in Scotland (Easter Monday is skipped in
/// the election timetable but not for registration or absent votes) and at a UK general election
/// (timetables.md §1, "Which calendar").
enum CalendarRole: Sendable {
    /// Notices, nominations, SoPN, notice of poll, agents.
    case timetable
    /// Registration deadline.
    case registration
    /// Postal, proxy and VAC applications.
    case absentVoting
    /// Spending returns and declarations after the poll.
    case afterPoll
}

/// One statutory deadline rule as data: what, when, at what time, from which date, on whose
/// authority, and whether the rule is confirmed.
struct DeadlineRule: Sendable {
    let key: DeadlineKey
    let anchor: DeadlineAnchor
    let time: String?
    let role: CalendarRole
    /// Polls on or after this day use this version of the rule.
    let effectiveFrom: CalendarDate
    let source: String
    /// False for rules marked UNCONFIRMED in the notes (open-questions.md): output is provisional
    /// unless the user overrides the offset.
    let confirmed: Bool
    /// Extra words for the rule text ("if there are objections, 4pm the next working day").
    let note: String?
    /// A title for this rule's row where the deadline's usual title would mislead (e.g. the
    /// Scottish Parliament 2021 postal deadline, which moved for new applications only).
    let title: String?

    init(
        _ key: DeadlineKey, _ anchor: DeadlineAnchor, at time: String? = nil, role: CalendarRole = .timetable,
        from effectiveFrom: CalendarDate = RuleDates.modelledFrom, source: String, confirmed: Bool = true,
        note: String? = nil, title: String? = nil
    ) {
        self.key = key
        self.anchor = anchor
        self.time = time
        self.role = role
        self.effectiveFrom = effectiveFrom
        self.source = source
        self.confirmed = confirmed
        self.note = note
        self.title = title
    }
}

/// The dates rules take effect from.
enum RuleDates {
    /// The earliest poll the rule tables are written for. Earlier polls are computed with these
    /// rules but marked provisional: offsets and times changed before then (e.g. nominations closed
    /// at noon before SI 2014/494, Maundy Thursday counted before 2007).
    static let modelledFrom = date(2015, 1, 1)
    /// Photo voter ID (and so the VAC deadline) at English local, mayoral, PCC and parish polls,
    /// UK Parliament by-elections in Great Britain and local referendums in England: polls from
    /// 4 May 2023 (Elections Act 2022; SI 2022/1382).
    static let voterIDLocal = date(2023, 5, 4)
    /// Photo voter ID at UK Parliament general elections: polls from 5 October 2023.
    static let voterIDGeneralElection = date(2023, 10, 5)
    /// Scottish Parliament poll of 6 May 2021 only: postal applications 21 working days (Scottish
    /// General Election (Coronavirus) Act 2021), per the DemocracyClub library.
    static let scottishParliament2021 = date(2021, 5, 6)
    static let afterScottishParliament2021 = date(2021, 5, 7)

    /// A literal date in the rule tables; tests check every one is real.
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day) ?? CalendarDate(dayNumber: 0)
    }
}

/// Times of day (timetables.md §1, "Times of day"), Europe/London local time.
enum DeadlineTime {
    static let nominations = "16:00"
    /// Northern Ireland: nominations (and so withdrawals) close at 1pm (Electoral Law Act (NI) 1962
    /// Sch 5 r.1(2) as amended by SI 2010/2977; EC NI Assembly 2022 and NI council 2023 timetables).
    static let nominationsNI = "13:00"
    /// Northern Ireland: the SoPN is published at 6pm on the last nomination day if there are no
    /// objections (same sources).
    static let sopnNI = "18:00"
    static let ukpSOPN = "17:00"
    static let absentVotes = "17:00"
    static let registration = "23:59"
}
