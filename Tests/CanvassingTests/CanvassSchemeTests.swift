import Canvassing
import RosetteCore
import Testing

/// The party's canvass scheme: settings text, and how it governs what an attempt may say.
@Suite struct CanvassSchemeTests {
    let day = CalendarDate(iso: "2026-11-25") ?? .earliest
    let id = "123e4567-e89b-42d3-a456-426614174000"

    func contact(
        support: Int? = nil, intention: String? = nil, issues: [String] = [], scheme: CanvassScheme = .standard
    ) throws -> CanvassContact {
        try CanvassContact.validated(
            id: id, elector: try RegisterNumber(parsing: "LA-1"), on: day, canvasser: "Ada", method: .door,
            outcome: .spoke, support: support, intention: intention, previousVote: nil, issues: issues, message: nil,
            asks: [], notes: nil, scheme: scheme)
    }

    static let tenPoint = CanvassScheme(
        supportScale: 1...10, promises: 1...4, issues: ["potholes", "housing"], electionTypes: ["local", "westminster"])

    @Test(arguments: [("5", 5), ("2", 2), ("10", 10), (" 7 ", 7)] as [(String, Int)])
    func scalesRunFromOneToTheirTop(text: String, top: Int) {
        #expect(CanvassScheme.scale(settingValue: text) == 1...top)
    }

    @Test(arguments: ["1", "0", "11", "1-5", "five", ""])
    func scalesOutsideTwoToTenAreRefused(text: String) {
        #expect(CanvassScheme.scale(settingValue: text) == nil)
    }

    @Test(arguments: [("1-2", 1...2), ("1", 1...1), ("1-4", 1...4)] as [(String, ClosedRange<Int>)])
    func promisesStartAtOne(text: String, range: ClosedRange<Int>) {
        #expect(CanvassScheme.promises(settingValue: text) == range)
        #expect(CanvassScheme.text(range) == text)
    }

    @Test(arguments: ["2-3", "0-2", "1-11", "1-2-3", "-2", "x"])
    func promisesNotFromOneAreRefused(text: String) {
        #expect(CanvassScheme.promises(settingValue: text) == nil)
    }

    @Test func codeListsBecomeCodesOnceEach() {
        #expect(CanvassScheme.codes(settingValue: "Housing, Cost of living;housing") == ["housing", "cost-of-living"])
        #expect(CanvassScheme.codes(settingValue: " , ") == nil)
        #expect(CanvassScheme.codes(settingValue: "housing,£rent") == nil)
    }

    @Test(arguments: [1, 7, 10])
    func aLongerScaleTakesItsPoints(support: Int) throws {
        #expect(try contact(support: support, scheme: Self.tenPoint).support == support)
    }

    @Test(arguments: [0, 6, 11])
    func supportOffTheScaleIsRefused(support: Int) {
        #expect(throws: InvalidInput.self) { try contact(support: support) }
    }

    @Test func issuesMustBeOnThePartysList() throws {
        #expect(try contact(issues: ["Potholes"], scheme: Self.tenPoint).issues == ["potholes"])
        #expect(throws: InvalidInput.self) { try contact(issues: ["potholes"]) }
        #expect(throws: InvalidInput.self) { try contact(issues: ["jobs"], scheme: Self.tenPoint) }
    }

    @Test(arguments: [
        ("ours", ["westminster": "ours"]),
        ("local=ours", ["local": "ours"]),
        ("local=ours,westminster=lab", ["local": "ours", "westminster": "lab"]),
        ("Westminster: Lab; local: ours", ["local": "ours", "westminster": "lab"]),
        ("mayor=Won't Say", nil),
    ] as [(String, [String: String]?)])
    func intentionsAreGivenPerElectionType(text: String, answers: [String: String]?) throws {
        if let answers {
            #expect(try contact(intention: text).intentions == VotingIntentions(answers))
        } else {
            #expect(throws: InvalidInput.self) { try contact(intention: text) }
        }
    }

    @Test(arguments: ["senedd=ours", "local=ours,local=lab", "local=a=b", "local="])
    func intentionsForUnaskedTypesOrTwiceAreRefused(text: String) {
        #expect(throws: InvalidInput.self) { try contact(intention: text) }
    }

    @Test func aBareIntentionIsForTheFirstElectionType() throws {
        #expect(try contact(intention: "ours", scheme: Self.tenPoint).intentions.answers == ["local": "ours"])
    }

    @Test func intentionsAreStoredInTypeOrderAndReadBack() {
        let intentions = VotingIntentions(["westminster": "lab", "local": "ours"])
        #expect(intentions.stored == "local=ours,westminster=lab")
        #expect(VotingIntentions(stored: intentions.stored) == intentions)
        #expect(intentions.pairs == ["local=ours", "westminster=lab"])
        #expect(VotingIntentions(stored: nil).isEmpty && VotingIntentions().stored == nil)
        #expect(VotingIntentions.split(pair: "local=ours") == ("local", "ours"))
    }

    @Test func aContactFromAnotherSchemeIsCheckedAgain() throws {
        let ten = try contact(support: 8, intention: "ours", issues: ["potholes"], scheme: Self.tenPoint)
        #expect(throws: InvalidInput.self) { try CanvassScheme.standard.check(ten) }
        try Self.tenPoint.check(ten)
    }

    @Test func rangesAskedForOnListsStayOnTheScale() throws {
        try CanvassScheme.standard.checkRange(1...2)
        #expect(throws: InvalidInput.self) { try CanvassScheme.standard.checkRange(4...6) }
    }

    @Test func sheetsWithAColumnPerElectionAreRead() throws {
        let header = ["Elector", "Date", "Canvasser", "Outcome", "Intention (local)", "Westminster VI", "VI"]
        let layout = try CanvassFileLayout(header: header, electionTypes: Self.tenPoint.electionTypes)
        #expect(layout.ignoredHeaders.isEmpty)
        let row = ["LA-1", "2026-11-20", "Ada", "spoke", "ours", "lab", ""]
        let parsed = try #require(try CanvassContact.parse(row, layout: layout, scheme: Self.tenPoint).get())
        #expect(parsed.intentions.answers == ["local": "ours", "westminster": "lab"])
        let twice = ["Elector", "Date", "Canvasser", "Outcome", "local vi", "Intention local"]
        #expect(throws: RegisterImportError.self) {
            try CanvassFileLayout(header: twice, electionTypes: ["local"])
        }
    }

    @Test func messageResultsCountThePromiseRangeAsSetNow() {
        var summary = CanvassSummary(promises: 1...2)
        summary.byMessage["renters"] = 10
        summary.messageSupport["renters"] = [1: 2, 2: 3, 3: 4, 5: 1]
        #expect(summary.messageResults.first?.supporters == 5)
        summary.promises = 1...3
        #expect(summary.messageResults.first?.supporters == 9)
    }

    @Test func intentionSharesAreOfThatElectionsAnswers() {
        var summary = CanvassSummary()
        summary.intentions = ["local": ["ours": 3, "lab": 1], "westminster": ["lab": 5]]
        let local = summary.intentionShares("local")
        #expect(local.map(\.answer) == ["ours", "lab"])
        #expect(local.map(\.share) == [0.75, 0.25])
        #expect(summary.intentionShares("mayor").isEmpty)
    }

    @Test func reportsShowTheWholeScaleAndThePartysElectionsFirst() {
        var summary = CanvassSummary()
        summary.support = [2: 4, 7: 1]
        #expect(summary.supportCounts(on: 1...5).map(\.point) == [1, 2, 3, 4, 5, 7])
        #expect(summary.supportCounts(on: 1...5).map(\.count) == [0, 4, 0, 0, 0, 1])
        summary.intentions = ["westminster": ["lab": 1], "local": ["ours": 2], "euro": ["ours": 1]]
        #expect(summary.intentionTypes(orderedAs: ["local", "mayor", "westminster"]) == ["local", "westminster", "euro"])
    }
}
