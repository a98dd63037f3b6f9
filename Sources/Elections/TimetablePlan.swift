import RosetteCore

/// A validated request: the nation resolved, the rules chosen, the calendars built. Building the
/// plan is where every user error is caught; `build()` cannot fail.
struct TimetablePlan {
    let request: TimetableRequest
    let nation: Nation?
    let isGeneralElection: Bool
    let isByElection: Bool
    let rules: [AppliedRule]
    let calendars: TimetableCalendars
    /// Other readings of unconfirmed calendar rules: the general-election calendar (default policy
    /// only) and Christmas Eve in Scottish council timetables.
    let alternatives: [AlternativeReading]
    let holidays: BankHolidays
    /// Polling day is before the rule tables' first date.
    let beforeModelledRules: Bool

    var kind: ElectionKind { request.kind }
    var poll: CalendarDate { request.pollDate }
    var declaration: CalendarDate { request.declarationDate ?? request.pollDate }

    /// The years the engine accepts: wide enough for history and planning, narrow enough that the
    /// rule tables mean something.
    static let supportedYears = 2000...2199

    init(request: TimetableRequest, holidays: BankHolidays) throws(TimetableError) {
        let kind = request.kind
        let poll = request.pollDate
        guard TimetablePlan.supportedYears.contains(poll.year) else { throw .pollDateOutOfRange(poll) }

        let nation = request.nation ?? kind.impliedNation
        if let nation, !kind.validNations.contains(nation) { throw .invalidNation(kind, nation) }
        if nation == nil && kind != .ukParliament { throw .nationRequired(kind) }
        if request.isGeneralElection && kind != .ukParliament { throw .generalElectionNotApplicable(kind) }
        let generalElection = kind == .ukParliament && (nation == nil || request.isGeneralElection)
        let byElection = kind == .ukParliament && !generalElection

        if let writ = request.writDate {
            guard byElection else { throw .writNotApplicable(kind) }
            guard writ < poll else { throw .writNotBeforePoll(writ: writ, poll: poll) }
        }
        if let declaration = request.declarationDate, declaration < poll {
            throw .declarationBeforePoll(declaration: declaration, poll: poll)
        }

        let table = RuleBook.rules(for: kind, in: nation, generalElection: generalElection)
        let ruleDate = max(poll, RuleDates.modelledFrom)
        let rules = AppliedRule.select(table, on: ruleDate, overrides: request.overrides.offsets)
        for (key, value) in request.overrides.offsets.sorted(by: { $0.key.rank < $1.key.rank }) {
            guard rules.contains(where: { $0.key == key && $0.rule.anchor.offset != nil }) else {
                throw .overrideNotApplicable(key, kind)
            }
            guard (0...100).contains(value) else { throw .overrideOutOfRange(key, value) }
        }

        if generalElection {
            calendars = TimetableCalendars(
                generalElectionIn: nation, policy: request.overrides.generalElectionCalendar, holidays: holidays,
                request: request)
            alternatives =
                request.overrides.generalElectionCalendar == nil
                ? TimetableCalendars.generalElectionReadings(in: nation, holidays: holidays, request: request).map {
                    AlternativeReading(
                        calendars: $0, question: TimetableCalendars.generalElectionQuestion, settledByOverride: false)
                } : []
        } else {
            calendars = TimetableCalendars(
                nation: nation ?? .england,
                excludesEasterMonday: RuleBook.timetableExcludesEasterMonday(kind, in: nation),
                excludesCityBreaks: kind == .cityOfLondon, holidays: holidays, request: request)
            alternatives =
                kind == .local && nation == .scotland
                ? [
                    AlternativeReading(
                        calendars: TimetableCalendars.scottishCouncilChristmasEveReading(
                            holidays: holidays, request: request),
                        question: TimetableCalendars.christmasEveQuestion, settledByOverride: true)
                ] : []
        }

        self.request = request
        self.nation = nation
        self.isGeneralElection = generalElection
        self.isByElection = byElection
        self.rules = rules
        self.holidays = holidays
        self.beforeModelledRules = poll < RuleDates.modelledFrom

        if let close = request.closeOfNominations {
            if byElection {
                try ByElectionWindow.validate(
                    close: close, writ: request.writDate, poll: poll, calendar: calendars(.timetable))
            } else if let computed = dates(using: calendars)[.closeOfNominations]?.date {
                guard computed == close else {
                    throw .closeOfNominationsFixedByLaw(given: close, expected: computed, kind: kind)
                }
            } else {
                throw .closeOfNominationsNotApplicable(kind)
            }
        }
        // A by-election's polling day must fit the writ and the close of nominations: a poll the
        // law does not allow is refused, not merely warned about.
        if byElection {
            let calendar = calendars(.timetable)
            let window = ByElectionWindow(writ: request.writDate, calendar: calendar)
            let close = request.closeOfNominations ?? calendar.workingDays(19, before: poll).date
            if let range = ByElectionWindow.pollWindow(
                close: close, closeGiven: request.closeOfNominations != nil, window: window, calendar: calendar),
                poll < range.earliest.date || poll > range.latest.date
            {
                throw .pollOutsideByElectionWindow(poll: poll, earliest: range.earliest.date, latest: range.latest.date)
            }
        }
    }

    /// The user gave the (A)RO's close of nominations for a by-election.
    var closeGiven: Bool { isByElection && request.closeOfNominations != nil }

    /// Every rule's date on one set of calendars. Dates that follow another deadline inherit its
    /// provisional flag.
    func dates(using calendars: TimetableCalendars) -> [DeadlineKey: CountedDate] {
        var result: [DeadlineKey: CountedDate] = [:]
        let closeRule = rules.first { $0.key == .closeOfNominations }
        var close: CountedDate?
        if closeGiven, let given = request.closeOfNominations {
            close = CountedDate(date: given, provisional: calendars(.timetable).workingDays(0, before: given).provisional)
        } else if let closeRule, case .workingDaysBeforePoll(let n) = closeRule.anchor {
            close = calendars(closeRule.rule.role).workingDays(n, before: poll)
        }
        for applied in rules {
            let calendar = calendars(applied.rule.role)
            let counted: CountedDate?
            switch applied.anchor {
            case .workingDaysBeforePoll(let n):
                counted = applied.key == .closeOfNominations ? close : calendar.workingDays(n, before: poll)
            case .pollDay:
                counted = CountedDate(date: poll, provisional: false)
            case .sameDayAsCloseOfNominations:
                counted = close
            case .workingDaysAfterCloseOfNominations(let n):
                counted = close.map { inherit(calendar.workingDays(n, after: $0.date), from: $0) }
            case .calendarDaysAfterDeclaration(let n):
                counted = calendar.workingDay(onOrAfter: declaration.adding(days: n))
            case .calendarDaysAfterPoll(let n):
                counted = calendar.workingDay(onOrAfter: poll.adding(days: n))
            case .workingDaysAfterSpendingReturn(let n):
                counted = result[.spendingReturn].map { inherit(calendar.workingDays(n, after: $0.date), from: $0) }
            case .cityOfLondonQualifyingDate:
                let year = poll.month < 2 || (poll.month == 2 && poll.day <= 15) ? poll.year - 2 : poll.year - 1
                counted = CalendarDate(year: year, month: 11, day: 30).map { CountedDate(date: $0, provisional: false) }
            }
            result[applied.key] = counted
        }
        return result
    }

    private func inherit(_ date: CountedDate, from parent: CountedDate) -> CountedDate {
        CountedDate(date: date.date, provisional: date.provisional || parent.provisional)
    }
}
