import RosetteCore

/// Rule blocks shared by several kinds of election: the voters' deadlines, polling day, and the
/// spending returns after it (timetables.md §3a–§3f).
enum CommonRules {
    /// Registration, postal, proxy and (where photo ID applies) VAC deadlines.
    ///
    /// * Great Britain: registration 12 wd (midnight), postal 11 wd and proxy 6 wd (5pm).
    /// * Northern Ireland: registration 12 wd, postal and proxy 14 wd (5pm); NI has its own
    ///   Electoral Identity Card, so there is never a VAC deadline.
    /// * VAC 6 wd (5pm) only where `voterIDFrom` is given: the poll must be on or after it.
    static func voterDeadlines(in nation: Nation?, voterIDFrom: CalendarDate?) -> [DeadlineRule] {
        var rules = [
            DeadlineRule(
                .registration, .workingDaysBeforePoll(12), at: DeadlineTime.registration, role: .registration,
                source: Citation.registration)
        ]
        if nation == .northernIreland {
            rules += [
                DeadlineRule(
                    .postalVoteApplication, .workingDaysBeforePoll(14), at: DeadlineTime.absentVotes,
                    role: .absentVoting, source: Citation.absentVotesNI),
                DeadlineRule(
                    .proxyApplication, .workingDaysBeforePoll(14), at: DeadlineTime.absentVotes,
                    role: .absentVoting, source: Citation.absentVotesNI),
            ]
            return rules
        }
        rules += [
            DeadlineRule(
                .postalVoteApplication, .workingDaysBeforePoll(11), at: DeadlineTime.absentVotes,
                role: .absentVoting, source: Citation.absentVotesGB),
            DeadlineRule(
                .proxyApplication, .workingDaysBeforePoll(6), at: DeadlineTime.absentVotes, role: .absentVoting,
                source: Citation.absentVotesGB),
        ]
        if let voterIDFrom {
            rules.append(
                DeadlineRule(
                    .vacApplication, .workingDaysBeforePoll(6), at: DeadlineTime.absentVotes, role: .absentVoting,
                    from: voterIDFrom, source: Citation.voterID))
        }
        return rules
    }

    /// Polling day and the emergency proxy deadline (5pm on polling day).
    static func pollingDay(in nation: Nation?) -> [DeadlineRule] {
        let northernIreland = nation == .northernIreland
        return [
            DeadlineRule(.poll, .pollDay, at: "22:00", source: "Polls are open 7am to 10pm (RPA 1983 Sch 1 r.1)"),
            DeadlineRule(
                .emergencyProxy, .pollDay, at: DeadlineTime.absentVotes, role: .absentVoting,
                source: northernIreland ? Citation.emergencyProxyNI : Citation.emergencyProxy,
                confirmed: !northernIreland),
        ]
    }

    /// Polling and counting agents: the 5th working day before the poll.
    static func agents(source: String, confirmed: Bool) -> DeadlineRule {
        DeadlineRule(.pollingAndCountingAgents, .workingDaysBeforePoll(5), source: source, confirmed: confirmed)
    }

    /// The election agent's spending return (35 calendar days after the declaration, next working
    /// day if needed) and the candidate's declaration within 7 working days of it.
    static func spendingReturns(confirmed: Bool = true) -> [DeadlineRule] {
        [
            DeadlineRule(
                .spendingReturn, .calendarDaysAfterDeclaration(35), role: .afterPoll,
                source: confirmed ? Citation.spendingReturn : Citation.spendingReturn + " (UNCONFIRMED for this kind)",
                confirmed: confirmed),
            DeadlineRule(
                .candidateDeclaration, .workingDaysAfterSpendingReturn(7), role: .afterPoll,
                source: Citation.candidateDeclaration, confirmed: confirmed),
        ]
    }

    /// Close of nominations N working days before the poll (4pm unless `time` says otherwise), with
    /// withdrawals and the election agent at the same time on the same day (the agent only where
    /// the election has agents).
    static func nominations(
        closing workingDays: Int, at time: String = DeadlineTime.nominations, source: String,
        confirmed: Bool = true, sameDayConfirmed: Bool, electionAgent: Bool = true
    ) -> [DeadlineRule] {
        let sameDaySource = sameDayConfirmed ? source : Citation.assumedSameDayAsNominations
        var rules = [
            DeadlineRule(
                .closeOfNominations, .workingDaysBeforePoll(workingDays), at: time,
                source: source, confirmed: confirmed),
            DeadlineRule(
                .withdrawal, .sameDayAsCloseOfNominations, at: time, source: sameDaySource,
                confirmed: sameDayConfirmed),
        ]
        if electionAgent {
            rules.append(
                DeadlineRule(
                    .electionAgentAppointment, .sameDayAsCloseOfNominations, at: time,
                    source: sameDayConfirmed ? "RPA 1983 s.67(1); " + source : Citation.assumedSameDayAsNominations,
                    confirmed: sameDayConfirmed))
        }
        return rules
    }
}
