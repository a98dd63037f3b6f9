import RosetteCore

@testable import Elections

/// Scotland, Wales and Northern Ireland published timetables.
enum DevolvedVectors {
    static let all: [PublishedTimetable] = [
        // Newport City Council, "Local government elections 5 May 2022" timetable (found by an
        // independent audit, not taken from the domain notes). Welsh principal council rules
        // (WSI 2021/1459); no voter ID in Wales.
        PublishedTimetable(
            name: "Newport City Council 2022 (Wales)",
            request: TimetableRequest(kind: .local, nation: .wales, pollDate: day("2022-05-05"), declarationDate: day("2022-05-06")),
            expected: [
                .noticeOfElection: "2022-03-28", .closeOfNominations: "2022-04-05", .sopnPublication: "2022-04-06",
                .registration: "2022-04-14", .postalVoteApplication: "2022-04-19", .noticeOfPoll: "2022-04-26",
                .proxyApplication: "2022-04-26", .pollingAndCountingAgents: "2022-04-27", .spendingReturn: "2022-06-10",
            ],
            absent: [.vacApplication]),
        // The same publication: community councils in Newport, spending return 28 days after polling
        // day moved past the Platinum Jubilee bank holidays (2 and 3 June 2022) to Mon 6 June.
        PublishedTimetable(
            name: "Newport community councils 2022 (Wales, Jubilee)",
            request: TimetableRequest(kind: .parish, nation: .wales, pollDate: day("2022-05-05")),
            expected: [.closeOfNominations: "2022-04-05", .registration: "2022-04-14", .spendingReturn: "2022-06-06"],
            absent: [.vacApplication]),
        // Dumfries and Galloway Council, "Election Timetable", Mid Galloway & Wigtown West
        // by-election, poll 8 Dec 2022 (timetables.md §3e). St Andrew's Day (30 Nov) skipped; the
        // count was on 9 Dec, the spending return due 13 Jan 2023.
        PublishedTimetable(
            name: "Dumfries and Galloway by-election 2022",
            request: TimetableRequest(
                kind: .local, nation: .scotland, pollDate: day("2022-12-08"), declarationDate: day("2022-12-09")),
            expected: [
                .noticeOfElection: "2022-10-28", .closeOfNominations: "2022-11-04", .withdrawal: "2022-11-04",
                .electionAgentAppointment: "2022-11-04", .registration: "2022-11-21",
                .postalVoteApplication: "2022-11-22", .proxyApplication: "2022-11-29",
                .pollingAndCountingAgents: "2022-12-01", .emergencyProxy: "2022-12-08", .spendingReturn: "2023-01-13",
            ],
            absent: [.vacApplication]),
        // Scottish council elections, poll 5 May 2022 (timetables.md §1 and §3e): Easter Monday
        // 18 Apr skipped for nominations (30 Mar) but counted for registration (18 Apr itself).
        PublishedTimetable(
            name: "Scottish councils 2022 (Easter Monday)",
            request: TimetableRequest(kind: .local, nation: .scotland, pollDate: day("2022-05-05")),
            expected: [.closeOfNominations: "2022-03-30", .registration: "2022-04-18"]),
        // Comhairle nan Eilean Siar, "By-Election Timetable", Na Hearadh agus Ceann a Deas nan Loch,
        // poll 8 Oct 2020 (count 9 Oct; spending return 13 Nov 2020).
        PublishedTimetable(
            name: "Eilean Siar by-election 2020",
            request: TimetableRequest(
                kind: .local, nation: .scotland, pollDate: day("2020-10-08"), declarationDate: day("2020-10-09")),
            expected: [
                .closeOfNominations: "2020-09-07", .withdrawal: "2020-09-07", .electionAgentAppointment: "2020-09-07",
                .registration: "2020-09-22", .postalVoteApplication: "2020-09-23", .proxyApplication: "2020-09-30",
                .pollingAndCountingAgents: "2020-10-01", .spendingReturn: "2020-11-13",
            ]),
        // Shetland Islands Council, "Shetland West Ward - By-Election - 17 November 2022" (count
        // 18 Nov). The page gives the proxy deadline as 2 Nov, the postal deadline; every other
        // Scottish timetable has proxies at 6 working days, so proxy is not checked here.
        PublishedTimetable(
            name: "Shetland West by-election 2022",
            request: TimetableRequest(
                kind: .local, nation: .scotland, pollDate: day("2022-11-17"), declarationDate: day("2022-11-18")),
            expected: [
                .closeOfNominations: "2022-10-17", .registration: "2022-11-01", .postalVoteApplication: "2022-11-02",
                .pollingAndCountingAgents: "2022-11-10", .spendingReturn: "2022-12-23",
            ]),
        // Lothian Valuation Joint Board, "Craigentinny/Duddingston by-election 12th November 2020".
        PublishedTimetable(
            name: "Craigentinny/Duddingston by-election 2020",
            request: TimetableRequest(kind: .local, nation: .scotland, pollDate: day("2020-11-12")),
            expected: [
                .registration: "2020-10-27", .postalVoteApplication: "2020-10-28", .proxyApplication: "2020-11-04",
            ]),
        // Electoral Commission, "Assembly election in Northern Ireland" guide, poll 5 May 2022:
        // notice of election Mon 28 Mar (25 working days); nominations 10am Tue 29 Mar to 1pm Fri 8 Apr; SoPN 6pm Fri 8 Apr if no objections;
        // absent votes by 5pm 12 Apr (timetables.md §3f); registration 14 Apr. Easter and early
        // May skipped on the NI calendar. Times of day: DeadlineDetailTests.northernIrelandTimes.
        PublishedTimetable(
            name: "NI Assembly 2022",
            request: TimetableRequest(kind: .niAssembly, pollDate: day("2022-05-05")),
            expected: [
                .noticeOfElection: "2022-03-28", .closeOfNominations: "2022-04-08", .withdrawal: "2022-04-08",
                .sopnPublication: "2022-04-08", .postalVoteApplication: "2022-04-12",
                .proxyApplication: "2022-04-12", .registration: "2022-04-14",
            ],
            absent: [.vacApplication]),
        // Ards and North Down BC, "Notice of Election" and "Nominations", council elections 2 May
        // 2019: nominations "from 10.00am to 1.00pm on Monday 8 April 2019" (16 working days; Easter
        // 19 and 22 Apr skipped on the NI calendar).
        PublishedTimetable(
            name: "NI councils 2019 (Ards and North Down)",
            request: TimetableRequest(kind: .local, nation: .northernIreland, pollDate: day("2019-05-02")),
            expected: [.closeOfNominations: "2019-04-08", .withdrawal: "2019-04-08", .sopnPublication: "2019-04-08"],
            absent: [.vacApplication]),
        // Electoral Commission press release, NI Assembly election 2 Mar 2017: absent votes by 10 Feb.
        PublishedTimetable(
            name: "NI Assembly 2017",
            request: TimetableRequest(kind: .niAssembly, nation: .northernIreland, pollDate: day("2017-03-02")),
            expected: [.postalVoteApplication: "2017-02-10"]),
        // Electoral Commission, "Local council elections in Northern Ireland" guide and press
        // release, poll 18 May 2023: notice by 11 Apr; nominations and withdrawals until 1pm 24 Apr
        // (Ards and North Down BC: "10.00am to 1.00pm on Monday 24 April"); SoPN 6pm 24 Apr if no
        // objections; absent votes by 26 Apr; registration 28 Apr. The window holds the coronation
        // bank holiday (8 May).
        PublishedTimetable(
            name: "NI councils 2023 (coronation)",
            request: TimetableRequest(kind: .local, nation: .northernIreland, pollDate: day("2023-05-18")),
            expected: [
                .noticeOfElection: "2023-04-11", .closeOfNominations: "2023-04-24", .withdrawal: "2023-04-24",
                .sopnPublication: "2023-04-24", .postalVoteApplication: "2023-04-26", .registration: "2023-04-28",
            ],
            absent: [.vacApplication]),
    ]
}
