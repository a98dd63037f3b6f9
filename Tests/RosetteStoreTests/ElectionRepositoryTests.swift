import Elections
import Members
import RosetteCore
import RosetteStore
import Testing

@Suite struct ElectionRepositoryTests {
    let database: AppDatabase
    let elections: ElectionRepository

    init() throws {
        database = try AppDatabase.inMemory()
        elections = ElectionRepository(database, actor: Actor("steering"))
    }

    func councilByElection(_ name: String = "Leith Walk", area: String? = "Leith Walk") throws -> PartyElectionDetails {
        PartyElectionDetails(
            name: name, kind: .local, nation: .scotland, area: area, pollDate: try Fixture.date("2026-03-05"),
            authorisedDescription: "Rosette Party", paperDescription: "Rosette Party")
    }

    @Test func addsFindsAndListsByPollingDay() throws {
        let later = try elections.add(
            PartyElectionDetails(name: "Later", kind: .ukParliament, nation: .england, pollDate: try Fixture.date("2026-06-04")))
        let sooner = try elections.add(try councilByElection())
        #expect(try elections.find(sooner.id) == sooner)
        #expect(try elections.list().map(\.id) == [sooner.id, later.id])
    }

    @Test func refusesImpossibleElections() throws {
        #expect(throws: TimetableError.self) {
            try elections.add(PartyElectionDetails(name: "x", kind: .senedd, nation: .scotland, pollDate: try Fixture.date("2026-05-07")))
        }
        #expect(throws: InvalidInput.self) {
            try elections.add(PartyElectionDetails(name: "  ", kind: .local, nation: .england, pollDate: try Fixture.date("2026-05-07")))
        }
        var unknownMember = try councilByElection()
        unknownMember.candidate = .member(MemberID(rawValue: 42))
        #expect(throws: MembersError.notFound(MemberID(rawValue: 42))) { try elections.add(unknownMember) }
    }

    @Test func cancelledElectionsLeaveTheListAndTheBoard() throws {
        let election = try elections.add(try councilByElection())
        _ = try elections.cancel(election.id, on: Fixture.today)
        #expect(try elections.list().isEmpty)
        #expect(try elections.list(includeCancelled: true).count == 1)
        #expect(try elections.dossier(election.id).boardItems.isEmpty)
        #expect(throws: ElectionsStoreError.alreadyCancelled(election.id)) { try elections.cancel(election.id, on: Fixture.today) }
    }

    @Test func formProgressIsRecordedOnlyForFormsOnTheChecklist() throws {
        let election = try elections.add(try councilByElection())
        let checklist = try elections.checklist(of: election.id)
        try elections.setForm(.nominationPaper, of: election.id, status: .submitted, assignee: "agent", note: "handed in", checklist: checklist)
        try elections.setForm(.nominationPaper, of: election.id, status: nil, assignee: nil, note: "receipt kept", checklist: checklist)
        let progress = try elections.formProgress(of: election.id)
        #expect(progress[.nominationPaper] == FormProgress(status: .submitted, assignee: "agent", note: "receipt kept"))
        // Council elections have no deposit.
        #expect(throws: ElectionsStoreError.notOnTheChecklist(election.id, "deposit")) {
            try elections.setForm(.deposit, of: election.id, status: .submitted, assignee: nil, note: nil, checklist: checklist)
        }
        let dossier = try elections.dossier(election.id)
        #expect(dossier.checklist.first { $0.requirement.kind == .nominationPaper }?.status == .submitted)
    }

    @Test func subscribersOnAnotherPaperForTheSamePollAreFound() throws {
        let first = try elections.add(try councilByElection("Candidate A"))
        let second = try elections.add(try councilByElection("Candidate B"))
        _ = try elections.addSubscriber(Subscriber(name: "X", electorNumber: "LW-1", role: .proposer), to: first.id)
        _ = try elections.addSubscriber(Subscriber(name: "X", electorNumber: "LW-1", role: .seconder), to: second.id)
        #expect(try elections.otherPapers(than: second.id) == ["election \(first.id)": ["LW-1"]])
        let warnings = try elections.dossier(second.id).subscriberWarnings
        #expect(warnings.contains { $0.description.contains("LW-1") })
        let stored = try elections.subscribers(of: second.id)
        try elections.removeSubscriber(stored[0].id)
        #expect(try elections.subscribers(of: second.id).isEmpty)
        #expect(throws: ElectionsStoreError.subscriberNotFound(stored[0].id)) { try elections.removeSubscriber(stored[0].id) }
    }

    @Test func anExcludedDayMovesDeadlinesAtOnce() throws {
        let election = try elections.add(try councilByElection())
        let before = try elections.dossier(election.id).timetable
        let nominations = try #require(before[.closeOfNominations]).date
        try elections.excludeDay(nominations, reason: "day of mourning")
        let after = try elections.dossier(election.id).timetable
        #expect(try #require(after[.closeOfNominations]).date < nominations)
        try elections.removeExcludedDay(nominations)
        #expect(try elections.dossier(election.id).timetable[.closeOfNominations]?.date == nominations)
    }

    @Test func editsAreAuditedAndMoveTheTimetable() throws {
        let election = try elections.add(try councilByElection())
        var details = election.details
        details.pollDate = try Fixture.date("2026-03-12")
        let updated = try elections.update(election.id, with: details)
        #expect(try elections.dossier(updated.id).timetable.pollDate.iso == "2026-03-12")
        let trail = try AuditRepository(database).entries(recordKind: "election", recordId: election.id.rawValue)
        #expect(trail.map(\.action) == ["create", "update"])
    }
}
