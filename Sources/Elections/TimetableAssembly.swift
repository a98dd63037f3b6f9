import RosetteCore

/// Turning a validated plan into deadlines: dates, times, rule text, sources and the reasons a
/// date is provisional.
extension TimetablePlan {
    static let unconfirmedRule = "rests on a rule Rosette has not confirmed (see open-questions.md); override it if the returning officer's timetable differs"
    static let unconfirmedFixedRule = "rests on a rule Rosette has not confirmed (see open-questions.md)"
    static let generatedHolidays = "counted across bank holidays generated from the rules or not independently confirmed"
    static let assumedClose = "close of nominations is assumed to be 19 working days before the poll; enter the returning officer's date"
    static let assumedDeclaration = "the result is assumed to be declared on polling day; enter the declaration date"
    static let beforeRuleTables =
        "polling day is before \(RuleDates.modelledFrom.iso), earlier than Rosette's rule tables"

    func build() -> Timetable {
        let primary = dates(using: calendars)
        let readings = alternatives.map { (reading: $0, dates: dates(using: $0.calendars)) }
        let closeRule = rules.first { $0.key == .closeOfNominations }
        let spendingRule = rules.first { $0.key == .spendingReturn }

        var deadlines: [Deadline] = []
        for applied in rules {
            guard let counted = primary[applied.key] else { continue }
            var reasons: [String] = []
            let unconfirmed =
                applied.restsOnUnconfirmedRule
                || (applied.followsCloseOfNominations && closeRule?.restsOnUnconfirmedRule == true && !closeGiven)
                || (applied.key == .candidateDeclaration && spendingRule?.restsOnUnconfirmedRule == true)
            if unconfirmed {
                reasons.append(applied.rule.anchor.offset == nil ? Self.unconfirmedFixedRule : Self.unconfirmedRule)
            }
            if counted.provisional { reasons.append(Self.generatedHolidays) }
            if isByElection && !closeGiven && (applied.key == .closeOfNominations || applied.followsCloseOfNominations) {
                reasons.append(Self.assumedClose)
            }
            if applied.followsDeclaration && request.declarationDate == nil {
                reasons.append(Self.assumedDeclaration)
            }
            let settled =
                applied.overridden || (applied.followsCloseOfNominations && closeRule?.overridden == true)
            for question in Set(readings.map(\.reading.question)).sorted() {
                let relevant = readings.filter { $0.reading.question == question && !($0.reading.settledByOverride && settled) }
                let others = Set(relevant.compactMap { $0.dates[applied.key]?.date }).subtracting([counted.date]).sorted()
                if !others.isEmpty {
                    let list = others.map(\.iso).joined(separator: " or ")
                    reasons.append("\(question); another reading gives \(list)")
                }
            }
            if beforeModelledRules && applied.key != .poll { reasons.append(Self.beforeRuleTables) }
            deadlines.append(
                Deadline(
                    key: applied.key, date: counted.date, time: applied.rule.time, title: title(applied),
                    rule: ruleText(applied), source: source(applied), provisionalReasons: reasons))
        }
        if isByElection { deadlines += byElectionDeadlines() }
        deadlines.sort { ($0.date, $0.key.rank) < ($1.date, $1.key.rank) }
        return Timetable(
            kind: kind, nation: nation, isGeneralElection: isGeneralElection, pollDate: poll, deadlines: deadlines,
            warnings: warnings(for: deadlines))
    }

    private func title(_ applied: AppliedRule) -> String {
        switch applied.key {
        case .poll: "Polling day (polls open 7am to 10pm)"
        case .spendingReturn where kind == .parish: "Candidate's spending return (parish: no election agent)"
        default: applied.rule.title ?? applied.key.title
        }
    }

    private func ruleText(_ applied: AppliedRule) -> String {
        guard isByElection, applied.key == .closeOfNominations else { return applied.ruleText }
        if closeGiven { return "fixed by the (Acting) Returning Officer, 17 to 19 working days before polling day" }
        return "assumed \(applied.ruleText); the (Acting) Returning Officer fixes a day 17 to 19 working days before the poll"
    }

    private func source(_ applied: AppliedRule) -> String {
        if applied.overridden { return "User override of: \(applied.rule.source)" }
        if closeGiven && applied.key == .closeOfNominations { return "Returning officer's notice (date entered by the user)" }
        return applied.rule.source
    }

    /// Notice of election and the writ windows of a UK Parliament by-election.
    private func byElectionDeadlines() -> [Deadline] {
        let calendar = calendars(.timetable)
        guard let close = dates(using: calendars)[.closeOfNominations] else { return [] }
        let closeReasons = closeGiven ? [] : [Self.assumedClose]
        func reasons(_ counted: CountedDate, _ extra: [String] = []) -> [String] {
            extra + (counted.provisional ? [Self.generatedHolidays] : [])
                + (beforeModelledRules ? [Self.beforeRuleTables] : [])
        }
        let rules = UKParliamentRules.ByElection.self
        let notice = ByElectionWindow.latestNotice(writ: request.writDate, close: close.date, calendar: calendar)
        var deadlines = [
            Deadline(
                key: .noticeOfElection, date: notice.date, time: DeadlineTime.nominations,
                title: DeadlineKey.noticeOfElection.title,
                rule: request.writDate == nil
                    ? "at least \(rules.closeAfterNoticeAtLeast) working days before close of nominations"
                    : "not later than the \(rules.noticeAfterWrit)nd working day after the writ is received, and at least \(rules.closeAfterNoticeAtLeast) working days before close of nominations",
                source: rules.source, provisionalReasons: reasons(notice, closeReasons))
        ]
        let window = ByElectionWindow(writ: request.writDate, calendar: calendar)
        if let earliest = window.earliestClose, let latest = window.latestClose {
            deadlines.append(
                Deadline(
                    key: .earliestCloseOfNominations, date: earliest.date, time: DeadlineTime.nominations,
                    title: DeadlineKey.earliestCloseOfNominations.title,
                    rule: "the \(rules.closeAfterNoticeAtLeast)rd working day after the earliest notice of election (the day the writ is received, or the next working day)",
                    source: rules.source, provisionalReasons: reasons(earliest)))
            deadlines.append(
                Deadline(
                    key: .latestCloseOfNominations, date: latest.date, time: DeadlineTime.nominations,
                    title: DeadlineKey.latestCloseOfNominations.title,
                    rule: "the \(rules.closeAfterWritAtMost)th working day after the writ is received",
                    source: rules.source, provisionalReasons: reasons(latest)))
        }
        if let poll = ByElectionWindow.pollWindow(
            close: close.date, closeGiven: closeGiven, window: window, calendar: calendar)
        {
            let from = closeGiven ? "close of nominations" : "the earliest legal close of nominations"
            let to = closeGiven ? "close of nominations" : "the latest legal close of nominations"
            deadlines.append(
                Deadline(
                    key: .earliestPoll, date: poll.earliest.date, time: nil, title: DeadlineKey.earliestPoll.title,
                    rule: "the \(rules.pollAfterCloseAtLeast)th working day after \(from)", source: rules.source,
                    provisionalReasons: reasons(poll.earliest)))
            deadlines.append(
                Deadline(
                    key: .latestPoll, date: poll.latest.date, time: nil, title: DeadlineKey.latestPoll.title,
                    rule: "the \(rules.pollAfterCloseAtMost)th working day after \(to)", source: rules.source,
                    provisionalReasons: reasons(poll.latest)))
        }
        return deadlines
    }
}
