import RosetteCore
import Testing

@testable import Elections

/// Timetables for kinds and windows with no published timetable in the notes: every date here is
/// counted by hand from the offsets in timetables.md (section cited per vector) on the gov.uk
/// calendar, so the test pins the engine to the documented rule. Where a date is also known from
/// an Electoral Commission publication the comment says so.
@Suite struct RuleDerivedTimetableTests {
    static let vectors: [PublishedTimetable] = [
        // §3c Senedd, poll 6 May 2021 (Easter Monday 5 Apr is an E&W bank holiday); no VAC.
        PublishedTimetable(
            name: "Senedd 2021",
            request: TimetableRequest(kind: .senedd, pollDate: day("2021-05-06")),
            expected: [
                .noticeOfElection: "2021-03-29", .closeOfNominations: "2021-04-08", .registration: "2021-04-19",
                .postalVoteApplication: "2021-04-20",
            ],
            absent: [.vacApplication]),
        // §3e/§3h Scottish Parliament 6 May 2021: postal 21 wd for that poll only; Easter Monday
        // skipped in the timetable (nominations) but not for registration or absent votes.
        PublishedTimetable(
            name: "Scottish Parliament 2021",
            request: TimetableRequest(kind: .scottishParliament, pollDate: day("2021-05-06")),
            expected: [
                .noticeOfElection: "2021-03-24", .closeOfNominations: "2021-03-31", .sopnPublication: "2021-03-31",
                .postalVoteApplication: "2021-04-06", .registration: "2021-04-19", .proxyApplication: "2021-04-27",
            ],
            absent: [.vacApplication]),
        // Scottish Parliament 7 May 2026: postal back to 11 wd; Easter Monday 6 Apr skipped for
        // nominations only.
        PublishedTimetable(
            name: "Scottish Parliament 2026",
            request: TimetableRequest(kind: .scottishParliament, nation: .scotland, pollDate: day("2026-05-07")),
            expected: [
                .closeOfNominations: "2026-04-01", .registration: "2026-04-20", .postalVoteApplication: "2026-04-21",
            ]),
        // §3c Welsh principal council 5 May 2022 (offsets unconfirmed, so provisional); no VAC.
        PublishedTimetable(
            name: "Welsh council 2022",
            request: TimetableRequest(kind: .local, nation: .wales, pollDate: day("2022-05-05")),
            expected: [.closeOfNominations: "2022-04-05", .pollingAndCountingAgents: "2022-04-27"],
            absent: [.vacApplication]),
        // §3d Welsh community council: no election agent, no VAC. The spending return falls 28 days
        // after the poll on Thu 2 Jun 2022, the moved spring bank holiday, then the Jubilee and a
        // weekend: it rolls to Mon 6 Jun (RPA s.119(1)(a)).
        PublishedTimetable(
            name: "Welsh community council 2022",
            request: TimetableRequest(kind: .parish, nation: .wales, pollDate: day("2022-05-05")),
            expected: [.closeOfNominations: "2022-04-05", .spendingReturn: "2022-06-06"],
            absent: [.vacApplication, .electionAgentAppointment]),
        // §3h referendum: voters' deadlines only.
        PublishedTimetable(
            name: "Referendum England 2025",
            request: TimetableRequest(kind: .referendum, nation: .england, pollDate: day("2025-05-01")),
            expected: [
                .registration: "2025-04-11", .postalVoteApplication: "2025-04-14", .proxyApplication: "2025-04-23",
                .vacApplication: "2025-04-23",
            ],
            absent: [.noticeOfElection, .closeOfNominations, .sopnPublication, .spendingReturn]),
        PublishedTimetable(
            name: "Referendum Scotland 2025",
            request: TimetableRequest(kind: .referendum, nation: .scotland, pollDate: day("2025-05-01")),
            expected: [.registration: "2025-04-14"],
            absent: [.vacApplication, .closeOfNominations]),
        // §3a UKP by-election in Scotland: RPA s.119 counts Scottish bank holidays only, so Easter
        // Monday (21 Apr 2025) is a working day there: registration 14 Apr, not 11 Apr as in England.
        PublishedTimetable(
            name: "UKP by-election Scotland 2025",
            request: TimetableRequest(kind: .ukParliament, nation: .scotland, pollDate: day("2025-05-01")),
            expected: [.registration: "2025-04-14", .vacApplication: "2025-04-23"]),
        // UKP by-election in Wales: photo ID applies (reserved election).
        PublishedTimetable(
            name: "UKP by-election Wales 2025",
            request: TimetableRequest(kind: .ukParliament, nation: .wales, pollDate: day("2025-05-01")),
            expected: [.vacApplication: "2025-04-23"]),
        // UKP by-election in NI: absent votes 14 wd, no VAC.
        PublishedTimetable(
            name: "UKP by-election NI 2025",
            request: TimetableRequest(kind: .ukParliament, nation: .northernIreland, pollDate: day("2025-05-01")),
            expected: [.postalVoteApplication: "2025-04-09", .proxyApplication: "2025-04-09"],
            absent: [.vacApplication]),
        // City of London poll on or before 15 February: qualifying date two years back.
        PublishedTimetable(
            name: "City of London February 2027",
            request: TimetableRequest(kind: .cityOfLondon, nation: .england, pollDate: day("2027-02-11")),
            expected: [.registration: "2025-11-30"]),
        // Christmas window (§1): English council poll 22 Jan 2026; 24, 25, 26 Dec 2025 and 1 Jan
        // 2026 skipped.
        PublishedTimetable(
            name: "Christmas window 2026",
            request: TimetableRequest(kind: .local, nation: .england, pollDate: day("2026-01-22")),
            expected: [
                .noticeOfElection: "2025-12-12", .closeOfNominations: "2025-12-22", .registration: "2026-01-06",
                .postalVoteApplication: "2026-01-07",
            ]),
        // State funeral window: poll 6 Oct 2022; 19 Sep 2022 skipped.
        PublishedTimetable(
            name: "State funeral window 2022",
            request: TimetableRequest(kind: .local, nation: .england, pollDate: day("2022-10-06")),
            expected: [
                .closeOfNominations: "2022-09-08", .registration: "2022-09-20", .postalVoteApplication: "2022-09-21",
            ]),
        // Generated year: NI 2029 (Good Friday 30 Mar, Easter Monday 2 Apr).
        PublishedTimetable(
            name: "NI council 2029 (generated holidays)",
            request: TimetableRequest(kind: .local, nation: .northernIreland, pollDate: day("2029-04-19")),
            expected: [.postalVoteApplication: "2029-03-28", .registration: "2029-04-03"]),
        // Generated year: England 2030 (Good Friday 19 Apr, Easter Monday 22 Apr).
        PublishedTimetable(
            name: "English council 2030 (generated holidays)",
            request: TimetableRequest(kind: .local, nation: .england, pollDate: day("2030-05-02")),
            expected: [.closeOfNominations: "2030-04-03", .registration: "2030-04-12", .postalVoteApplication: "2030-04-15"]),
        // Generated year 2011 with the royal-wedding holiday (29 Apr 2011) added by the user as an
        // extra excluded day: nominations close 4 Apr 2011 (5 Apr without it).
        PublishedTimetable(
            name: "English council 2011 (one-off day added)",
            request: TimetableRequest(
                kind: .local, nation: .england, pollDate: day("2011-05-05"), extraExcludedDays: [day("2011-04-29")]),
            expected: [.closeOfNominations: "2011-04-04"]),
        PublishedTimetable(
            name: "English council 2011 (generated only)",
            request: TimetableRequest(kind: .local, nation: .england, pollDate: day("2011-05-05")),
            expected: [.closeOfNominations: "2011-04-05"]),
    ]

    @Test(arguments: vectors)
    func matchesHandCountedRules(_ vector: PublishedTimetable) throws {
        let timetable = try TimetableEngine.timetable(for: vector.request)
        for (key, iso) in vector.expected.sorted(by: { $0.key.rank < $1.key.rank }) {
            #expect(timetable[key]?.date == day(iso), "\(vector.name): \(key.rawValue)")
        }
        for key in vector.absent {
            #expect(timetable[key] == nil, "\(vector.name): \(key.rawValue) should not exist")
        }
    }

    /// Dates outside the shipped bank-holiday list are provisional and say why.
    @Test(arguments: ["2011-05-05", "2029-05-03", "2030-05-02"])
    func generatedYearsAreProvisional(poll: String) throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .local, nation: .england, pollDate: day(poll)))
        for deadline in timetable.deadlines where deadline.key != .poll && deadline.key != .emergencyProxy {
            #expect(deadline.provisional, "\(deadline.key.rawValue)")
        }
        #expect(timetable.warnings.contains { $0.contains("generated from the recurring rules") })
    }
}
