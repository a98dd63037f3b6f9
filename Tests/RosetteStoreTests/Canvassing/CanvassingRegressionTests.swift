import Foundation
import Canvassing
import RosetteCore
import RosetteStore
import Testing

/// Regression tests for the canvassing defects QA found (numbered as in the QA report).
@Suite struct CanvassingRegressionTests {
    let db: AppDatabase
    var canvass: CanvassRepository { CanvassRepository(db, actor: Actor("test")) }
    var register: RegisterRepository { RegisterRepository(db, actor: Actor("test")) }
    let mayPoll = CalendarDate(iso: "2026-05-07") ?? .earliest

    init() throws { db = try AppDatabase.inMemory() }

    func number(_ text: String) throws -> RegisterNumber { try RegisterNumber(parsing: text) }

    /// 2: a May 2026 poll used the 2025-26 numbers, whatever edition was imported since.
    @Test func turnoutUsesTheEditionInForceOnThePollDay() throws {
        try RegisterFixture.load(db, Array(RegisterFixture.rows.prefix(2)), edition: "2025-26")
        try RegisterFixture.load(db, edition: "2026-27")
        #expect(throws: CanvassingError.unknownElector("LA-3")) {
            try canvass.recordVoted([try number("LA-3")], on: mayPoll)
        }
        #expect(try canvass.recordVoted([try number("LA-1")], on: mayPoll) == 1)
        let marked = CSVReader(string: "ElectorNumber\nLA-2\n")
        #expect(try canvass.importMarkedRegister(next: { try marked.next() }, pollOn: mayPoll) == 1)
        let later = CSVReader(string: "ElectorNumber\nLA-3\n")
        #expect(
            try canvass.importMarkedRegister(
                next: { try later.next() }, pollOn: mayPoll, edition: try RegisterFixture.edition("2026-27")) == 1)
    }

    @Test func turnoutForAnEditionNotLoadedIsRefused() throws {
        try RegisterFixture.load(db, edition: "2026-27")
        let notLoaded = CanvassingError.editionNotLoaded(edition: "2025-26", day: "2026-05-07")
        #expect(throws: notLoaded) { try canvass.recordVoted([try number("LA-1")], on: mayPoll) }
        let marked = CSVReader(string: "ElectorNumber\nLA-1\n")
        #expect(throws: notLoaded) { try canvass.importMarkedRegister(next: { try marked.next() }, pollOn: mayPoll) }
    }
}
