import Foundation
import Canvassing
import Members
import RosetteCore
import RosetteStore
import Testing

@Suite struct CanvassRepositoryTests {
    let db: AppDatabase
    var canvass: CanvassRepository { CanvassRepository(db, actor: Actor("test")) }
    let day = CalendarDate(iso: "2026-11-25") ?? .earliest

    init() throws {
        db = try AppDatabase.inMemory()
        try RegisterFixture.load(db)
    }

    func contact(
        _ number: String, _ outcome: ContactOutcome, support: Int? = nil, message: String? = nil,
        issues: [String] = [], on: CalendarDate? = nil, id: String = ContactID.derived(from: "\(Int.random(in: 0...Int.max))")
    ) throws -> CanvassContact {
        try CanvassContact.validated(
            id: id, elector: try RegisterNumber(parsing: number), on: on ?? day, canvasser: "Ada", method: .door,
            outcome: outcome, support: support, intention: support.map { $0 <= 2 ? "ours" : "other" }, previousVote: nil,
            issues: issues, message: message, asks: [], notes: nil)
    }

    @Test func anAttemptSentTwiceIsStoredOnce() throws {
        let attempt = try contact("LA-1", .spoke, support: 1, id: "123e4567-e89b-42d3-a456-426614174000")
        #expect(try canvass.log(attempt))
        #expect(try !canvass.log(attempt))
        #expect(try canvass.summary(ward: nil, district: nil, since: nil).attempts == 1)
    }

    @Test func attemptsCanBeLoggedUnderASessionAndCounted() throws {
        let session = try CanvassSession.validated(
            heldOn: day, area: "Leith", canvassers: ["Ada", "Bo"], questions: ["support"], notes: nil, today: day)
        let id = try canvass.addSession(session)
        var spoke = try contact("LA-1", .spoke, support: 2)
        spoke.session = id
        var out = try contact("LA-2", .notIn)
        out.session = id
        try canvass.log(spoke)
        try canvass.log(out)
        var stray = try contact("LA-3", .notIn)
        stray.session = 999
        #expect(throws: CanvassingError.unknownSession(999)) { try canvass.log(stray) }
        let stored = try #require(try canvass.sessions().first)
        #expect(stored.session.canvassers == ["Ada", "Bo"])
        #expect(stored.attempts == 2 && stored.contacts == 1)
        #expect(try canvass.sessionDay(id) == day)
    }

    /// Issue 6's youth figures: 18-24s known from attainer dates and from members' dates of birth
    /// matched by name and postcode; reached = spoken to, supporters = support 1-2.
    @Test func youthReachCountsAttainersAndYoungMembers() throws {
        let db = try AppDatabase.inMemory()
        try RegisterFixture.load(
            db,
            [
                "LA,1,0,,01/05/2020,Young,Ann,EH6 5AB,1 Leith Walk,Edinburgh",  // 18 in 2020: 24 now
                "LA,2,0,,01/01/2019,Older,Bea,EH6 5AB,2 Leith Walk,Edinburgh",  // 18 in 2019: 25 now
                "LA,3,0,,,Member,Cal,EH6 5AB,3 Leith Walk,Edinburgh",  // a member aged 20
                "LA,4,0,,,Smith,Dan,EH6 5AB,4 Leith Walk,Edinburgh",
            ])
        var cal = try Fixture.details("Cal", "Member", postcode: "EH6 5AB")
        cal.dateOfBirth = try Fixture.date("2006-06-01")
        _ = try MemberRepository(db, actor: Actor("test")).add(cal)
        let canvass = CanvassRepository(db, actor: Actor("test"))
        let today = try Fixture.date("2026-11-25")
        try canvass.log(try contact("LA-1", .spoke, support: 2, on: today))
        try canvass.log(try contact("LA-3", .notIn, on: today))
        let youth = try canvass.youthReach(ward: nil, district: nil, on: today)
        #expect(youth == YouthReach(electors: 2, reached: 1, supporters: 1))
        #expect(youth.reachedPerMille == 500)
    }

    /// A QA finding: `canvass log` refused future dates but an imported sheet did not.
    @Test func importedAttemptsCannotBeInTheFuture() throws {
        let sheet = CSVReader(string: "elector_number,date,canvasser,outcome\nLA-1,2026-11-24,Ada,not-in\nLA-2,2027-01-01,Ada,not-in\n")
        do {
            _ = try canvass.importContacts(next: { try sheet.next() }, today: day)
            Issue.record("expected the future row to be refused")
        } catch let failure as ImportFailure {
            #expect(failure.badRows.map(\.line) == [3])
        }
        #expect(try canvass.summary(ward: nil, district: nil, since: nil).attempts == 0)
    }

    @Test func unknownElectorsAreNamedByNumber() throws {
        #expect(throws: CanvassingError.unknownElector("LA-99")) { try canvass.log(try contact("LA-99", .notIn)) }
    }

    @Test func summaryCountsContactsSupportIssuesAndMessages() throws {
        try canvass.log(try contact("LA-1", .spoke, support: 1, message: "renters", issues: ["housing", "jobs"]))
        try canvass.log(try contact("LA-2", .spoke, support: 4, message: "renters", issues: ["housing"]))
        try canvass.log(try contact("LA-3", .notIn))
        try canvass.log(try contact("LA-4", .spoke, support: 2, on: day.adding(days: -10)))
        let all = try canvass.summary(ward: nil, district: nil, since: nil)
        #expect(all.attempts == 4)
        #expect(all.contacts == 3)
        #expect(all.support == [1: 1, 4: 1, 2: 1])
        #expect(all.issues == ["housing": 2, "jobs": 1])
        #expect(all.byMessage["renters"] == 2)
        #expect(all.messageResults.first?.supporters == 1)
        #expect(all.byCanvasser["Ada"] == .init(attempts: 4, contacts: 3))
        let recent = try canvass.summary(ward: "Leith", district: "la", since: day.adding(days: -1))
        #expect(recent.attempts == 3)
        #expect(throws: CanvassingError.unknownWard("Elsewhere")) {
            try canvass.summary(ward: "Elsewhere", district: nil, since: nil)
        }
    }

    @Test func aStreetNotOnTheRegisterIsAnErrorNotAnEmptyList() throws {
        #expect(try canvass.walkList(WalkListFilter(ward: "Leith", street: "LEITH WALK")).entries.count > 0)
        #expect(throws: CanvassingError.unknownStreet("Leith Wlak")) {
            try canvass.walkList(WalkListFilter(ward: "Leith", street: "Leith Wlak"))
        }
    }

    @Test func walkListsAreInWalkingOrderWithoutAnonymousOrDoNotContact() throws {
        try canvass.log(try contact("LA-3", .doNotContact))
        let list = try canvass.walkList(WalkListFilter(ward: "Leith")).entries
        // Odd side up (1: John then Mary Smith), even side down (4, 2); LA-3 objected; LA-5 is anonymous.
        #expect(list.map(\.number.normalised) == ["LA-1", "LA-2", "LA-6/1", "LA-4"])
        #expect(!list.contains { $0.name.contains("Hidden") })
    }

    @Test func walkListFiltersOnLatestSupportAndLastContact() throws {
        try canvass.log(try contact("LA-1", .spoke, support: 2, on: day.adding(days: -30)))
        try canvass.log(try contact("LA-1", .notIn, on: day.adding(days: -2)))
        try canvass.log(try contact("LA-2", .spoke, support: 5))
        let supporters = try canvass.walkList(WalkListFilter(district: "LA", support: 1...2)).entries
        #expect(supporters.map(\.number.normalised) == ["LA-1"])
        #expect(supporters.first?.lastOutcome == .notIn)  // the latest attempt; support from the latest answer
        let stale = try canvass.walkList(WalkListFilter(district: "LA", notCanvassedSince: day.adding(days: -7))).entries
        #expect(!stale.contains { $0.number.normalised == "LA-1" || $0.number.normalised == "LA-2" })
    }

    @Test func knockUpListsPromisesNotYetVoted() throws {
        try canvass.log(try contact("LA-1", .spoke, support: 1))
        try canvass.log(try contact("LA-3", .spoke, support: 2))
        try canvass.log(try contact("LA-4", .spoke, support: 4))
        #expect(try canvass.knockUp(WalkListFilter(ward: "Leith"), pollOn: day).entries.map(\.number.normalised) == ["LA-1", "LA-3"])
        let edition = try RegisterFixture.edition("2025-26")  // named, as `canvass voted --edition` does
        #expect(try canvass.recordVoted([try RegisterNumber(parsing: "LA-3")], on: day, edition: edition) == 1)
        #expect(try canvass.recordVoted([try RegisterNumber(parsing: "LA-3")], on: day, edition: edition) == 0)
        #expect(try canvass.knockUp(WalkListFilter(ward: "Leith"), pollOn: day).entries.map(\.number.normalised) == ["LA-1"])
    }

    @Test func bulkImportIsAllOrNothingAndIdempotent() throws {
        let text = """
            elector_number,date,canvasser,outcome,support,issues,message
            LA-1,2026-11-20,Ada,spoke,2,housing,renters
            LA-2,2026-11-20,Ada,not-in,,,
            """
        let first = CSVReader(string: text)
        #expect(try canvass.importContacts(next: { try first.next() }).added == 2)
        let again = CSVReader(string: text)
        let second = try canvass.importContacts(next: { try again.next() })
        #expect(second.added == 0)
        #expect(second.alreadyStored == 2)
        let bad = CSVReader(string: text + "\nLA-3,2026-11-21,Ada,spoke,2,,\nLA-99,2026-11-21,Ada,spoke,,,\nLA-4,2026-11-21,Ada,not-in,3,,\n")
        do {
            _ = try canvass.importContacts(next: { try bad.next() })
            Issue.record("import should fail")
        } catch let failure as ImportFailure {
            #expect(failure.badRows.map(\.line) == [5, 6])
        }
        #expect(try canvass.summary(ward: nil, district: nil, since: nil).attempts == 2)
    }

    @Test func historyCarriesAcrossEditionsDespiteRenumbering() throws {
        let older = try AppDatabase.inMemory()
        try RegisterFixture.load(older, edition: "2025-26")
        try CanvassRepository(older, actor: Actor("t")).log(try contact("LA-1", .spoke, support: 1))
        let renumbered = RegisterFixture.rows.map { $0.replacingOccurrences(of: "LA,", with: "LB,") }
        let summary = try RegisterFixture.load(older, renumbered, edition: "2026-27")
        #expect(summary.carriedOver == 5)  // everyone but the anonymous entry
        let list = try CanvassRepository(older, actor: Actor("t")).walkList(WalkListFilter(district: "LB", support: 1...2)).entries
        #expect(list.map(\.number.normalised) == ["LB-1"])
    }

    /// The next edition prints middle initials: John becomes "John A" at the same address and
    /// keeps his history; two Johns at one address are never merged on a guess, and an exact
    /// match later in the file wins over a loose one earlier.
    @Test(arguments: [
        (["LA,1,0,,,Smith,John A,EH6 5AB,1 Leith Walk,Edinburgh"], ["LA-1"], 1),
        (["LA,1,0,,,Smith,John A,EH6 5AB,1 Leith Walk,Edinburgh", "LA,2,0,,,Smith,John B,EH6 5AB,1 Leith Walk,Edinburgh"],
         [], 0),
        (["LA,1,0,,,Smith,John A,EH6 5AB,1 Leith Walk,Edinburgh", "LA,2,0,,,Smith,John,EH6 5AB,1 Leith Walk,Edinburgh"],
         ["LA-2"], 0),
        (["LA,1,0,,,Smith,Johnny,EH6 5AB,1 Leith Walk,Edinburgh"], [], 0),
        (["LA,1,0,,,Smith,John A,EH6 5AB,2 Leith Walk,Edinburgh"], [], 0),
    ] as [([String], [String], Int)])
    func middleNamesDoNotLoseHistory(next: [String], supporters: [String], loosely: Int) throws {
        let older = try AppDatabase.inMemory()
        try RegisterFixture.load(older, edition: "2025-26")
        try CanvassRepository(older, actor: Actor("t")).log(try contact("LA-1", .spoke, support: 1))
        let summary = try RegisterFixture.load(older, next, edition: "2026-27")
        #expect(summary.carriedOverLoosely == loosely)
        let list = try CanvassRepository(older, actor: Actor("t")).walkList(WalkListFilter(district: "LA", support: 1...2))
        #expect(list.entries.map(\.number.normalised) == supporters)
    }
}
