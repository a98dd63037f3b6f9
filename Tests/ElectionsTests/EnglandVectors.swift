import RosetteCore

@testable import Elections

/// England: UK Parliament by-election, principal councils, parishes.
enum EnglandVectors {
    static let all: [PublishedTimetable] = [
        // Halton BC, "Information for potential candidates", Runcorn & Helsby UKP by-election
        // (timetables.md §3a). Easter 18 and 21 Apr 2025 skipped, Maundy Thursday counted.
        PublishedTimetable(
            name: "Runcorn & Helsby by-election 2025",
            request: TimetableRequest(
                kind: .ukParliament, nation: .england, pollDate: day("2025-05-01"),
                closeOfNominations: day("2025-04-02")),
            expected: [
                .noticeOfElection: "2025-03-28", .closeOfNominations: "2025-04-02", .withdrawal: "2025-04-02",
                .electionAgentAppointment: "2025-04-02", .sopnPublication: "2025-04-02",
                .registration: "2025-04-11", .postalVoteApplication: "2025-04-14", .proxyApplication: "2025-04-23",
                .vacApplication: "2025-04-23", .poll: "2025-05-01", .latestPoll: "2025-05-01",
                .earliestPoll: "2025-04-29",
            ]),
        // Stroud DC "Elections Timetable", poll 1 May 2025 (timetables.md §3b; Easter inside).
        PublishedTimetable(
            name: "Stroud DC 2025",
            request: TimetableRequest(kind: .local, nation: .england, pollDate: day("2025-05-01")),
            expected: [
                .noticeOfElection: "2025-03-25", .closeOfNominations: "2025-04-02", .registration: "2025-04-11",
                .postalVoteApplication: "2025-04-14", .proxyApplication: "2025-04-23", .vacApplication: "2025-04-23",
                .pollingAndCountingAgents: "2025-04-24",
            ]),
        // Arun DC, "Election timetable 8 September 2022", Felpham and Barnham by-elections
        // (arun.gov.uk/8-september-2022-timetable). Summer bank holiday 29 Aug skipped; no voter ID yet.
        PublishedTimetable(
            name: "Arun DC by-elections 8 Sep 2022",
            request: TimetableRequest(kind: .local, nation: .england, pollDate: day("2022-09-08")),
            expected: [
                .noticeOfElection: "2022-08-03", .closeOfNominations: "2022-08-11", .withdrawal: "2022-08-11",
                .electionAgentAppointment: "2022-08-11", .sopnPublication: "2022-08-12",
                .registration: "2022-08-22", .postalVoteApplication: "2022-08-23", .noticeOfPoll: "2022-08-31",
            ],
            absent: [.vacApplication]),
        // North Yorkshire CC elections 5 May 2022, timeline as published by Harrogate News,
        // 5 Apr 2022. Easter (15, 18 Apr) and early May (2 May) skipped.
        PublishedTimetable(
            name: "North Yorkshire CC 2022",
            request: TimetableRequest(kind: .local, nation: .england, pollDate: day("2022-05-05")),
            expected: [
                .noticeOfElection: "2022-03-28", .closeOfNominations: "2022-04-05", .sopnPublication: "2022-04-06",
                .registration: "2022-04-14", .postalVoteApplication: "2022-04-19", .noticeOfPoll: "2022-04-26",
                .proxyApplication: "2022-04-26", .pollingAndCountingAgents: "2022-04-27",
            ]),
        // North Yorkshire Council, "Hutton Rudby and Osmotherley Division by-election timetable",
        // poll 28 Sep 2023, count on polling night (declared the same day).
        PublishedTimetable(
            name: "Hutton Rudby and Osmotherley 2023",
            request: TimetableRequest(
                kind: .local, nation: .england, pollDate: day("2023-09-28"), declarationDate: day("2023-09-28")),
            expected: [
                .noticeOfElection: "2023-08-23", .closeOfNominations: "2023-09-01",
                .electionAgentAppointment: "2023-09-01", .sopnPublication: "2023-09-04",
                .registration: "2023-09-12", .postalVoteApplication: "2023-09-13", .proxyApplication: "2023-09-20",
                .vacApplication: "2023-09-20", .noticeOfPoll: "2023-09-20", .pollingAndCountingAgents: "2023-09-21",
                .spendingReturn: "2023-11-02",
            ]),
        // Chelsham and Farleigh PC (Tandridge), notice of election for 4 May 2023: the first polls
        // with photo ID in England. Easter 7 and 10 Apr 2023 skipped.
        PublishedTimetable(
            name: "Chelsham and Farleigh parish 2023",
            request: TimetableRequest(kind: .parish, nation: .england, pollDate: day("2023-05-04")),
            expected: [
                .closeOfNominations: "2023-04-04", .registration: "2023-04-17", .postalVoteApplication: "2023-04-18",
                .vacApplication: "2023-04-25", .proxyApplication: "2023-04-25", .emergencyProxy: "2023-05-04",
            ],
            absent: [.electionAgentAppointment, .candidateDeclaration]),
        // North Yorkshire Council, "Election timetable for Nunnington Parish Council by-election",
        // poll 13 Feb 2025 (timetables.md §3d). Spending return 28 days after polling day.
        PublishedTimetable(
            name: "Nunnington parish 2025",
            request: TimetableRequest(kind: .parish, nation: .england, pollDate: day("2025-02-13")),
            expected: [
                .noticeOfElection: "2025-01-09", .closeOfNominations: "2025-01-17", .withdrawal: "2025-01-17",
                .sopnPublication: "2025-01-20", .registration: "2025-01-28", .postalVoteApplication: "2025-01-29",
                .vacApplication: "2025-02-05", .noticeOfPoll: "2025-02-05", .proxyApplication: "2025-02-05",
                .pollingAndCountingAgents: "2025-02-06", .spendingReturn: "2025-03-13",
            ],
            absent: [.electionAgentAppointment]),
        // Solihull MBC, "Dickens Heath Parish Council by-election", poll 7 Apr 2022.
        PublishedTimetable(
            name: "Dickens Heath parish 2022",
            request: TimetableRequest(kind: .parish, nation: .england, pollDate: day("2022-04-07")),
            expected: [
                .noticeOfElection: "2022-03-03", .closeOfNominations: "2022-03-11", .sopnPublication: "2022-03-14",
                .registration: "2022-03-22", .postalVoteApplication: "2022-03-23", .noticeOfPoll: "2022-03-30",
                .proxyApplication: "2022-03-30", .pollingAndCountingAgents: "2022-03-31",
                .spendingReturn: "2022-05-05",
            ]),
        // Stroud DC, "Whiteshill Parish Council By-Election Timetable", poll 7 Jul 2022. The window
        // holds the Platinum Jubilee (2 and 3 Jun 2022): the statutory latest notice of election is
        // 31 May (the RO published on 30 May, within it).
        PublishedTimetable(
            name: "Whiteshill parish 2022 (Platinum Jubilee)",
            request: TimetableRequest(kind: .parish, nation: .england, pollDate: day("2022-07-07")),
            expected: [
                .noticeOfElection: "2022-05-31", .closeOfNominations: "2022-06-10", .registration: "2022-06-21",
                .postalVoteApplication: "2022-06-22", .proxyApplication: "2022-06-29",
                .emergencyProxy: "2022-07-07",
            ]),
        // Hednesford Town Council, "13th June By-Election in Hednesford" (Pye Green ward), poll
        // 13 Jun 2024. Spring bank holiday 27 May skipped.
        PublishedTimetable(
            name: "Hednesford Pye Green parish 2024",
            request: TimetableRequest(kind: .parish, nation: .england, pollDate: day("2024-06-13")),
            expected: [
                .noticeOfElection: "2024-05-08", .closeOfNominations: "2024-05-16", .sopnPublication: "2024-05-17",
                .registration: "2024-05-28", .postalVoteApplication: "2024-05-29", .vacApplication: "2024-06-05",
                .noticeOfPoll: "2024-06-05", .proxyApplication: "2024-06-05", .pollingAndCountingAgents: "2024-06-06",
                .spendingReturn: "2024-07-11",
            ]),
        // North Yorkshire Council, "Election timetable North Ward Skipton Town Council election",
        // poll Wednesday 20 Nov 2024 (not a Thursday).
        PublishedTimetable(
            name: "Skipton North parish 2024 (Wednesday poll)",
            request: TimetableRequest(kind: .parish, nation: .england, pollDate: day("2024-11-20")),
            expected: [
                .noticeOfElection: "2024-10-16", .closeOfNominations: "2024-10-24", .sopnPublication: "2024-10-25",
                .registration: "2024-11-04", .postalVoteApplication: "2024-11-05", .proxyApplication: "2024-11-12",
                .vacApplication: "2024-11-12", .noticeOfPoll: "2024-11-12", .pollingAndCountingAgents: "2024-11-13",
                .spendingReturn: "2024-12-18",
            ]),
        // London Elects, "Statutory notices and elections timetable", Mayor of London and London
        // Assembly, poll 2 May 2024 (londonelects.org.uk; Greater London Authority Elections Rules
        // 2007, SI 2007/3541, as amended). Nominations, withdrawals and agents 4pm on the 24th
        // working day (27 Mar), SoPN by 4pm on the 22nd (2 Apr), notice of poll by 24 Apr. Polling
        // and counting agents 25 Apr as republished by RB Kingston upon Thames. Easter 29 Mar and
        // 1 Apr skipped.
        PublishedTimetable(
            name: "GLA 2024 (London Elects)",
            request: TimetableRequest(kind: .gla, pollDate: day("2024-05-02")),
            expected: [
                .noticeOfElection: "2024-03-19", .closeOfNominations: "2024-03-27", .withdrawal: "2024-03-27",
                .electionAgentAppointment: "2024-03-27", .sopnPublication: "2024-04-02",
                .registration: "2024-04-16", .postalVoteApplication: "2024-04-17", .proxyApplication: "2024-04-24",
                .vacApplication: "2024-04-24", .noticeOfPoll: "2024-04-24", .pollingAndCountingAgents: "2024-04-25",
            ]),
        // Electoral Commission, "Police and Crime Commissioner & Police, Fire and Crime Commissioner
        // elections in England and Wales media handbook", poll 2 May 2024: notice by 26 Mar,
        // nominations 4pm Fri 5 Apr (19 working days), SoPN by 4pm Mon 8 Apr (18), notice of poll
        // by 24 Apr (SI 2012/1917 as amended by SI 2014/921).
        PublishedTimetable(
            name: "PCC England 2024 (EC media handbook)",
            request: TimetableRequest(kind: .pcc, nation: .england, pollDate: day("2024-05-02")),
            expected: [
                .noticeOfElection: "2024-03-26", .closeOfNominations: "2024-04-05", .withdrawal: "2024-04-05",
                .electionAgentAppointment: "2024-04-05", .sopnPublication: "2024-04-08",
                .registration: "2024-04-16", .postalVoteApplication: "2024-04-17", .proxyApplication: "2024-04-24",
                .vacApplication: "2024-04-24", .noticeOfPoll: "2024-04-24",
            ]),
        // Gwynedd Council, "Police and Crime Commissioner election – 2 May 2024", key dates for the
        // North Wales police area: nominations until 4pm Fri 5 Apr, withdrawals and election agents
        // 4pm 5 Apr, SoPN by 4pm Mon 8 Apr. The council published its notice on 25 Mar, within the
        // statutory latest day (26 Mar) checked here. VAC 24 Apr: the EC handbook's deadline for
        // every force area in England and Wales.
        PublishedTimetable(
            name: "PCC Wales 2024 (Gwynedd, North Wales)",
            request: TimetableRequest(kind: .pcc, nation: .wales, pollDate: day("2024-05-02")),
            expected: [
                .noticeOfElection: "2024-03-26", .closeOfNominations: "2024-04-05", .withdrawal: "2024-04-05",
                .electionAgentAppointment: "2024-04-05", .sopnPublication: "2024-04-08",
                .vacApplication: "2024-04-24", .noticeOfPoll: "2024-04-24",
            ]),
        // West Midlands Combined Authority Returning Officer, "Timetable and notices", mayoral
        // election 2 May 2024: nominations and election agents 4pm Fri 5 Apr (19 working days),
        // SoPN no later than 4pm Mon 8 Apr (18), registration 16 Apr, postal 5pm 17 Apr, VAC 5pm
        // 24 Apr, notice of poll by 24 Apr. The CARO published its notice of election on 21 Mar,
        // before the statutory latest day (26 Mar) checked here. Easter 29 Mar and 1 Apr skipped.
        PublishedTimetable(
            name: "West Midlands mayor 2024",
            request: TimetableRequest(kind: .mayor, pollDate: day("2024-05-02")),
            expected: [
                .noticeOfElection: "2024-03-26", .closeOfNominations: "2024-04-05",
                .electionAgentAppointment: "2024-04-05", .sopnPublication: "2024-04-08",
                .registration: "2024-04-16", .postalVoteApplication: "2024-04-17", .vacApplication: "2024-04-24",
                .noticeOfPoll: "2024-04-24",
            ]),
        // Choose Your Mayor (combined authority returning officer), timetable for 6 May 2021:
        // notice 29 Mar, nominations, withdrawals and agents 4pm Thu 8 Apr, SoPN not later than
        // 4pm Fri 9 Apr, registration 19 Apr, postal 5pm 20 Apr, proxy 5pm 27 Apr.
        PublishedTimetable(
            name: "Combined authority mayor 2021",
            request: TimetableRequest(kind: .mayor, pollDate: day("2021-05-06")),
            expected: [
                .noticeOfElection: "2021-03-29", .closeOfNominations: "2021-04-08", .withdrawal: "2021-04-08",
                .sopnPublication: "2021-04-09", .registration: "2021-04-19", .postalVoteApplication: "2021-04-20",
                .proxyApplication: "2021-04-27",
            ],
            absent: [.vacApplication]),
        // City of London Livery Committee, "July 2022 Aldermanic Elections timeframe", Bridge and
        // Walbrook wards, poll 7 Jul 2022: notice 7 Jun (22 working days), nominations noon 14 Jun
        // (17), SoPN 16 Jun (15), postal 5pm 22 Jun, proxy 5pm 29 Jun. Registration: the 30 Nov
        // 2021 qualifying date.
        PublishedTimetable(
            name: "City of London aldermanic 2022",
            request: TimetableRequest(kind: .cityOfLondon, pollDate: day("2022-07-07")),
            expected: [
                .noticeOfElection: "2022-06-07", .closeOfNominations: "2022-06-14", .sopnPublication: "2022-06-16",
                .postalVoteApplication: "2022-06-22", .proxyApplication: "2022-06-29", .registration: "2021-11-30",
            ],
            absent: [.vacApplication]),
        // Walbrook ward members (jamesthomson.london, walbrookward.org.uk), "City Elections 2025":
        // Common Council elections 20 Mar 2025, notice of election 18 Feb, close of nominations
        // 25 Feb. (Their postal date, "5 Feb", is before the notice and is not used.) Registration:
        // the 30 Nov 2024 qualifying date.
        PublishedTimetable(
            name: "City of London Common Council 2025",
            request: TimetableRequest(kind: .cityOfLondon, pollDate: day("2025-03-20")),
            expected: [
                .noticeOfElection: "2025-02-18", .closeOfNominations: "2025-02-25", .registration: "2024-11-30",
            ]),
    ]
}
