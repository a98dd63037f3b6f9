/// The sources the rule tables cite, one constant per publication so the tables stay readable.
/// Confidence marks follow the domain notes: [C] confirmed, [S] secondary, [U] unconfirmed.
enum Citation {
    static let ukpByElection =
        "RPA 1983 Sch 1 r.1; Erskine May para 2.7; Electoral Commission guidance for (Acting) Returning Officers and candidates at UK Parliamentary by-elections"
    static let ukpGeneralElection =
        "RPA 1983 Sch 1 r.1; Electoral Commission UK Parliamentary general election timetable 2024; House of Commons Library SN06609"
    static let ecCandidateByElection =
        "Electoral Commission, candidates at UK Parliamentary by-elections: nominations close 4pm, 19 working days before the poll (the (A)RO may fix 17 to 19)"
    static let ukpAgents =
        "RPA 1983 Sch 1 r.30 as believed (UNCONFIRMED, open-questions.md item 3); 5 working days in every published RO timetable"
    static let registration = "RPA 1983 s.13B; RPR 2001 reg 29(4); Electoral Commission"
    static let absentVotesGB = "RPR 2001 reg 56(1)-(2); Electoral Commission postal and proxy deadlines"
    static let emergencyProxy = "RPR 2001 reg 56; Electoral Commission (emergency proxy until 5pm on polling day)"
    static let voterID = "Voter Identification Regulations 2022 (SI 2022/1382); Elections Act 2022"
    static let absentVotesNI =
        "Electoral Commission NI press releases (NIA 2017, NIA 2022, NI locals 2023, GE 2024); RPR (NI) 2008 reg 61 per DemocracyClub library"
    static let emergencyProxyNI = "Assumed as in Great Britain (UNCONFIRMED for Northern Ireland)"
    static let spendingReturn =
        "RPA 1983 s.81 and s.119(1)(a); Electoral Commission guidance 'Candidates' election spending'"
    static let candidateDeclaration = "RPA 1983 s.82; Electoral Commission 'Deadlines'"
    static let englishLocal =
        "Local Elections (Principal Areas) (England and Wales) Rules 2006 (SI 2006/3304) Sch 2 r.1, as amended by SI 2014/494; Electoral Commission RO guidance"
    static let englishLocalAgents = "RO timetables (Stroud DC 2025; ALDC 2019): 5th working day before the poll [S]"
    static let welshLocal =
        "Local Elections (Principal Areas) (Wales) Rules 2021 (WSI 2021/1459); offsets as published by Welsh councils (UNCONFIRMED, open-questions.md item 2)"
    static let welshAgents = "WSI 2021/1459 Sch 1 r.33(8): fifth day before the poll, disregarding excluded days"
    static let parish =
        "Local Elections (Parishes and Communities) (England and Wales) Rules 2006 (SI 2006/3305) as amended by SI 2014/492 art.3"
    static let parishTimetable = "North Yorkshire Council, Nunnington parish by-election timetable, poll 13 Feb 2025 [S]"
    static let parishSpending = "RPA 1983 Sch 4 para 3 ('within 28 days after the day of election'); Electoral Commission 2024 table"
    static let community =
        "Local Elections (Communities) (Wales) Rules 2021 (WSI 2021/1460); offsets as for parishes (UNCONFIRMED, open-questions.md item 2)"
    static let mayor =
        "SI 2007/1024 as amended by SI 2014/370 (local-authority mayors); SI 2017/67 (combined-authority mayors); Electoral Commission; DemocracyClub library"
    static let mayorSOPN =
        "West Midlands Combined Authority Returning Officer's timetable, poll 2 May 2024 (nominations 4pm 5 Apr, SoPN no later than 4pm 8 Apr); Choose Your Mayor (CARO) timetable, poll 6 May 2021 (SoPN not later than 4pm 9 Apr): 18 working days; local-authority mayors by analogy (SI 2014/370 amends their rules as SI 2014/494 does council rules)"
    static let pcc =
        "Police and Crime Commissioner Elections Order 2012 (SI 2012/1917) Sch 3 r.1 as amended (SI 2014/921); Electoral Commission PCC media handbook 2024 and guidance for PCC candidates (nominations 4pm 19 working days, SoPN 4pm 18); Gwynedd Council PCC 2024 key dates"
    static let pccAgents = "Police and Crime Commissioner Elections Order 2012 Sch 3 r.31(7)"
    static let gla =
        "Greater London Authority Elections Rules 2007 (SI 2007/3541) as amended (SI 2016/24); London Elects, 'Statutory notices and elections timetable' (2 May 2024); Electoral Commission GLA guidance"
    static let glaAgents =
        "London Elects 2 May 2024 timetable, as republished by RB Kingston upon Thames: polling and counting agents by 25 Apr 2024 (5 working days)"
    static let scottishLocal =
        "Scottish Local Government Elections Order 2011 (SSI 2011/399) and its explanatory note; Electoral Commission and RO timetables (Dumfries and Galloway 2022)"
    static let scottishLocalUnconfirmed =
        "SSI 2011/399 r.1-2 as read from EC and RO timetables (UNCONFIRMED, open-questions.md item 5)"
    static let scottishParliament = "Scottish Parliament (Elections etc.) Order 2015 (SSI 2015/425) Sch 2 Pt 1"
    static let senedd = "DemocracyClub library (Senedd Cymru)"
    static let seneddClose =
        "DemocracyClub library (Senedd Cymru), whose 19 working days is labelled a SoPN date; not yet checked against the National Assembly for Wales (Representation of the People) Order 2007 Sch 5 r.1 or an official timetable (UNCONFIRMED)"
    static let niLocal =
        "Electoral Law Act (NI) 1962 Sch 5 r.1(2) as amended by SI 2010/2977 Sch 1 para 45 (notice 25th day; nominations 10am-4pm, closing 1pm on the 16th day; withdrawals within the time for nominations; SoPN 6pm that day if no objections); Electoral Commission NI council elections 2023 timetable"
    static let niAssembly =
        "Northern Ireland Assembly (Elections) Order 2001 as amended (SI 2009/256); Electoral Commission 'Assembly election in Northern Ireland' 2022 timetable (nominations 10am 29 Mar to 1pm 8 Apr; SoPN 6pm 8 Apr if no objections)"
    static let niAssemblyWithdrawal =
        "Believed 'within the time for the delivery of nomination papers' (RPA 1983 Sch 1 r.1 as applied to Assembly elections by the 2001 Order), i.e. 1pm; not read in the Order (UNCONFIRMED)"
    static let niElectionAgent =
        "Assumed the latest time for withdrawals (1pm), as RPA 1983 s.67(1) provides in Great Britain; the NI provision has not been read (UNCONFIRMED)"
    static let cityOfLondon = "City of London Wardmote rules as read by the DemocracyClub library"
    static let cityOfLondonPublished =
        "City of London Wardmote rules; published dates: aldermanic elections 7 Jul 2022 (Livery Committee: notice 7 Jun, nominations noon 14 Jun, SoPN 16 Jun) and Common Council elections 20 Mar 2025 (Walbrook ward members: notice 18 Feb, nominations 25 Feb); the Wardmote book itself has not been read"
    static let assumedSameDayAsNominations =
        "Assumed to be the close of nominations, as at council elections (UNCONFIRMED for this kind)"
    static let assumedAgents = "Assumed 5 working days as at other elections (UNCONFIRMED for this kind)"
    static let referendum = "Local referendum regulations; Electoral Commission; DemocracyClub library"
}
