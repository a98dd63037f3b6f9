import Canvassing
import RosetteCore
import Testing

@Suite struct CanvassSessionTests {
    let today = CalendarDate(iso: "2026-11-25") ?? .earliest

    @Test func validatesTeamQuestionsAndDay() throws {
        let day = try #require(CalendarDate(iso: "2026-11-21"))
        let session = try CanvassSession.validated(
            heldOn: day, area: " Leith LA ", canvassers: ["Aileen", " bashir ", "AILEEN", ""],
            questions: ["support", "Issues", "support"], notes: "  ", today: today)
        #expect(session.area == "Leith LA")
        #expect(session.canvassers == ["Aileen", "bashir"])
        #expect(session.questions == [.support, .issues])
        #expect(session.notes == nil)
    }

    @Test(arguments: [
        ("", ["Ada"], ["support"], "2026-11-21"),  // no area
        ("Leith", [" "], ["support"], "2026-11-21"),  // no canvasser
        ("Leith", ["Ada"], ["shoe-size"], "2026-11-21"),  // unknown question
        ("Leith", ["Ada"], ["support"], "2026-11-26"),  // in the future
    ])
    func refusesWhatCannotBeRight(_ area: String, _ team: [String], _ questions: [String], _ day: String) throws {
        let date = try #require(CalendarDate(iso: day))
        #expect(throws: InvalidInput.self) {
            try CanvassSession.validated(
                heldOn: date, area: area, canvassers: team, questions: questions, notes: nil, today: today)
        }
    }
}
