import Foundation
import Canvassing
import Members
import Privacy
import RosetteCore
import RosetteStore
import Testing

/// Canvassing in subject access, erasure and the retention sweep, on in-memory databases with
/// the register fixture (LA-1 John Smith and LA-2 Mary Smith at 1 Leith Walk, EH6 5AB; LA-3
/// Alan Jones; LA-5 anonymous).
@Suite struct CanvassingPersonalDataTests {
    let db: AppDatabase
    let privacy: PrivacyRepository
    var canvass: CanvassRepository { CanvassRepository(db, actor: Actor("test")) }
    let day = CalendarDate(iso: "2026-11-25") ?? .earliest

    init() throws {
        db = try AppDatabase.inMemory()
        privacy = PrivacyRepository(db, actor: Actor("test"))
    }

    func contact(
        _ number: String, _ outcome: ContactOutcome = .spoke, support: Int? = 2, notes: String? = nil,
        on: CalendarDate? = nil, in database: AppDatabase? = nil
    ) throws {
        let spoke = outcome == .spoke
        let attempt = try CanvassContact.validated(
            id: ContactID.derived(from: "\(number)|\(on ?? day)|\(outcome)|\(notes ?? "")"),
            elector: try RegisterNumber(parsing: number), on: on ?? day, canvasser: "Ada", method: .door,
            outcome: outcome, support: spoke ? support : nil, intention: spoke ? "ours" : nil, previousVote: nil,
            issues: spoke ? ["housing"] : [], message: spoke ? "renters" : nil, asks: [], notes: notes)
        try CanvassRepository(database ?? db, actor: Actor("test")).log(attempt)
    }

    func erase(_ request: PersonRequest, dryRun: Bool = false) throws -> [PrivacyAction] {
        try privacy.erase(request, today: day, policy: .defaults, gracePeriodDays: 30, keepSuppression: false, dryRun: dryRun)
    }

    @Test func anElectorNumberFindsEveryEditionTheirAnswersAndTurnout() throws {
        try RegisterFixture.load(db, edition: "2024-25")
        try contact("LA-1", notes: "Dog in garden", on: day.adding(days: -400))
        try RegisterFixture.load(db, edition: "2025-26")
        try contact("LA-1", .notIn)
        #expect(try canvass.recordVoted([try RegisterNumber(parsing: "LA-1")], on: day) == 1)

        let sections = try privacy.subjectAccess(.electorNumber("LA-1"))
        let electors = try #require(sections.first { $0.table == "elector" })
        #expect(electors.records.map { $0["edition"] } == [.text("2024-25"), .text("2025-26")])
        #expect(electors.records.allSatisfy { $0["forename"] == .text("John") })
        let answers = try #require(sections.first { $0.table == "canvassAttempt" })
        #expect(answers.records.count == 2)
        #expect(answers.purpose.contains("special category"))
        #expect(answers.records.contains { $0["notes"] == .text("Dog in garden") })
        #expect(sections.first { $0.table == "turnout" }?.records.count == 1)
        // Mary Smith shares the address but is someone else.
        #expect(!electors.records.contains { $0["forename"] == .text("Mary") })
        #expect(throws: PrivacyError.nobodyFound("elector LA-99")) { try privacy.subjectAccess(.electorNumber("LA-99")) }
    }

    @Test func membersReachElectorsByFullNameAndPostcodeNeverByNameAlone() throws {
        try RegisterFixture.load(db)
        let members = MemberRepository(db, actor: Actor("test"))
        let john = try members.add(try Fixture.details("John", "Smith", postcode: "EH6 5AB"))
        let alan = try members.add(try Fixture.details("Alan", "Jones", postcode: "EH1 1AA"))
        let found = try privacy.subjectAccess(.member(john.id.rawValue))
        #expect(found.first { $0.table == "elector" }?.records.map { $0["number"] } == [.integer(1)])
        #expect(!(try privacy.subjectAccess(.member(alan.id.rawValue))).contains { $0.module == "canvassing" })
    }

    @Test func erasureDeletesAnswersKeepsTheSummaryTrueAndExcludesTheElector() throws {
        try RegisterFixture.load(db)
        try contact("LA-1", support: 1, notes: "Wants a poster", on: day.adding(days: -3))
        try contact("LA-1", .notIn)
        try contact("LA-3", support: 4, on: day.adding(days: -3))
        let control = try AppDatabase.inMemory()
        try RegisterFixture.load(control)
        try contact("LA-3", support: 4, on: day.adding(days: -3), in: control)

        let dry = try erase(.electorNumber("LA-1"), dryRun: true)
        #expect(dry.contains { $0.table == "canvassAttempt" && $0.treatment == .deleted && $0.count == 2 })
        #expect(try canvass.summary(ward: nil, district: nil, since: nil).attempts == 3)

        let actions = try erase(.electorNumber("LA-1"))
        let kept = try #require(actions.first { $0.table == "elector" })
        #expect(kept.treatment == .kept && kept.count == 1 && kept.reason.contains("council"))
        for since in [nil, day.adding(days: -5), day] {
            let expected = try CanvassRepository(control, actor: Actor("t")).summary(ward: nil, district: nil, since: since)
            #expect(try canvass.summary(ward: nil, district: nil, since: since) == expected)
        }
        let sar = try privacy.subjectAccess(.electorNumber("LA-1"))
        #expect(!sar.contains { $0.table == "canvassAttempt" || $0.table == "turnout" })
        #expect(sar.first { $0.table == "elector" }?.records.first?["excludedOn"] == .text("2026-11-25"))

        // Excluded: off the lists, refused at the door, skipped by an old sheet's import.
        #expect(!(try canvass.walkList(WalkListFilter(ward: "Leith"))).entries.contains { $0.number.normalised == "LA-1" })
        #expect(throws: CanvassingError.excludedElector("LA-1")) { try contact("LA-1", .refused) }
        let sheet = CSVReader(string: "elector_number,date,canvasser,outcome\nLA-1,2026-11-20,Ada,not-in\nLA-2,2026-11-20,Ada,not-in\n")
        let imported = try canvass.importContacts(next: { try sheet.next() })
        #expect(imported.added == 1 && imported.excluded == 1)
        #expect(try canvass.recordVoted([try RegisterNumber(parsing: "LA-1")], on: day, edition: try RegisterFixture.edition("2025-26")) == 0)
    }

    @Test func theSweepClearsOldNotesAndDeletesSupersededEditionsButKeepsHistory() throws {
        // A note older than the two years kept must be from an edition before the last one.
        try RegisterFixture.load(db, edition: "2023-24")
        try contact("LA-1", support: 1, notes: "Old note", on: day.adding(days: -2 * 365 - 60))
        let renumbered = RegisterFixture.rows.map { $0.replacingOccurrences(of: "LA,", with: "LB,") }
        try RegisterFixture.load(db, renumbered, edition: "2025-26")
        try contact("LB-3", support: 4, notes: "Recent note", on: day.adding(days: -30))
        let before = try canvass.summary(ward: nil, district: nil, since: nil)

        let dry = try privacy.sweep(today: day, policy: .defaults, gracePeriodDays: 30, dryRun: true)
        #expect(dry.contains { $0.table == "elector" && $0.treatment == .deleted && $0.count == 6 })
        #expect(try RegisterRepository(db, actor: Actor("t")).editions() == ["2023-24", "2025-26"])

        let swept = try privacy.sweep(today: day, policy: .defaults, gracePeriodDays: 30, dryRun: false)
        #expect(swept.contains { $0.table == "canvassAttempt" && $0.treatment == .anonymised && $0.count == 1 })
        #expect(try RegisterRepository(db, actor: Actor("t")).editions() == ["2025-26"])
        #expect(try canvass.summary(ward: nil, district: nil, since: nil) == before)
        // History follows the person to the new edition's number.
        let supporters = try canvass.walkList(WalkListFilter(district: "LB", support: 1...2)).entries
        #expect(supporters.map(\.number.normalised) == ["LB-1"])
        var exported: [[String]] = []
        try canvass.forEachAttempt { exported.append($0) }
        #expect(exported.map { $0[1] } == ["LB-1", "LB-3"])
        #expect(exported.map { $0[12] } == ["", "Recent note"])
        #expect(try privacy.sweep(today: day, policy: .defaults, gracePeriodDays: 30, dryRun: false).isEmpty)
    }

    @Test func walkAndKnockUpListsLeaveOutTheDoNotContactList() throws {
        try RegisterFixture.load(db)
        try contact("LA-1", support: 1)
        try SuppressionRepository(db, actor: Actor("t")).suppress(
            try SuppressionKey.parse(kind: .namePostcode, "john smith", postcode: "eh6 5ab"), today: day)
        let walk = try canvass.walkList(WalkListFilter(ward: "Leith"))
        #expect(walk.suppressed == 1 && !walk.entries.contains { $0.name == "John Smith" })
        let knockUp = try canvass.knockUp(WalkListFilter(ward: "Leith"), pollOn: day)
        #expect(knockUp.suppressed == 1 && knockUp.entries.isEmpty)
    }
}
