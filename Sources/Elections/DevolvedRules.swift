import RosetteCore

/// Timetables for the devolved legislatures and for councils in Wales, Scotland and Northern
/// Ireland (timetables.md §3c, §3e, §3f, §3h). No photo voter ID at any of them, so no VAC.
enum DevolvedRules {
    /// Welsh principal councils (WSI 2021/1459). The offsets are believed unchanged at
    /// 25 / 19 / 18 / 6 working days but unconfirmed (open-questions.md item 2); the 5-day agents
    /// rule is confirmed (r.33(8)).
    static func welshCouncil() -> [DeadlineRule] {
        var rules = [
            DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(25), source: Citation.welshLocal, confirmed: false)
        ]
        rules += CommonRules.nominations(
            closing: 19, source: Citation.welshLocal, confirmed: false, sameDayConfirmed: false)
        rules.append(
            DeadlineRule(
                .sopnPublication, .workingDaysBeforePoll(18), at: DeadlineTime.nominations, source: Citation.welshLocal,
                confirmed: false))
        rules += CommonRules.voterDeadlines(in: .wales, voterIDFrom: nil)
        rules.append(
            DeadlineRule(.noticeOfPoll, .workingDaysBeforePoll(6), source: Citation.welshLocal, confirmed: false))
        rules.append(CommonRules.agents(source: Citation.welshAgents, confirmed: true))
        rules += CommonRules.pollingDay(in: .wales)
        rules += CommonRules.spendingReturns()
        return rules
    }

    /// Scottish councils (SSI 2011/399): notice of election between 35 and 28 working days,
    /// nominations, withdrawals and agents 23 working days, SoPN as soon as practicable after.
    static func scottishCouncil() -> [DeadlineRule] {
        var rules = [
            DeadlineRule(
                .noticeOfElection, .workingDaysBeforePoll(28), source: Citation.scottishLocalUnconfirmed,
                confirmed: false, note: "not earlier than 35 working days before polling day")
        ]
        rules += CommonRules.nominations(closing: 23, source: Citation.scottishLocal, sameDayConfirmed: true)
        rules.append(
            DeadlineRule(
                .sopnPublication, .sameDayAsCloseOfNominations, source: Citation.scottishLocalUnconfirmed,
                confirmed: false, note: "as soon as practicable after nominations close"))
        rules += CommonRules.voterDeadlines(in: .scotland, voterIDFrom: nil)
        rules.append(CommonRules.agents(source: Citation.scottishLocal, confirmed: true))
        rules += CommonRules.pollingDay(in: .scotland)
        rules += CommonRules.spendingReturns()
        return rules
    }

    /// Scottish Parliament (SSI 2015/425 Sch 2 Pt 1, text read): notice between 35 and 28 days,
    /// nominations 4pm 23 days, withdrawals "within the time for the delivery of nomination
    /// papers". The SoPN is published "at the close of the time" for objections if there are none
    /// (objections run during the last nomination day's hours "and the hour following", i.e. to
    /// 5pm), or not later than 24 hours after the close if there are (4pm the next working day).
    /// That is the UK Parliament pattern, so the SoPN row matches it: 5pm on the day nominations
    /// close, with the objections case in the note. (An earlier version showed the DemocracyClub
    /// library's 22 working days, with no time.)
    ///
    /// Postal applications closed 21 working days before the poll of 6 May 2021 only (Scottish
    /// General Election (Coronavirus) Act 2021): that moved new applications; changes to existing
    /// postal or proxy votes stayed at 11 working days, so the 2021 row says so in its title.
    static func scottishParliament() -> [DeadlineRule] {
        var rules = [
            DeadlineRule(
                .noticeOfElection, .workingDaysBeforePoll(28), source: Citation.scottishParliament,
                note: "not earlier than 35 working days before polling day"),
            DeadlineRule(
                .closeOfNominations, .workingDaysBeforePoll(23), at: DeadlineTime.nominations,
                source: Citation.scottishParliament),
            DeadlineRule(
                .withdrawal, .sameDayAsCloseOfNominations, at: DeadlineTime.nominations,
                source: Citation.scottishParliament + " ('within the time for the delivery of nomination papers')"),
            DeadlineRule(
                .electionAgentAppointment, .sameDayAsCloseOfNominations, at: DeadlineTime.nominations,
                source: Citation.assumedSameDayAsNominations, confirmed: false),
            DeadlineRule(
                .sopnPublication, .sameDayAsCloseOfNominations, at: DeadlineTime.ukpSOPN,
                source: Citation.scottishParliament + " (at the close of the objection period, the hour after nominations close)",
                note: "if there are no objections; if there are, within 24 hours of the close of nominations (4pm the next working day)"),
        ]
        rules += CommonRules.voterDeadlines(in: .scotland, voterIDFrom: nil)
        rules += [
            DeadlineRule(
                .postalVoteApplication, .workingDaysBeforePoll(21), at: DeadlineTime.absentVotes, role: .absentVoting,
                from: RuleDates.scottishParliament2021,
                source: "Scottish General Election (Coronavirus) Act 2021, per the DemocracyClub library",
                note: "new postal and postal proxy applications only; changes to existing postal or proxy votes: 11 working days before polling day",
                title: "New postal vote applications (2021 Coronavirus Act deadline)"),
            DeadlineRule(
                .postalVoteApplication, .workingDaysBeforePoll(11), at: DeadlineTime.absentVotes, role: .absentVoting,
                from: RuleDates.afterScottishParliament2021, source: Citation.absentVotesGB),
        ]
        rules.append(CommonRules.agents(source: Citation.assumedAgents, confirmed: false))
        rules += CommonRules.pollingDay(in: .scotland)
        rules += CommonRules.spendingReturns()
        return rules
    }

    /// Senedd Cymru (DemocracyClub library): notice 25, nominations 19, SoPN the next working day.
    ///
    /// The library's 19 is its SoPN date; for GLA and PCC the same figure turned out to be the SoPN
    /// and not close of nominations, so until the 2007 Order or an official timetable confirms
    /// that Senedd nominations close at 19, the close (and everything on its day) is provisional.
    static func senedd() -> [DeadlineRule] {
        var rules = [DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(25), source: Citation.senedd)]
        rules += CommonRules.nominations(
            closing: 19, source: Citation.seneddClose, confirmed: false, sameDayConfirmed: false)
        rules.append(
            DeadlineRule(
                .sopnPublication, .workingDaysAfterCloseOfNominations(1), at: DeadlineTime.nominations,
                source: Citation.senedd))
        rules += CommonRules.voterDeadlines(in: .wales, voterIDFrom: nil)
        rules.append(CommonRules.agents(source: Citation.assumedAgents, confirmed: false))
        rules += CommonRules.pollingDay(in: .wales)
        rules += CommonRules.spendingReturns()
        return rules
    }

    /// Northern Ireland councils and Assembly: notice of election 25 working days; nominations
    /// close at **1pm** on the 16th working day (not 4pm as in Great Britain), withdrawals with
    /// them; the SoPN is published at **6pm the same day** if there are no objections (within 24
    /// hours of the close if there are); absent votes 14 working days.
    ///
    /// Sources: Electoral Law Act (NI) 1962 Sch 5 r.1(2) as amended by SI 2010/2977 (councils, text
    /// read); Electoral Commission timetables for the NI Assembly election of 5 May 2022
    /// (nominations 10am 29 Mar to 1pm 8 Apr, SoPN 6pm 8 Apr) and the NI council elections of
    /// 18 May 2023 (nominations and withdrawals 1pm 24 Apr, SoPN 6pm 24 Apr); Ards and North Down
    /// BC notices of election for 2 May 2019 and 18 May 2023 ("10.00am to 1.00pm on Monday").
    /// Assembly withdrawals and every election-agent deadline are assumed to follow the 1pm close
    /// and are provisional. An earlier version of this table closed nominations at 4pm and put the
    /// SoPN on the next working day.
    static func northernIreland(assembly: Bool) -> [DeadlineRule] {
        let source = assembly ? Citation.niAssembly : Citation.niLocal
        var rules = [DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(25), source: source)]
        rules += [
            DeadlineRule(
                .closeOfNominations, .workingDaysBeforePoll(16), at: DeadlineTime.nominationsNI, source: source,
                note: "nominations are taken 10am to 4pm on earlier working days"),
            DeadlineRule(
                .withdrawal, .sameDayAsCloseOfNominations, at: DeadlineTime.nominationsNI,
                source: assembly ? Citation.niAssemblyWithdrawal : Citation.niLocal, confirmed: !assembly),
            DeadlineRule(
                .electionAgentAppointment, .sameDayAsCloseOfNominations, at: DeadlineTime.nominationsNI,
                source: Citation.niElectionAgent, confirmed: false),
            DeadlineRule(
                .sopnPublication, .sameDayAsCloseOfNominations, at: DeadlineTime.sopnNI, source: source,
                note: "if there are no objections; if there are, within 24 hours of the close of nominations"),
        ]
        rules += CommonRules.voterDeadlines(in: .northernIreland, voterIDFrom: nil)
        rules.append(CommonRules.agents(source: Citation.assumedAgents, confirmed: false))
        rules += CommonRules.pollingDay(in: .northernIreland)
        rules += CommonRules.spendingReturns()
        return rules
    }
}
