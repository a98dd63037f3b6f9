import RosetteCore

@testable import Elections

/// UK general elections.
enum GeneralElectionVectors {
    static let all: [PublishedTimetable] = [
        // Electoral Commission, GE 12 Dec 2019 (timetables.md §1): notice of election 11 Nov,
        // nominations 14 Nov, registration and postal 26 Nov; St Andrew's Day substitute (2 Dec)
        // skipped UK-wide for the timetable but not for registration. The DemocracyClub library's
        // tests agree on the SoPN (14 Nov) and the postal deadline.
        PublishedTimetable(
            name: "UK general election 2019",
            request: TimetableRequest(kind: .ukParliament, pollDate: day("2019-12-12")),
            expected: [
                .noticeOfElection: "2019-11-11", .closeOfNominations: "2019-11-14", .sopnPublication: "2019-11-14",
                .registration: "2019-11-26", .postalVoteApplication: "2019-11-26",
            ],
            absent: [.vacApplication]),
        // Electoral Commission, GE 4 Jul 2024 timetable: nominations 7 Jun, registration 18 Jun,
        // postal 19 Jun, proxy and VAC 26 Jun.
        PublishedTimetable(
            name: "UK general election 2024",
            request: TimetableRequest(kind: .ukParliament, pollDate: day("2024-07-04")),
            expected: [
                .closeOfNominations: "2024-06-07", .registration: "2024-06-18", .postalVoteApplication: "2024-06-19",
                .proxyApplication: "2024-06-26", .vacApplication: "2024-06-26",
            ]),
        // Electoral Commission NI press release, GE 4 Jul 2024: absent votes by 5pm 14 Jun 2024.
        PublishedTimetable(
            name: "UK general election 2024, Northern Ireland",
            request: TimetableRequest(
                kind: .ukParliament, nation: .northernIreland, pollDate: day("2024-07-04"), isGeneralElection: true),
            expected: [.postalVoteApplication: "2024-06-14", .proxyApplication: "2024-06-14"],
            absent: [.vacApplication]),
        // GE 8 Jun 2017: SoPN 11 May in every nation (DemocracyClub library tests, reference
        // elections parl.hemel-hempstead / aberavon / na-h-eileanan-an-iar / belfast-east); polling
        // agents 1 Jun (RO briefing, candidates-and-royal-mail.md §2.1). Spring bank holiday skipped.
        PublishedTimetable(
            name: "UK general election 2017, England",
            request: TimetableRequest(
                kind: .ukParliament, nation: .england, pollDate: day("2017-06-08"), isGeneralElection: true),
            expected: [.sopnPublication: "2017-05-11", .pollingAndCountingAgents: "2017-06-01"]),
        PublishedTimetable(
            name: "UK general election 2017, Wales",
            request: TimetableRequest(
                kind: .ukParliament, nation: .wales, pollDate: day("2017-06-08"), isGeneralElection: true),
            expected: [.sopnPublication: "2017-05-11"]),
        PublishedTimetable(
            name: "UK general election 2017, Scotland",
            request: TimetableRequest(
                kind: .ukParliament, nation: .scotland, pollDate: day("2017-06-08"), isGeneralElection: true),
            expected: [.sopnPublication: "2017-05-11"]),
        PublishedTimetable(
            name: "UK general election 2017, Northern Ireland",
            request: TimetableRequest(
                kind: .ukParliament, nation: .northernIreland, pollDate: day("2017-06-08"), isGeneralElection: true),
            expected: [.sopnPublication: "2017-05-11"]),
    ]
}
