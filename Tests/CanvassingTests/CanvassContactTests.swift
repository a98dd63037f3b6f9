import Canvassing
import RosetteCore
import Testing

@Suite struct CanvassContactTests {
    let elector: RegisterNumber
    let day = CalendarDate(iso: "2026-11-25") ?? .earliest
    let id = "123e4567-e89b-42d3-a456-426614174000"

    init() throws { elector = try RegisterNumber(parsing: "LA-1") }

    func make(outcome: ContactOutcome, support: Int? = nil, issues: [String] = [], id: String? = nil) throws -> CanvassContact {
        try CanvassContact.validated(
            id: id ?? self.id, elector: elector, on: day, canvasser: "Ada", method: .door, outcome: outcome,
            support: support, intention: nil, previousVote: nil, issues: issues, message: nil, asks: [], notes: nil)
    }

    @Test func answersNeedAConversation() {
        #expect(throws: InvalidInput.self) { try make(outcome: .notIn, support: 2) }
        #expect(throws: InvalidInput.self) { try make(outcome: .refused, issues: ["housing"]) }
    }

    @Test(arguments: [0, 6, -1])
    func supportMustBeOnTheScale(support: Int) {
        #expect(throws: InvalidInput.self) { try make(outcome: .spoke, support: support) }
    }

    @Test func issuesBecomeCodes() throws {
        let contact = try make(outcome: .spoke, issues: ["Cost of living", "housing", "HOUSING"])
        #expect(contact.issues == ["cost-of-living", "housing"])
    }

    @Test(arguments: ["not-a-uuid", "123e4567e89b42d3a456426614174000", ""])
    func idsMustBeUUIDs(id: String) {
        #expect(throws: InvalidInput.self) { try make(outcome: .spoke, id: id) }
    }

    @Test func derivedIdsAreStableValidUUIDs() {
        let first = ContactID.derived(from: "LA-1|2026-11-25|Ada|spoke")
        #expect(first == ContactID.derived(from: "LA-1|2026-11-25|Ada|spoke"))
        #expect(first != ContactID.derived(from: "LA-1|2026-11-25|Ada|not-in"))
        #expect(ContactID.isValid(first))
        #expect(Array(first)[14] == "8")
    }

    @Test func importRowsWithoutIdGetADerivedOne() throws {
        let layout = try CanvassFileLayout(header: ["Elector Number", "Date", "Canvasser", "Outcome", "Support", "Issues"])
        let row = ["LA-1", "2026-11-20", "Ada", "spoke", "2", "housing; jobs"]
        let first = try #require(try CanvassContact.parse(row, layout: layout).get())
        let again = try #require(try CanvassContact.parse(row, layout: layout).get())
        #expect(first.id == again.id)
        #expect(first.issues == ["housing", "jobs"])
        #expect(first.method == .door)
    }

    @Test func aReturnedWalkSheetTakesItsDateAndCanvasserFromTheCommandLine() throws {
        let header = WalkListEntry.csvHeader
        let layout = try CanvassFileLayout(header: header, defaults: [.date, .canvasser])
        let blank = ["LA-1", "A B", "1 High St", "", "", "", "", "", "", ""]
        #expect(try CanvassContact.parse(blank, layout: layout, defaultDate: day, defaultCanvasser: "Ada").get() == nil)
        let filled = ["LA-1", "A B", "1 High St", "", "", "", "", "spoke", "2", "keen"]
        let contact = try #require(
            try CanvassContact.parse(filled, layout: layout, defaultDate: day, defaultCanvasser: "Ada").get())
        #expect(contact.on == day)
        #expect(contact.canvasser == "Ada")
        #expect(contact.support == 2)
        #expect(contact.notes == "keen")
        #expect(throws: RegisterImportError.self) { try CanvassFileLayout(header: header) }
    }

    @Test func badImportRowsListEveryProblem() throws {
        let layout = try CanvassFileLayout(header: ["elector_number", "date", "canvasser", "outcome"])
        guard case .failure(let problems) = CanvassContact.parse(["LA", "20/11/2026", "", "maybe"], layout: layout) else {
            Issue.record("row should be bad")
            return
        }
        #expect(problems.reasons.count >= 3)
    }

    @Test(arguments: [
        (0, 1, 0.0, 0.0, 0.793), (50, 100, 0.5, 0.404, 0.596), (10, 10, 1.0, 0.722, 1.0),
    ])
    func wilsonIntervalMatchesPublishedValues(successes: Int, trials: Int, estimate: Double, lower: Double, upper: Double) throws {
        let interval = try #require(ProportionInterval.wilson(successes: successes, trials: trials))
        #expect(abs(interval.estimate - estimate) < 0.001)
        #expect(abs(interval.lower - lower) < 0.001)
        #expect(abs(interval.upper - upper) < 0.001)
    }

    @Test func noTrialsNoInterval() {
        #expect(ProportionInterval.wilson(successes: 0, trials: 0) == nil)
    }

    @Test(arguments: [("1-2", 1...2), ("3", 3...3)])
    func supportRanges(text: String, range: ClosedRange<Int>) {
        #expect(WalkListFilter.supportRange(text) == range)
    }

    @Test func walkListCsvCellsAreNeutralised() throws {
        let entry = WalkListEntry(
            number: elector, name: "=HYPERLINK(\"x\")", address: "1 High St", postcode: nil, street: "High St",
            lastContactOn: nil, lastOutcome: nil, lastSupport: nil, absentVote: nil)
        #expect(entry.csvRow[1].hasPrefix("'="))
        #expect(!WalkListEntry.csvHeader.contains("date_of_birth"))
        #expect(!WalkListEntry.csvHeader.contains("email"))
    }
}
