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
        try RegisterFixture.load(db, edition: "2026-27")  // imported since (a December 2026 day)
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

    /// 3: electors added by a notice of alteration without --ward take their district's ward,
    /// so they stay on `--ward` walk and knock-up lists.
    @Test func addedElectorsInheritTheirDistrictsWard() throws {
        try RegisterFixture.load(db)
        let file = CSVReader(
            string: """
                ElectorNumber,ElectorSurname,ElectorForename,PropertyAddress1,PropertyPostCode,Alteration
                LA-7,New,Nia,5 Leith Walk,EH6 5AB,A
                LZ-1,Far,Away,1 Other Road,EH1 1AA,A
                """)
        _ = try register.applyAlterations(
            next: { try file.next() }, edition: nil, ward: nil, today: CalendarDate(iso: "2026-12-01") ?? .earliest)
        #expect(try register.stats().byWard == ["Leith": 7, "": 1])
        let list = try canvass.walkList(WalkListFilter(ward: "Leith")).entries
        #expect(list.contains { $0.number.normalised == "LA-7" })
    }

    /// 4: `--ward leith` found nobody and an unknown ward or district returned an empty list.
    @Test func wardsMatchWhateverTheCaseAndUnknownAreasAreRefused() throws {
        try RegisterFixture.load(db)
        try canvass.log(
            try CanvassContact.validated(
                id: ContactID.derived(from: "ward-case"), elector: try number("LA-1"), on: mayPoll, canvasser: "Ada",
                method: .door, outcome: .spoke, support: 1, intention: "ours", previousVote: nil, issues: [],
                message: nil, asks: [], notes: nil))
        #expect(try canvass.walkList(WalkListFilter(ward: "leith")).entries.count == 5)
        #expect(try canvass.walkList(WalkListFilter(ward: " LEITH ", district: "la")).entries.count == 5)
        #expect(try canvass.knockUp(WalkListFilter(ward: "leith"), pollOn: mayPoll).entries.count == 1)
        #expect(try canvass.summary(ward: "leith", district: "la", since: nil).attempts == 1)
        #expect(throws: CanvassingError.unknownWard("Lieth")) { try canvass.walkList(WalkListFilter(ward: "Lieth")) }
        #expect(throws: CanvassingError.unknownDistrict("ZZ")) { try canvass.walkList(WalkListFilter(district: "zz")) }
        #expect(throws: CanvassingError.unknownWard("Lieth")) {
            try canvass.knockUp(WalkListFilter(ward: "Lieth"), pollOn: mayPoll)
        }
        #expect(throws: CanvassingError.unknownDistrict("ZZ")) {
            try canvass.summary(ward: nil, district: "zz", since: nil)
        }
    }

    /// 5: council lists cover districts the party does not hold; those rows are skipped and
    /// counted, and only bad rows in held districts fail the import.
    @Test func listsSkipDistrictsNotHeld() throws {
        try RegisterFixture.load(db, edition: "2025-26")
        var skipped = 0
        let absent = CSVReader(string: "ElectorNumber\nLA-1\nZB-1\nZB-2\n")
        #expect(
            try register.applyAbsentVoters(
                next: { try absent.next() }, kind: .postal, replace: false, edition: nil, skipped: { skipped = $0 }) == 1)
        #expect(skipped == 2)
        let marked = CSVReader(string: "ElectorNumber\nLA-2\nZB-7\n")
        #expect(try canvass.importMarkedRegister(next: { try marked.next() }, pollOn: mayPoll, skipped: { skipped = $0 }) == 1)
        #expect(skipped == 1)
        let bad = CSVReader(string: "ElectorNumber\nLA-99\nZB-7\n")
        #expect(throws: ImportFailure.self) {
            try canvass.importMarkedRegister(next: { try bad.next() }, pollOn: mayPoll)
        }
    }

    /// 6: a second council's file (districts new to the edition) joins the edition; a file
    /// with any district already loaded is still refused whole.
    @Test func aSecondCouncilsDistrictsJoinTheEdition() throws {
        try RegisterFixture.load(db)
        let other = ["MB,1,0,,,Gray,Iona,EH7 4AA,1 Pilrig Street,Edinburgh", "MB,2,0,,,Gray,Ross,EH7 4AA,1 Pilrig Street,Edinburgh"]
        #expect(try RegisterFixture.load(db, other).electors == 2)
        #expect(try register.stats().byDistrict == ["LA": 6, "MB": 2])
        let mixed = ["NC,1,0,,,Lowe,Ena,EH7 5AA,2 Iona Street,Edinburgh", "MB,3,0,,,Gray,Zoe,EH7 4AA,3 Pilrig Street,Edinburgh"]
        #expect(throws: RegisterImportError.districtAlreadyImported(district: "MB", edition: "2025-26")) {
            try RegisterFixture.load(db, mixed)
        }
        #expect(try register.stats().electors == 8)
    }

    /// 7: a second, different attempt under a stored id was dropped as "already recorded".
    @Test func anAttemptIdReusedWithOtherAnswersIsRefused() throws {
        try RegisterFixture.load(db)
        let id = "123e4567-e89b-42d3-a456-426614174000"
        func attempt(_ elector: String, _ outcome: ContactOutcome, support: Int?) throws -> CanvassContact {
            try CanvassContact.validated(
                id: id, elector: try number(elector), on: mayPoll, canvasser: "Ada", method: .door, outcome: outcome,
                support: support, intention: nil, previousVote: nil, issues: [], message: nil, asks: [], notes: nil)
        }
        #expect(try canvass.log(try attempt("LA-1", .spoke, support: 2)))
        #expect(try !canvass.log(try attempt("LA-1", .spoke, support: 2)))  // a resend stays a no-op
        #expect(throws: CanvassingError.conflictingAttempt(id)) { try canvass.log(try attempt("LA-1", .spoke, support: 5)) }
        #expect(throws: CanvassingError.conflictingAttempt(id)) { try canvass.log(try attempt("LA-2", .notIn, support: nil)) }
        let sheet = CSVReader(
            string: "id,elector_number,date,canvasser,outcome,support\n\(id),LA-1,2026-05-07,Ada,spoke,2\n\(id),LA-1,2026-05-07,Ada,spoke,4\n")
        do {
            _ = try canvass.importContacts(next: { try sheet.next() })
            Issue.record("import should fail")
        } catch let failure as ImportFailure {
            #expect(failure.badRows.map(\.line) == [3])
        }
        #expect(try canvass.summary(ward: nil, district: nil, since: nil).support == [2: 1])
    }

    /// 9: `canvass log --on 2027-01-01` was accepted on 2026-11-25.
    @Test func attemptsDatedAfterTodayAreRefused() throws {
        try RegisterFixture.load(db)
        let today = CalendarDate(iso: "2026-11-25") ?? .earliest
        func attempt(on day: String) throws -> CanvassContact {
            try CanvassContact.validated(
                id: ContactID.derived(from: day), elector: try number("LA-1"), on: CalendarDate(iso: day) ?? .earliest,
                canvasser: "Ada", method: .door, outcome: .notIn, support: nil, intention: nil, previousVote: nil,
                issues: [], message: nil, asks: [], notes: nil)
        }
        #expect(throws: CanvassingError.attemptInFuture(elector: "LA-1", on: "2027-01-01", today: "2026-11-25")) {
            try canvass.log(try attempt(on: "2027-01-01"), today: today)
        }
        #expect(throws: CanvassingError.attemptInFuture(elector: "LA-1", on: "2026-11-26", today: "2026-11-25")) {
            try canvass.log(try attempt(on: "2026-11-26"), today: today)
        }
        #expect(try canvass.log(try attempt(on: "2026-11-25"), today: today))
        #expect(try canvass.summary(ward: nil, district: nil, since: nil).attempts == 1)
    }
}
