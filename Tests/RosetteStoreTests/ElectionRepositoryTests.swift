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

    @Test func theNominatingOfficerDefaultsToTodaysHolderOfTheRole() throws {
        let members = MemberRepository(database, actor: Actor("steering"))
        let officer = try members.add(try Fixture.details("Nia", "Officer"))
        try members.assign(.nominatingOfficer, to: officer.id, from: try Fixture.date("2025-02-01"))
        let named = try elections.add(try councilByElection(), today: Fixture.today)
        #expect(named.details.nominatingOfficer == officer.id)
        let unnamed = try elections.add(try councilByElection("Without a day"))
        #expect(unnamed.details.nominatingOfficer == nil)
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

/// Regressions from a steering-group QA run of the elections commands.
@Suite struct ElectionReviewRegressionTests {
    let database: AppDatabase
    let elections: ElectionRepository
    let members: MemberRepository

    init() throws {
        database = try AppDatabase.inMemory()
        elections = ElectionRepository(database, actor: Actor("steering"))
        members = MemberRepository(database, actor: Actor("steering"))
    }

    func council(_ nation: Nation = .scotland) throws -> PartyElectionDetails {
        PartyElectionDetails(name: "By-election", kind: .local, nation: nation, pollDate: try Fixture.date("2026-03-05"))
    }

    @Test func formerOrUnderageMembersCannotStand() throws {
        let gone = try members.add(try Fixture.details("Gone", "Member"))
        _ = try members.end(gone.id, MembershipEnding(reason: .deceased, on: try Fixture.date("2025-06-01")))
        var details = try council()
        details.candidate = .member(gone.id)
        #expect(throws: ElectionsStoreError.self) { try elections.add(details) }
        var young = try Fixture.details("Young", "Member")
        young.dateOfBirth = try Fixture.date("2010-01-01")
        let child = try members.add(young)
        details.candidate = .member(child.id)
        #expect(throws: ElectionsStoreError.self) { try elections.add(details) }
    }

    @Test func impossibleFactsAreRefused() throws {
        var parish = PartyElectionDetails(
            name: "Parish", kind: .parish, nation: .england, pollDate: try Fixture.date("2026-05-07"))
        parish.agent = .named("An Agent")
        #expect(throws: InvalidInput.self) { try elections.add(parish) }
        var late = try council(.england)
        late.postalVoteDispatch = try Fixture.date("2026-03-10")
        #expect(throws: InvalidInput.self) { try elections.add(late) }
        var early = try council(.england)
        early.postalVoteDispatch = try Fixture.date("2026-01-05")
        #expect(throws: InvalidInput.self) { try elections.add(early) }
    }

    @Test func subscribersNeedANominationPaperAndALiveElection() throws {
        let referendum = try elections.add(
            PartyElectionDetails(name: "Referendum", kind: .referendum, nation: .england, pollDate: try Fixture.date("2026-05-07")))
        #expect(throws: ElectionsStoreError.self) {
            try elections.addSubscriber(Subscriber(name: "X", electorNumber: "AB-1", role: .proposer), to: referendum.id)
        }
        let election = try elections.add(try council())
        _ = try elections.cancel(election.id, on: Fixture.today)
        #expect(throws: ElectionsStoreError.alreadyCancelled(election.id)) {
            try elections.addSubscriber(Subscriber(name: "X", electorNumber: "AB-1", role: .proposer), to: election.id)
        }
    }

    @Test func scottishCouncilPapersNeedAProposerAndSeconder() throws {
        let election = try elections.add(try council())
        _ = try elections.addSubscriber(Subscriber(name: "X", electorNumber: "AB-1", role: .proposer), to: election.id)
        let warnings = try elections.dossier(election.id).subscriberWarnings.map(\.description)
        #expect(!warnings.contains { $0.contains("first 0") })
        #expect(warnings.contains { $0.contains("1") && $0.contains("2") })
    }

    @Test func passedMilestonesLeaveTheBoardButOverdueFormsStay() throws {
        let election = try elections.add(try council(.england))
        let rows = DeadlineBoard.rows(try elections.dossier(election.id).boardItems, today: try Fixture.date("2026-06-01"))
        #expect(!rows.contains { $0.item.source != .form && $0.urgency == .overdue })
        #expect(rows.contains { $0.item.source == .form && $0.urgency == .overdue })
    }
}
