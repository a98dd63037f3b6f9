import RosetteCore

@testable import Elections

/// Scotland, Wales and Northern Ireland published timetables.
enum DevolvedVectors {
    static let all: [PublishedTimetable] = [
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
        // Electoral Commission press release, NI Assembly election 5 May 2022: absent votes by
        // 5pm 12 Apr 2022 (timetables.md §3f). Easter and early May skipped on the NI calendar.
        PublishedTimetable(
            name: "NI Assembly 2022",
            request: TimetableRequest(kind: .niAssembly, pollDate: day("2022-05-05")),
            expected: [.postalVoteApplication: "2022-04-12", .proxyApplication: "2022-04-12"],
            absent: [.vacApplication]),
        // Electoral Commission press release, NI Assembly election 2 Mar 2017: absent votes by 10 Feb.
        PublishedTimetable(
            name: "NI Assembly 2017",
            request: TimetableRequest(kind: .niAssembly, nation: .northernIreland, pollDate: day("2017-03-02")),
            expected: [.postalVoteApplication: "2017-02-10"]),
        // Electoral Commission press release, NI council elections 18 May 2023: absent votes by
        // 26 Apr 2023; the window holds the coronation bank holiday (8 May 2023).
        PublishedTimetable(
            name: "NI councils 2023 (coronation)",
            request: TimetableRequest(kind: .local, nation: .northernIreland, pollDate: day("2023-05-18")),
            expected: [.postalVoteApplication: "2023-04-26"],
            absent: [.vacApplication]),
    ]
}
