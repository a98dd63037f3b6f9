import RosetteCore

/// Timetables for elections held in England (and PCC also in Wales): principal councils,
/// parishes, mayors, PCC, GLA, City of London and local referendums (timetables.md §3b, §3d, §3h).
enum EnglishRules {
    /// English principal councils, ordinary elections and by-elections (SI 2006/3304 as amended by
    /// SI 2014/494): notice 25, nominations 19, SoPN 18, notice of poll 6 working days.
    static func principalCouncil() -> [DeadlineRule] {
        var rules = [DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(25), source: Citation.englishLocal)]
        rules += CommonRules.nominations(closing: 19, source: Citation.englishLocal, sameDayConfirmed: true)
        rules.append(
            DeadlineRule(.sopnPublication, .workingDaysBeforePoll(18), at: DeadlineTime.nominations, source: Citation.englishLocal))
        rules += CommonRules.voterDeadlines(in: .england, voterIDFrom: RuleDates.voterIDLocal)
        rules.append(DeadlineRule(.noticeOfPoll, .workingDaysBeforePoll(6), source: Citation.englishLocal))
        rules.append(CommonRules.agents(source: Citation.englishLocalAgents, confirmed: true))
        rules += CommonRules.pollingDay(in: .england)
        rules += CommonRules.spendingReturns()
        return rules
    }

    /// Local-authority and combined-authority mayors: as principal councils, but the SoPN offset is
    /// assumed (open-questions.md item 9).
    static func mayor() -> [DeadlineRule] {
        var rules = [DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(25), source: Citation.mayor)]
        rules += CommonRules.nominations(closing: 19, source: Citation.mayor, sameDayConfirmed: true)
        rules.append(
            DeadlineRule(
                .sopnPublication, .workingDaysBeforePoll(18), at: DeadlineTime.nominations, source: Citation.mayorSOPN,
                confirmed: false))
        rules += CommonRules.voterDeadlines(in: .england, voterIDFrom: RuleDates.voterIDLocal)
        rules.append(DeadlineRule(.noticeOfPoll, .workingDaysBeforePoll(6), source: Citation.englishLocal))
        rules.append(CommonRules.agents(source: Citation.englishLocalAgents, confirmed: true))
        rules += CommonRules.pollingDay(in: .england)
        rules += CommonRules.spendingReturns()
        return rules
    }

    /// Police and Crime Commissioner: notice 25, nominations 18, SoPN the next working day.
    /// Photo ID applies to PCC polls in Wales as well as England (a reserved election); the Welsh
    /// VAC deadline is marked unconfirmed because the notes confirm it only for England.
    static func policeAndCrimeCommissioner(in nation: Nation) -> [DeadlineRule] {
        var rules = [DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(25), source: Citation.pcc)]
        rules += CommonRules.nominations(closing: 18, source: Citation.pcc, sameDayConfirmed: false)
        rules.append(
            DeadlineRule(
                .sopnPublication, .workingDaysAfterCloseOfNominations(1), at: DeadlineTime.nominations,
                source: Citation.pcc))
        rules += CommonRules.voterDeadlines(in: nation, voterIDFrom: nation == .england ? RuleDates.voterIDLocal : nil)
        if nation == .wales {
            rules.append(
                DeadlineRule(
                    .vacApplication, .workingDaysBeforePoll(6), at: DeadlineTime.absentVotes, role: .absentVoting,
                    from: RuleDates.voterIDLocal, source: Citation.voterID + " (PCC in Wales: UNCONFIRMED)",
                    confirmed: false))
        }
        rules.append(CommonRules.agents(source: Citation.pccAgents, confirmed: true))
        rules += CommonRules.pollingDay(in: nation)
        rules += CommonRules.spendingReturns()
        return rules
    }

    /// Greater London Authority (Assembly and Mayor of London): notice 30, nominations 22, SoPN
    /// the next working day.
    static func greaterLondonAuthority() -> [DeadlineRule] {
        var rules = [DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(30), source: Citation.gla)]
        rules += CommonRules.nominations(closing: 22, source: Citation.gla, sameDayConfirmed: false)
        rules.append(
            DeadlineRule(
                .sopnPublication, .workingDaysAfterCloseOfNominations(1), at: DeadlineTime.nominations,
                source: Citation.gla))
        rules += CommonRules.voterDeadlines(in: .england, voterIDFrom: RuleDates.voterIDLocal)
        rules.append(CommonRules.agents(source: Citation.assumedAgents, confirmed: false))
        rules += CommonRules.pollingDay(in: .england)
        rules += CommonRules.spendingReturns()
        return rules
    }

    /// Parish councils (England) and community councils (Wales), SI 2006/3305 as amended by
    /// SI 2014/492 and, in Wales since 2022, WSI 2021/1460. No election agents; the candidate's
    /// spending return is due 28 days after polling day, not after the declaration.
    static func parish(in nation: Nation) -> [DeadlineRule] {
        let wales = nation == .wales
        let source = wales ? Citation.community : Citation.parish
        let stages = wales ? Citation.community : Citation.parishTimetable
        var rules = [DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(25), source: stages, confirmed: !wales)]
        rules += CommonRules.nominations(
            closing: 19, source: source, confirmed: !wales, sameDayConfirmed: !wales, electionAgent: false)
        rules.append(
            DeadlineRule(
                .sopnPublication, .workingDaysBeforePoll(18), at: DeadlineTime.nominations, source: source,
                confirmed: !wales))
        rules += CommonRules.voterDeadlines(in: nation, voterIDFrom: wales ? nil : RuleDates.voterIDLocal)
        rules.append(DeadlineRule(.noticeOfPoll, .workingDaysBeforePoll(6), source: stages, confirmed: !wales))
        rules.append(
            CommonRules.agents(
                source: wales ? Citation.welshAgents + " (community councils: UNCONFIRMED)" : Citation.parishTimetable,
                confirmed: !wales))
        rules += CommonRules.pollingDay(in: nation)
        rules.append(
            DeadlineRule(.spendingReturn, .calendarDaysAfterPoll(28), role: .afterPoll, source: Citation.parishSpending))
        return rules
    }

    /// City of London ward elections, as read by the DemocracyClub library: notice 25,
    /// nominations 17, SoPN final at 16 working days, counted without the City's Easter and
    /// Christmas breaks; registration by the 30 November qualifying date.
    static func cityOfLondon() -> [DeadlineRule] {
        let unconfirmed = "Assumed as at other English local elections (UNCONFIRMED for the City of London)"
        var rules = [
            DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(25), source: Citation.cityOfLondon),
            DeadlineRule(.closeOfNominations, .workingDaysBeforePoll(17), source: Citation.cityOfLondon,
                note: "time of day set by the Town Clerk"),
            DeadlineRule(.withdrawal, .workingDaysAfterCloseOfNominations(1), source: Citation.cityOfLondon,
                confirmed: false, note: "candidates may withdraw for a day after nominations close"),
            DeadlineRule(.sopnPublication, .workingDaysBeforePoll(16), source: Citation.cityOfLondon,
                note: "published at 17 working days and final at 16, after withdrawals"),
            DeadlineRule(.registration, .cityOfLondonQualifyingDate, role: .registration, source: Citation.cityOfLondon),
            DeadlineRule(.postalVoteApplication, .workingDaysBeforePoll(11), at: DeadlineTime.absentVotes,
                role: .absentVoting, source: Citation.cityOfLondon),
            DeadlineRule(.proxyApplication, .workingDaysBeforePoll(6), at: DeadlineTime.absentVotes,
                role: .absentVoting, source: unconfirmed, confirmed: false),
            DeadlineRule(.vacApplication, .workingDaysBeforePoll(6), at: DeadlineTime.absentVotes, role: .absentVoting,
                from: RuleDates.voterIDLocal, source: Citation.cityOfLondon + "; " + Citation.voterID),
        ]
        rules += CommonRules.pollingDay(in: .england)
        rules += CommonRules.spendingReturns(confirmed: false)
        return rules
    }

    /// Local referendums: no notice of election, nominations or SoPN; the voters' deadlines only.
    static func referendum(in nation: Nation) -> [DeadlineRule] {
        CommonRules.voterDeadlines(in: nation, voterIDFrom: nation == .england ? RuleDates.voterIDLocal : nil)
            + CommonRules.pollingDay(in: nation)
    }
}
