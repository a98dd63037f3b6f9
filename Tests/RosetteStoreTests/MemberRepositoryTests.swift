import Members
import RosetteCore
import RosetteStore
import Testing

@Suite struct MemberRepositoryTests {
    let database: AppDatabase
    let members: MemberRepository

    init() throws {
        database = try AppDatabase.inMemory()
        members = MemberRepository(database, actor: Actor("tester"))
    }

    @Test func addsAndFindsAMember() throws {
        let added = try members.add(try Fixture.details("Ada", "Byron", email: "Ada@Example.org"))
        #expect(try members.find(added.id) == added)
        #expect(added.details.email?.value == "Ada@Example.org")
    }

    @Test func emailIsUniqueWhateverItsCase() throws {
        let first = try members.add(try Fixture.details("Ada", "Byron", email: "ada@example.org"))
        #expect(throws: MembersError.duplicateEmail(existing: first.id)) {
            try members.add(try Fixture.details("Augusta", "King", email: "ADA@EXAMPLE.ORG"))
        }
    }

    @Test func sameNameAtSamePostcodeIsADuplicate() throws {
        let first = try members.add(try Fixture.details("Ada", "Byron", postcode: "EH6 5AB"))
        #expect(throws: MembersError.duplicateNamePostcode(existing: first.id)) {
            try members.add(try Fixture.details("ADA", "byron", postcode: "eh65ab"))
        }
        // The same name elsewhere is another person.
        _ = try members.add(try Fixture.details("Ada", "Byron", postcode: "G31 2AA"))
    }

    @Test func updateRecordsChangedFieldNamesOnly() throws {
        let added = try members.add(try Fixture.details("Ada", "Byron", email: "ada@example.org"))
        var changes = MemberChanges()
        changes.email = "lovelace@example.org"
        changes.branch = "Leith"
        let updated = try members.update(added.id, with: try changes.applied(to: added.details))
        #expect(updated.details.branch == "Leith")
        let trail = try AuditTrailProbe(database).entries(for: added.id)
        #expect(trail.map(\.action) == ["create", "update"])
        #expect(trail.last?.fields == "email,branch")
        #expect(trail.allSatisfy { !$0.fields.contains("@") })  // never values
        #expect(trail.allSatisfy { $0.actor == "tester" })
    }

    @Test func renewalRecordsAPaymentAndMovesThePaidUpDate() throws {
        var changes = MemberChanges()
        changes.firstName = "Ada"
        changes.lastName = "Byron"
        changes.duesPence = 1200
        changes.joinedOn = "2025-01-01"
        let added = try members.add(try changes.newDetails(today: Fixture.today))
        #expect(added.status(on: Fixture.today, gracePeriodDays: 30) == .pending)
        let renewed = try members.renew(
            added.id, until: try Fixture.date("2026-01-31"), paidOn: Fixture.today, amountPence: nil, today: Fixture.today)
        #expect(renewed.status(on: Fixture.today, gracePeriodDays: 30) == .current)
        let profile = try members.profile(added.id)
        #expect(profile.payments.map(\.amountPence) == [1200])
    }

    @Test func endingAMembershipEndsItsRoles() throws {
        let added = try members.add(try Fixture.details("Ada", "Byron"))
        try members.assign(.treasurer, to: added.id, from: try Fixture.date("2025-02-01"))
        #expect(throws: MembersError.roleAlreadyHeld(added.id, .treasurer)) {
            try members.assign(.treasurer, to: added.id, from: try Fixture.date("2025-03-01"))
        }
        _ = try members.end(added.id, MembershipEnding(reason: .resigned, on: try Fixture.date("2025-06-30")))
        let profile = try members.profile(added.id)
        #expect(profile.roles.first?.endedOn?.iso == "2025-06-30")
        #expect(profile.member.status(on: Fixture.today, gracePeriodDays: 30) == .resigned)
        #expect(throws: MembersError.alreadyEnded(added.id, .resigned)) {
            try members.end(added.id, MembershipEnding(reason: .expelled, on: Fixture.today))
        }
    }

    @Test func listFiltersByStatusBranchRoleAndAgeBand() throws {
        var leith = try Fixture.details("Ada", "Byron")
        leith.branch = "Leith"
        leith.dateOfBirth = try Fixture.date("2005-06-01")
        let a = try members.add(leith)
        _ = try members.renew(a.id, until: try Fixture.date("2026-06-01"), paidOn: Fixture.today, amountPence: 0, today: Fixture.today)
        var other = try Fixture.details("Grace", "Hopper")
        other.branch = "Dennistoun"
        let b = try members.add(other)
        try members.assign(.nominatingOfficer, to: b.id, from: try Fixture.date("2025-01-01"))

        var filter = MemberFilter()
        filter.branch = "leith"
        #expect(try members.list(filter, on: Fixture.today, gracePeriodDays: 30).map(\.member.id) == [a.id])
        filter = MemberFilter()
        filter.statuses = [.pending]
        #expect(try members.list(filter, on: Fixture.today, gracePeriodDays: 30).map(\.member.id) == [b.id])
        filter = MemberFilter()
        filter.role = .nominatingOfficer
        #expect(try members.list(filter, on: Fixture.today, gracePeriodDays: 30).map(\.member.id) == [b.id])
        filter = MemberFilter()
        filter.ageBands = [.from18To24]
        #expect(try members.list(filter, on: Fixture.today, gracePeriodDays: 30).map(\.member.id) == [a.id])
    }

    @Test func searchFindsNamesEmailsAndPostcodesLiterally() throws {
        let a = try members.add(try Fixture.details("Ada", "Byron", email: "ada@example.org", postcode: "EH6 5AB"))
        _ = try members.add(try Fixture.details("Grace", "Hopper", email: "g_h@example.org"))
        #expect(try members.search("byr").map(\.id) == [a.id])
        #expect(try members.search("eh65a").map(\.id) == [a.id])
        #expect(try members.search("Ada Byron").map(\.id) == [a.id])
        #expect(try members.search("%").isEmpty)  // LIKE wildcards are literal
        #expect(try members.search("_h@").count == 1)
        #expect(try members.search("   ").isEmpty)
    }

    @Test func consentHistoryIsKept() throws {
        let a = try members.add(try Fixture.details("Ada", "Byron"))
        try members.recordConsent(a.id, channel: .email, given: true, on: try Fixture.date("2025-01-01"), method: "form", today: Fixture.today)
        try members.recordConsent(a.id, channel: .email, given: false, on: try Fixture.date("2025-03-01"), method: "reply", today: Fixture.today)
        let profile = try members.profile(a.id)
        #expect(profile.consent.count == 2)
        #expect(ConsentChange.current(from: profile.consent) == [.email: false])
        #expect(profile.consent.allSatisfy { $0.recordedBy == "tester" })
    }

    @Test func unknownMemberIsAClearError() {
        #expect(throws: MembersError.notFound(MemberID(rawValue: 99))) { try members.find(MemberID(rawValue: 99)) }
    }

    @Test func statsCountByStatusBranchAndAge() throws {
        var details = try Fixture.details("Ada", "Byron")
        details.branch = "Leith"
        details.dateOfBirth = try Fixture.date("2004-01-01")
        let a = try members.add(details)
        _ = try members.renew(a.id, until: try Fixture.date("2025-11-30"), paidOn: Fixture.today, amountPence: 0, today: Fixture.today)
        _ = try members.add(try Fixture.details("Grace", "Hopper"))
        let stats = try members.stats(on: Fixture.today, gracePeriodDays: 30)
        #expect(stats.total == 2)
        #expect(stats.byStatus == [.current: 1, .pending: 1])
        #expect(stats.activeByBranch == ["Leith": 1])
        #expect(stats.activeByAgeBand == [.from18To24: 1])
        #expect(stats.youthPerMille == 1000)
        #expect(stats.renewalsDueThisMonth == 1)
        #expect(stats.joinsByMonth == ["2025-01": 2])
    }
}
