import RosetteCore

/// UK Parliament timetables (timetables.md §3a): by-elections counted from the writ, general
/// elections from polling day.
enum UKParliamentRules {
    /// The by-election writ windows (RPA 1983 Sch 1 r.1; Erskine May para 2.7), as data.
    enum ByElection {
        /// Notice of election: not later than the 2nd working day after the writ is received.
        static let noticeAfterWrit = 2
        /// Close of nominations: not earlier than the 3rd working day after notice of election…
        static let closeAfterNoticeAtLeast = 3
        /// …and not later than the 7th working day after the writ is received.
        static let closeAfterWritAtMost = 7
        /// Polling day: 17th to 19th working day after the last day for nominations.
        static let pollAfterCloseAtLeast = 17
        static let pollAfterCloseAtMost = 19
        static let source = Citation.ukpByElection
    }

    /// A by-election. Notice of election and the writ windows are computed by the engine from the
    /// constants above; close of nominations here is only the default when the (A)RO's date is not
    /// given.
    static func byElection(in nation: Nation) -> [DeadlineRule] {
        var rules = [
            DeadlineRule(
                .closeOfNominations, .workingDaysBeforePoll(19), at: DeadlineTime.nominations,
                source: Citation.ecCandidateByElection),
            DeadlineRule(
                .withdrawal, .sameDayAsCloseOfNominations, at: DeadlineTime.nominations, source: Citation.ukpByElection),
            DeadlineRule(
                .electionAgentAppointment, .sameDayAsCloseOfNominations, at: DeadlineTime.nominations,
                source: "RPA 1983 s.67(1); Electoral Commission"),
            DeadlineRule(
                .sopnPublication, .sameDayAsCloseOfNominations, at: DeadlineTime.ukpSOPN,
                source: "Electoral Commission; Halton BC, Runcorn and Helsby 2025 timetable",
                note: "if there are no objections; if there are, by 4pm the next working day"),
        ]
        rules += CommonRules.voterDeadlines(in: nation, voterIDFrom: RuleDates.voterIDLocal)
        rules.append(CommonRules.agents(source: Citation.ukpAgents, confirmed: false))
        rules += CommonRules.pollingDay(in: nation)
        rules += CommonRules.spendingReturns()
        return rules
    }

    /// A general election: dissolution 25 wd, notice of election 22 wd, nominations 19 wd.
    /// `nation` is the constituency's nation, or `nil` for the Great Britain timetable.
    static func generalElection(in nation: Nation?) -> [DeadlineRule] {
        var rules = [
            DeadlineRule(
                .noticeOfElection, .workingDaysBeforePoll(22), at: DeadlineTime.nominations,
                source: Citation.ukpGeneralElection),
        ]
        rules += CommonRules.nominations(closing: 19, source: Citation.ukpGeneralElection, sameDayConfirmed: true)
        rules.append(
            DeadlineRule(
                .sopnPublication, .workingDaysBeforePoll(19), at: DeadlineTime.ukpSOPN,
                source: Citation.ukpGeneralElection,
                note: "if there are no objections; if there are, by 4pm the next working day (18 working days)"))
        rules += CommonRules.voterDeadlines(in: nation, voterIDFrom: RuleDates.voterIDGeneralElection)
        rules.append(CommonRules.agents(source: Citation.ukpAgents, confirmed: false))
        rules += CommonRules.pollingDay(in: nation)
        rules += CommonRules.spendingReturns()
        return rules
    }
}
