import Foundation
import Canvassing
import RosetteCore
import RosetteStore
import Testing

/// The canvass settings: stored canonically, checked against each other and against what is
/// recorded, and applied by the repository whoever validated the attempt.
@Suite struct CanvassSchemeSettingsTests {
    let db: AppDatabase
    var settings: SettingsRepository { SettingsRepository(db) }
    var canvass: CanvassRepository { CanvassRepository(db, actor: Actor("test")) }
    let day = CalendarDate(iso: "2026-11-25") ?? .earliest

    init() throws {
        db = try AppDatabase.inMemory()
        try RegisterFixture.load(db)
    }

    func contact(_ number: String, support: Int?, scheme: CanvassScheme = .standard) throws -> CanvassContact {
        try CanvassContact.validated(
            id: ContactID.derived(from: "\(number)|\(support ?? 0)"), elector: try RegisterNumber(parsing: number),
            on: day, canvasser: "Ada", method: .door, outcome: .spoke, support: support, intention: "ours",
            previousVote: nil, issues: [], message: "renters", asks: [], notes: nil, scheme: scheme)
    }

    @Test func theDefaultsAreTheStandardScheme() throws {
        #expect(try settings.canvassScheme() == .standard)
    }

    @Test func valuesAreStoredAsCodes() throws {
        #expect(try settings.set("canvass.issues", to: "Potholes, Cost of living") == "potholes,cost-of-living")
        #expect(try settings.set("canvass.support_scale", to: " 7") == "7")
        let scheme = try settings.canvassScheme()
        #expect(scheme.issues == ["potholes", "cost-of-living"])
        #expect(scheme.supportScale == 1...7)
    }

    @Test(arguments: [
        ("canvass.support_scale", "1"), ("canvass.support_scale", "11"), ("canvass.promises", "2-3"),
        ("canvass.promises", "1-6"), ("canvass.promises", "1-5"), ("canvass.issues", ","),
        ("canvass.election_types", "local,£"),
    ])
    func badValuesAreRefusedAndNothingChanges(name: String, value: String) throws {
        #expect(throws: InvalidInput.self) { try settings.set(name, to: value) }
        #expect(try settings.canvassScheme() == .standard)
    }

    @Test func theScaleIsFixedOnceSupportIsRecorded() throws {
        try settings.set("canvass.support_scale", to: "7")
        try settings.set("canvass.support_scale", to: "5")
        try canvass.log(try contact("LA-1", support: nil))
        try settings.set("canvass.support_scale", to: "6")  // no support answer yet
        try settings.set("canvass.support_scale", to: "5")
        try canvass.log(try contact("LA-2", support: 4))
        #expect(throws: InvalidInput.self) { try settings.set("canvass.support_scale", to: "10") }
        #expect(throws: InvalidInput.self) { try settings.set("canvass.support_scale", to: "4") }
        try settings.set("canvass.support_scale", to: "5")  // the same scale is no change
        try settings.set("canvass.promises", to: "1-4")
        #expect(throws: InvalidInput.self) { try settings.set("canvass.promises", to: "1-5") }
        #expect(try settings.canvassScheme().supportScale == 1...5)
    }

    @Test func recordedIssuesAndElectionTypesStayOnTheirLists() throws {
        let answered = try CanvassContact.validated(
            id: ContactID.derived(from: "issues"), elector: try RegisterNumber(parsing: "LA-1"), on: day,
            canvasser: "Ada", method: .door, outcome: .spoke, support: nil, intention: "local=ours",
            previousVote: nil, issues: ["housing", "jobs"], message: nil, asks: [], notes: nil)
        try canvass.log(answered)
        #expect(throws: InvalidInput.self) { try settings.set("canvass.issues", to: "housing,potholes") }
        try settings.set("canvass.issues", to: "jobs,housing,potholes")
        #expect(throws: InvalidInput.self) { try settings.set("canvass.election_types", to: "westminster,mayor") }
        try settings.set("canvass.election_types", to: "local,westminster")
        #expect(try settings.canvassScheme().electionTypes == ["local", "westminster"])
    }

    @Test func theRepositoryChecksAttemptsAgainstTheSchemeAsSet() throws {
        let ten = CanvassScheme(supportScale: 1...10, promises: 1...2, issues: ["housing"], electionTypes: ["westminster"])
        #expect(throws: InvalidInput.self) { try canvass.log(try contact("LA-1", support: 8, scheme: ten)) }
        try settings.set("canvass.support_scale", to: "10")
        #expect(try canvass.log(try contact("LA-1", support: 8, scheme: ten)))
    }

    @Test func supportersFollowThePromiseRange() throws {
        try canvass.log(try contact("LA-1", support: 2))
        try canvass.log(try contact("LA-2", support: 3))
        #expect(try canvass.summary(ward: nil, district: nil, since: nil).messageResults.first?.supporters == 1)
        #expect(try canvass.knockUp(WalkListFilter(ward: "Leith"), pollOn: day).entries.count == 1)
        try settings.set("canvass.promises", to: "1-3")
        let summary = try canvass.summary(ward: nil, district: nil, since: nil)
        #expect(summary.messageResults.first?.supporters == 2)
        #expect(summary.intentions == ["westminster": ["ours": 2]])
        #expect(try canvass.knockUp(WalkListFilter(ward: "Leith"), pollOn: day).entries.count == 2)
        #expect(throws: InvalidInput.self) { try canvass.walkList(WalkListFilter(ward: "Leith", support: 1...6)) }
    }
}
