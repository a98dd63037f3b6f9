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

    /// Local-authority and combined-authority mayors: as principal councils, notice 25,
    /// nominations 4pm 19 (EC candidate guidance for combined-authority mayors), SoPN 4pm 18 (the
    /// West Midlands CARO's 2024 and the Choose Your Mayor 2021 timetables; open-questions.md
    /// item 9), notice of poll 6 working days. The DemocracyClub library's 19 here is close of
    /// nominations, as its English council figure is.
    static func mayor() -> [DeadlineRule] {
        var rules = [DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(25), source: Citation.mayor)]
        rules += CommonRules.nominations(closing: 19, source: Citation.mayor, sameDayConfirmed: true)
        rules.append(
            DeadlineRule(
                .sopnPublication, .workingDaysBeforePoll(18), at: DeadlineTime.nominations, source: Citation.mayorSOPN))
        rules += CommonRules.voterDeadlines(in: .england, voterIDFrom: RuleDates.voterIDLocal)
        rules.append(DeadlineRule(.noticeOfPoll, .workingDaysBeforePoll(6), source: Citation.englishLocal))
        rules.append(CommonRules.agents(source: Citation.englishLocalAgents, confirmed: true))
        rules += CommonRules.pollingDay(in: .england)
        rules += CommonRules.spendingReturns()
        return rules
    }

    /// Police and Crime Commissioner (England and Wales): notice of election 25, nominations,
    /// withdrawals and election agents 4pm 19, SoPN 4pm 18, notice of poll 6 working days.
    ///
    /// Sources: SI 2012/1917 Sch 3 r.1 as amended by SI 2014/921; Electoral Commission PCC media
    /// handbook 2024 (poll 2 May 2024: notice by 26 Mar, nominations 4pm Fri 5 Apr, SoPN by 4pm
    /// Mon 8 Apr, notice of poll by 24 Apr) and guidance for PCC candidates ("SoPN by no later than
    /// 4pm, 18 working days before the poll"); Gwynedd Council's 2024 key dates for North Wales
    /// (withdrawals and agents 4pm Fri 5 Apr). The DemocracyClub library's 18 is its SoPN date, which
    /// an earlier version of this table took for close of nominations.
    ///
    /// Photo ID applies to PCC polls in Wales as well as England (a reserved election): the EC's
    /// 2024 handbook covers all 38 force areas of England and Wales with one VAC deadline.
    static func policeAndCrimeCommissioner(in nation: Nation) -> [DeadlineRule] {
        var rules = [DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(25), source: Citation.pcc)]
        rules += CommonRules.nominations(closing: 19, source: Citation.pcc, sameDayConfirmed: true)
        rules.append(
            DeadlineRule(
                .sopnPublication, .workingDaysBeforePoll(18), at: DeadlineTime.nominations, source: Citation.pcc))
        rules += CommonRules.voterDeadlines(in: nation, voterIDFrom: nation == .england ? RuleDates.voterIDLocal : nil)
        if nation == .wales {
            rules.append(
                DeadlineRule(
                    .vacApplication, .workingDaysBeforePoll(6), at: DeadlineTime.absentVotes, role: .absentVoting,
                    from: RuleDates.voterIDLocal,
                    source: Citation.voterID + "; Electoral Commission PCC media handbook 2024 (England and Wales)"))
        }
        rules.append(DeadlineRule(.noticeOfPoll, .workingDaysBeforePoll(6), source: Citation.pcc))
        rules.append(CommonRules.agents(source: Citation.pccAgents, confirmed: true))
        rules += CommonRules.pollingDay(in: nation)
        rules += CommonRules.spendingReturns()
        return rules
    }

    /// Greater London Authority (Mayor of London and London Assembly): notice of election 30,
    /// nominations, withdrawals and election agents 4pm 24, SoPN 4pm 22, notice of poll 6,
    /// polling and counting agents 5 working days.
    ///
    /// Sources: Greater London Authority Elections Rules 2007 (SI 2007/3541) as amended by
    /// SI 2016/24; London Elects, "Statutory notices and elections timetable" for 2 May 2024
    /// (notice 19 Mar; nominations, withdrawals and agents 4pm Wed 27 Mar, "24 days (4pm)"; SoPN
    /// "not later than 22 days (4pm)", 2 Apr; notice of poll by 24 Apr). The DemocracyClub
    /// library's 22 is the SoPN deadline, which an earlier version of this table took for close of
    /// nominations.
    static func greaterLondonAuthority() -> [DeadlineRule] {
        var rules = [DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(30), source: Citation.gla)]
        rules += CommonRules.nominations(closing: 24, source: Citation.gla, sameDayConfirmed: true)
        rules.append(
            DeadlineRule(
                .sopnPublication, .workingDaysBeforePoll(22), at: DeadlineTime.nominations, source: Citation.gla))
        rules += CommonRules.voterDeadlines(in: .england, voterIDFrom: RuleDates.voterIDLocal)
        rules.append(DeadlineRule(.noticeOfPoll, .workingDaysBeforePoll(6), source: Citation.gla))
        rules.append(CommonRules.agents(source: Citation.glaAgents, confirmed: true))
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

    /// City of London ward elections (Wardmote rules, not read; DemocracyClub library and
    /// published dates): nominations 17 working days, SoPN 15 (candidates may withdraw for a day
    /// after nominations close), counted without the City's Easter and Christmas breaks;
    /// registration by the 30 November qualifying date.
    ///
    /// The notice of election is put at 22 working days, provisional: the City published its
    /// notices 22 working days before the poll in July 2022 (aldermanic) and March 2025 (Common
    /// Council), later than the 25 an earlier version of this table assumed from council rules,
    /// which cannot be the legal latest day. The SoPN was published 15 working days before the 2022
    /// poll, as the domain notes (§3h) give; the DemocracyClub library's 16 is the day it becomes
    /// final after withdrawals, which an earlier version used.
    static func cityOfLondon() -> [DeadlineRule] {
        let unconfirmed = "Assumed as at other English local elections (UNCONFIRMED for the City of London)"
        var rules = [
            DeadlineRule(.noticeOfElection, .workingDaysBeforePoll(22), source: Citation.cityOfLondonPublished,
                confirmed: false),
            DeadlineRule(.closeOfNominations, .workingDaysBeforePoll(17), source: Citation.cityOfLondonPublished,
                note: "time of day set by the Town Clerk (noon at the July 2022 aldermanic elections)"),
            DeadlineRule(.withdrawal, .workingDaysAfterCloseOfNominations(1), source: Citation.cityOfLondon,
                confirmed: false, note: "candidates may withdraw for a day after nominations close"),
            DeadlineRule(.sopnPublication, .workingDaysBeforePoll(15), source: Citation.cityOfLondonPublished,
                confirmed: false, note: "after the day allowed for withdrawals"),
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
