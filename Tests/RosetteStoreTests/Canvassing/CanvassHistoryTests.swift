import Canvassing
import Foundation
import Privacy
import RosetteCore
import RosetteStore
import Testing

/// Issue 6 §4: a person's history across editions, the walk list's turnout filters and
/// households, and attempts dated before their elector's edition.
@Suite struct CanvassHistoryTests {
    let db: AppDatabase
    var canvass: CanvassRepository { CanvassRepository(db, actor: Actor("test")) }
    static let renumbered = RegisterFixture.rows.map { $0.replacingOccurrences(of: "LA,", with: "LB,") }

    init() throws { db = try AppDatabase.inMemory() }

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? .earliest }

    func log(
        _ number: String, _ outcome: ContactOutcome, on: String, support: Int? = nil, notes: String? = nil
    ) throws {
        let contact = try CanvassContact.validated(
            id: ContactID.derived(from: "\(number)|\(on)|\(outcome)"), elector: try RegisterNumber(parsing: number),
            on: Self.day(on), canvasser: "Ada", method: .door, outcome: outcome, support: support,
            intention: support.map { $0 <= 2 ? "ours" : "other" }, previousVote: nil,
            issues: support == nil ? [] : ["housing"], message: nil, asks: support == nil ? [] : [.poster],
            notes: notes)
        try canvass.log(contact, today: Self.day("2026-11-25"))
    }

    func voted(_ numbers: [String], on: String) throws {
        _ = try canvass.recordVoted(try numbers.map { try RegisterNumber(parsing: $0) }, on: Self.day(on))
    }

    /// Last year as LA-1 (a canvass and the May 2025 poll), this year as LB-1.
    func twoEditions() throws {
        try RegisterFixture.load(db, edition: "2024-25")
        try log("LA-1", .spoke, on: "2025-04-10", support: 2, notes: "Dog in garden")
        try voted(["LA-1", "LA-3"], on: "2025-05-01")
        try RegisterFixture.load(db, Self.renumbered, edition: "2025-26")
        try log("LB-1", .notIn, on: "2026-11-01")
        try voted(["LB-1"], on: "2026-05-07")
    }

    @Test func historyFollowsThePersonAcrossEditions() throws {
        try twoEditions()
        let history = try canvass.history(of: try RegisterNumber(parsing: "LB-1"))
        #expect(history.name == "John Smith" && history.edition == "2025-26")
        #expect(history.numbers.map { "\($0.edition) \($0.number)" } == ["2024-25 LA-1", "2025-26 LB-1"])
        #expect(history.attempts.map(\.outcome) == [.spoke, .notIn])
        #expect(history.attempts.map { $0.number?.normalised } == ["LA-1", "LB-1"])
        let first = try #require(history.attempts.first)
        #expect(first.support == 2 && first.intention == "westminster=ours" && first.issues == ["housing"] && first.asks == [.poster])
        #expect(history.turnout.map(\.pollOn.iso) == ["2025-05-01", "2026-05-07"])
        #expect(history.turnout.map { $0.edition } == ["2024-25", "2025-26"])
        #expect(history.turnout.allSatisfy { $0.source == .telling })
        #expect(history.latestOutcome == .notIn && history.latestSupport == 2)
        // Mary Smith at the same address is someone else.
        #expect(try canvass.history(of: try RegisterNumber(parsing: "LB-2")).attempts.isEmpty)
    }

    @Test func anonymousErasedAndUnknownElectorsAreRefusedByNumberOnly() throws {
        try twoEditions()
        #expect(throws: CanvassHistoryError.anonymousElector("LB-5")) {
            try canvass.history(of: try RegisterNumber(parsing: "LB-5"))
        }
        #expect(throws: CanvassingError.unknownElector("LB-99")) {
            try canvass.history(of: try RegisterNumber(parsing: "LB-99"))
        }
        _ = try PrivacyRepository(db, actor: Actor("test")).erase(
            .electorNumber("LB-1"), today: Self.day("2026-11-25"), policy: .defaults, gracePeriodDays: 30,
            keepSuppression: false, dryRun: false)
        let erased = CanvassHistoryError.erasedElector("LB-1")
        #expect(throws: erased) { try canvass.history(of: try RegisterNumber(parsing: "LB-1")) }
        #expect(!erased.description.contains("Smith"))
    }

    @Test func walkListsFilterOnTurnoutAtAPollInAnyEdition() throws {
        try twoEditions()
        let voters = try canvass.walkList(WalkListFilter(district: "LB", votedAt: Self.day("2025-05-01"))).entries
        #expect(voters.map(\.number.normalised) == ["LB-1", "LB-3"])  // voted under last year's numbers
        #expect(voters.map { $0.lastVotedOn?.iso } == ["2026-05-07", "2025-05-01"])
        let stayedHome = try canvass.walkList(WalkListFilter(district: "LB", notVotedAt: Self.day("2026-05-07"))).entries
        #expect(!stayedHome.contains { $0.number.normalised == "LB-1" } && stayedHome.contains { $0.number.normalised == "LB-3" })
        let lapsed = try canvass.walkList(
            WalkListFilter(district: "LB", votedAt: Self.day("2025-05-01"), notVotedAt: Self.day("2026-05-07"))).entries
        #expect(lapsed.map(\.number.normalised) == ["LB-3"])
        #expect(throws: CanvassHistoryError.noTurnoutRecorded("2026-05-06")) {
            try canvass.walkList(WalkListFilter(district: "LB", notVotedAt: Self.day("2026-05-06")))
        }
    }

    @Test func walkListRowsOfOneHouseholdShareANumber() throws {
        try RegisterFixture.load(db)
        let list = try canvass.walkList(WalkListFilter(ward: "Leith")).entries
        // 1 Leith Walk holds John and Mary Smith; then 3, 4 and 2 Leith Walk.
        #expect(list.map(\.number.normalised) == ["LA-1", "LA-2", "LA-3", "LA-6/1", "LA-4"])
        #expect(list.map(\.household) == [1, 1, 2, 3, 4])
    }

    @Test func attemptsBeforeTheElectorsEditionAreRefused() throws {
        try RegisterFixture.load(db, edition: "2025-26")
        let expected = CanvassHistoryError.attemptBeforeEdition(
            elector: "LA-1", on: "2019-05-02", edition: "2025-26", publishedOn: "2025-12-01")
        #expect(throws: expected) { try log("LA-1", .notIn, on: "2019-05-02") }
        try log("LA-1", .notIn, on: "2025-12-01")
        let sheet = CSVReader(
            string: "elector_number,date,canvasser,outcome\nLA-2,2026-11-20,Ada,not-in\nLA-3,2025-11-30,Ada,not-in\n")
        do {
            _ = try canvass.importContacts(next: { try sheet.next() }, today: Self.day("2026-11-25"))
            Issue.record("expected the row dated before the edition to be refused")
        } catch let failure as ImportFailure {
            #expect(failure.badRows.map(\.line) == [3])
            #expect(failure.badRows.first?.reason.contains("LA-3") == true)
            #expect(failure.badRows.first?.reason.contains("2025-12-01") == true)
        }
        #expect(try canvass.summary(ward: nil, district: nil, since: nil).attempts == 1)
    }
}
