import RosetteCore
import Testing

@testable import Elections

/// Times of day, titles, rules and sources carried by each deadline (timetables.md §1, "Times of
/// day"), and the absence of spurious provisional flags.
@Suite struct DeadlineDetailTests {
    @Test func timesOfDay() throws {
        let byElection = try TimetableEngine.timetable(
            for: TimetableRequest(
                kind: .ukParliament, nation: .england, pollDate: day("2025-05-01"),
                closeOfNominations: day("2025-04-02")))
        let expected: [DeadlineKey: String?] = [
            .noticeOfElection: "16:00", .closeOfNominations: "16:00", .withdrawal: "16:00",
            .electionAgentAppointment: "16:00", .sopnPublication: "17:00", .registration: "23:59",
            .postalVoteApplication: "17:00", .proxyApplication: "17:00", .vacApplication: "17:00",
            .emergencyProxy: "17:00", .pollingAndCountingAgents: nil,
        ]
        for (key, time) in expected { #expect(byElection[key]?.time == time, "\(key.rawValue)") }

        let council = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .local, nation: .england, pollDate: day("2025-05-01")))
        #expect(council[.noticeOfElection]?.time == nil)
        #expect(council[.sopnPublication]?.time == "16:00")
    }

    /// A fully confirmed timetable (Stroud 2025 with its declaration) has no provisional date.
    @Test func confirmedTimetableIsNotProvisional() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(
                kind: .local, nation: .england, pollDate: day("2025-05-01"), declarationDate: day("2025-05-02")))
        #expect(!timetable.provisional, "\(timetable.deadlines.filter(\.provisional).map(\.key.rawValue))")
        #expect(timetable.warnings.isEmpty, "\(timetable.warnings)")
    }

    @Test func everyDeadlineCarriesTitleRuleAndSource() throws {
        for kind in ElectionKind.allCases {
            let nation = kind.validNations.sorted { $0.rawValue < $1.rawValue }.first
            let timetable = try TimetableEngine.timetable(
                for: TimetableRequest(kind: kind, nation: nation, pollDate: day("2025-05-01")))
            for deadline in timetable.deadlines {
                #expect(!deadline.title.isEmpty && !deadline.rule.isEmpty && !deadline.source.isEmpty)
                #expect(deadline.provisional == !deadline.provisionalReasons.isEmpty)
            }
        }
    }

    @Test func rulesInWords() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .pcc, nation: .england, pollDate: day("2024-05-02")))
        #expect(timetable[.closeOfNominations]?.rule == "19 working days before polling day")
        #expect(timetable[.sopnPublication]?.rule == "18 working days before polling day")
        #expect(timetable[.spendingReturn]?.rule.hasPrefix("35 calendar days after the result is declared") == true)
        #expect(timetable[.vacApplication]?.source.contains("SI 2022/1382") == true)
    }

    /// Northern Ireland: nominations and withdrawals close at 1pm and the SoPN is published at 6pm
    /// the same day if there are no objections (Electoral Law Act (NI) 1962 Sch 5 r.1(2) as amended
    /// by SI 2010/2977; EC NI Assembly 2022 guide: "From 10am Tuesday 29 March - 1pm on Friday
    /// 8 April", SoPN "6pm on Friday 8 April (if no objections)"; EC NI councils 2023 guide and
    /// Ards and North Down BC 2019 and 2023: "10.00am to 1.00pm on Monday").
    @Test(arguments: [
        (ElectionKind.niAssembly, "2022-05-05", "2022-04-08"),
        (ElectionKind.local, "2019-05-02", "2019-04-08"),
        (ElectionKind.local, "2023-05-18", "2023-04-24"),
    ])
    func northernIrelandTimes(kind: ElectionKind, poll: String, close: String) throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(kind: kind, nation: .northernIreland, pollDate: day(poll)))
        #expect(timetable[.closeOfNominations]?.date == day(close))
        #expect(timetable[.closeOfNominations]?.time == "13:00")
        #expect(timetable[.withdrawal]?.time == "13:00")
        #expect(timetable[.electionAgentAppointment]?.time == "13:00")
        #expect(timetable[.sopnPublication]?.date == day(close))
        #expect(timetable[.sopnPublication]?.time == "18:00")
        #expect(timetable[.sopnPublication]?.rule.contains("if there are no objections") == true)
        #expect(timetable[.closeOfNominations]?.provisional == false)
        #expect(timetable[.sopnPublication]?.provisional == false)
        // Confirmed in the council rules' text; assumed for the Assembly and for agents.
        #expect(timetable[.withdrawal]?.provisional == (kind == .niAssembly))
        #expect(timetable[.electionAgentAppointment]?.provisional == true)
    }

    /// Scottish Parliament SoPN (SSI 2015/425 Sch 2 Pt 1 r.1): "at the close of the time" for
    /// objections (the hour after the 4pm close) if there are none, otherwise within 24 hours of the
    /// close. Shown as the UK Parliament SoPN is: 5pm on the day nominations close, the objections
    /// case in the rule text.
    @Test func scottishParliamentSOPNFollowsTheUKParliamentPattern() throws {
        let scottish = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .scottishParliament, pollDate: day("2026-05-07")))
        let byElection = try TimetableEngine.timetable(
            for: TimetableRequest(
                kind: .ukParliament, nation: .england, pollDate: day("2025-05-01"),
                closeOfNominations: day("2025-04-02")))
        for timetable in [scottish, byElection] {
            let sopn = try #require(timetable[.sopnPublication])
            #expect(sopn.date == timetable[.closeOfNominations]?.date)
            #expect(sopn.time == "17:00")
            #expect(sopn.rule.hasPrefix("the day nominations close; if there are no objections; if there are,"))
        }
        #expect(scottish[.sopnPublication]?.provisional == false)
        #expect(scottish[.withdrawal]?.provisional == false)
    }

    /// 6 May 2021 (Scottish General Election (Coronavirus) Act 2021): only new postal applications
    /// closed at 21 working days; the row says so, and other years keep the usual title.
    @Test func scottishParliament2021PostalRowTitle() throws {
        let covid = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .scottishParliament, pollDate: day("2021-05-06")))
        #expect(covid[.postalVoteApplication]?.title.hasPrefix("New postal vote applications") == true)
        #expect(covid[.postalVoteApplication]?.rule.contains("changes to existing postal or proxy votes: 11 working days") == true)
        let normal = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .scottishParliament, pollDate: day("2026-05-07")))
        #expect(normal[.postalVoteApplication]?.title == DeadlineKey.postalVoteApplication.title)
    }
}
