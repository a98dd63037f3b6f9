import Foundation
import Members
import RosetteCore
import RosetteStore
import Testing

@Suite struct MemberImportTests {
    let database: AppDatabase
    let members: MemberRepository

    init() throws {
        database = try AppDatabase.inMemory()
        members = MemberRepository(database, actor: Actor("importer"))
    }

    func run(_ csv: String, policy: DuplicatePolicy = .error) throws -> ImportSummary {
        try members.importMembers(next: Fixture.records(csv), policy: policy, today: Fixture.today)
    }

    func count() throws -> Int { try members.stats(on: Fixture.today, gracePeriodDays: 30).total }

    @Test func importsGoodRows() throws {
        let summary = try run("first_name,last_name,email\nAda,Byron,ada@example.org\nGrace,Hopper,\n")
        #expect(summary == { var s = ImportSummary(); s.added = 2; return s }())
        #expect(try count() == 2)
    }

    @Test func anyBadRowMeansNothingIsWrittenAndEveryBadLineIsNamed() throws {
        _ = try run("first_name,last_name\nExisting,Member\n")
        let csv = """
            first_name,last_name,email,postcode
            Ada,Byron,ada@example.org,EH6 5AB
            ,Nobody,,
            Grace,Hopper,not-an-email,
            "Multi
            line note",Person,,
            Alan,Turing,,NOWHERE
            """
        do {
            _ = try run(csv)
            Issue.record("expected the import to fail")
        } catch let failure as ImportFailure {
            // Line numbers as a spreadsheet shows them: the header is row 1 and the quoted
            // field with a newline is one row (5), so Turing is row 6.
            #expect(failure.badRows.map(\.line) == [3, 4, 5, 6])
        }
        #expect(try count() == 1)
    }

    @Test func duplicatesWithinTheFileAndAgainstTheDatabase() throws {
        _ = try run("first_name,last_name,email\nAda,Byron,ada@example.org\n")
        let csv = "first_name,last_name,email,postcode\nGrace,Hopper,g@example.org,EH6 5AB\nADA,BYRON,ADA@example.org,\ngrace,hopper,,eh6 5ab\n"
        do {
            _ = try run(csv)
            Issue.record("expected duplicates to fail")
        } catch let failure as ImportFailure {
            #expect(failure.badRows.map(\.line) == [3, 4])
            #expect(failure.badRows[1].reason.contains("line 2"))
        }
        #expect(try count() == 1)
        let skipped = try run(csv, policy: .skip)
        #expect(skipped.added == 1 && skipped.skipped == 2)
    }

    @Test func updatePolicyOverwritesAndCountsOnlyRealChanges() throws {
        _ = try run("first_name,last_name,email,branch\nAda,Byron,ada@example.org,Leith\n")
        let again = try run("first_name,last_name,email,branch\nAda,Byron,ada@example.org,Leith\n", policy: .update)
        #expect(again.updated == 0 && again.skipped == 1)
        let moved = try run("first_name,last_name,email,branch\nAda,Byron,ada@example.org,Dennistoun\n", policy: .update)
        #expect(moved.updated == 1)
        var filter = MemberFilter()
        filter.branch = "Dennistoun"
        #expect(try members.list(filter, on: Fixture.today, gracePeriodDays: 30).count == 1)
    }

    @Test func blankLinesAreSkipped() throws {
        let summary = try run("first_name,last_name\n\nAda,Byron\n,\n")
        #expect(summary.added == 1)
    }

    @Test func aBadHeaderStopsAtOnce() throws {
        #expect(throws: MemberImportError.self) { try run("email\nada@example.org\n") }
        #expect(throws: MemberImportError.empty) { try run("") }
    }

    @Test func exportReadsBackUnchanged() throws {
        _ = try run(
            "first_name,last_name,email,phone,notes,dues_pence,paid_until\n=Ada,+Byron,ada@example.org,07700900123,@risky,1200,2026-01-31\n")
        var exported = "\(CSVWriter.encode(MemberExport.header))"
        try members.forEachMember { profile in
            exported += CSVWriter.encode(
                MemberExport.row(profile.member, roles: profile.roles, consent: profile.consent, today: Fixture.today, gracePeriodDays: 30))
        }
        #expect(exported.contains("'=Ada"))
        let before = try members.list(MemberFilter(), on: Fixture.today, gracePeriodDays: 30)
        let summary = try run(exported, policy: .update)
        #expect(summary.updated == 0 && summary.added == 0 && summary.skipped == 1)
        #expect(try members.list(MemberFilter(), on: Fixture.today, gracePeriodDays: 30) == before)
        #expect(before.first?.member.details.firstName.value == "=Ada")
    }
}

@Suite struct MemberReimportTests {
    @Test func anExportedIdMatchesOnlyTheSameNamedMember() throws {
        let database = try AppDatabase.inMemory()
        let members = MemberRepository(database, actor: Actor("t"))
        let ada = try members.add(try Fixture.details("Ada", "Byron"))
        // Same id and name, no email or postcode: recognised as the same member.
        let same = try members.importMembers(
            next: Fixture.records("id,first_name,last_name\n\(ada.id),Ada,Byron\n"), policy: .skip, today: Fixture.today)
        #expect(same.skipped == 1 && same.added == 0)
        // Same id, another name (a file from another database): a new member, not an overwrite.
        let other = try members.importMembers(
            next: Fixture.records("id,first_name,last_name\n\(ada.id),Grace,Hopper\n"), policy: .update, today: Fixture.today)
        #expect(other.added == 1 && other.updated == 0)
        #expect(try members.find(ada.id).details.firstName.value == "Ada")
    }
}

@Suite struct MemberReviewRegressionTests {
    let database: AppDatabase
    let members: MemberRepository

    init() throws {
        database = try AppDatabase.inMemory()
        members = MemberRepository(database, actor: Actor("t"))
    }

    @Test func updateReplacesOnlyTheColumnsTheFileHas() throws {
        var details = try Fixture.details("Callum", "Reid", email: "callum@example.org", postcode: "BT9 5AB", joined: "2025-01-01")
        details.branch = "Belfast South"
        details.duesPence = 1200
        let callum = try members.add(details)
        let summary = try members.importMembers(
            next: Fixture.records("Email Address,First Name,Last Name,Mobile\ncallum@example.org,Callum,Reid,07700 900123\n"),
            policy: .update, today: Fixture.today)
        #expect(summary.updated == 1)
        let after = try members.find(callum.id).details
        #expect(after.phone?.e164 == "+447700900123")
        #expect(after.postcode?.normalised == "BT9 5AB")
        #expect(after.branch == "Belfast South")
        #expect(after.duesPence == 1200)
        #expect(after.joinedOn.iso == "2025-01-01")
    }

    @Test func rowsWithMoreCellsThanTheHeaderAreRejected() throws {
        #expect(throws: ImportFailure.self) {
            try members.importMembers(next: Fixture.records("first_name,last_name\nB,C,D\n"), policy: .error, today: Fixture.today)
        }
    }

    @Test func resigningEndsRolesThatHadNotStarted() throws {
        let ada = try members.add(try Fixture.details("Ada", "Byron"))
        try members.assign(.chair, to: ada.id, from: try Fixture.date("2025-12-01"))
        _ = try members.end(ada.id, MembershipEnding(reason: .resigned, on: Fixture.today))
        let role = try #require(try members.profile(ada.id).roles.first)
        #expect(role.endedOn == role.startedOn)
        #expect(throws: MembersError.alreadyEnded(ada.id, .resigned)) {
            try members.assign(.treasurer, to: ada.id, from: Fixture.today)
        }
    }

    @Test func renewalNeedsAnAmountAndBelievableDates() throws {
        let ada = try members.add(try Fixture.details("Ada", "Byron"))
        #expect(throws: MembersError.amountNeeded(ada.id)) {
            try members.renew(ada.id, until: try Fixture.date("2026-06-01"), paidOn: Fixture.today, amountPence: nil, today: Fixture.today)
        }
        #expect(throws: MembersError.self) {
            try members.renew(ada.id, until: try Fixture.date("2026-06-01"), paidOn: Fixture.today.adding(days: 1), amountPence: 100, today: Fixture.today)
        }
        #expect(throws: MembersError.self) {
            try members.renew(ada.id, until: try Fixture.date("9999-12-31"), paidOn: Fixture.today, amountPence: 100, today: Fixture.today)
        }
        #expect(throws: MembersError.self) {
            try members.renew(ada.id, until: try Fixture.date("2026-06-01"), paidOn: Fixture.today, amountPence: Int.max, today: Fixture.today)
        }
    }

    @Test func editCannotMoveJoiningAfterThePaidUpDate() throws {
        let ada = try members.add(try Fixture.details("Ada", "Byron"))
        _ = try members.renew(ada.id, until: try Fixture.date("2026-01-31"), paidOn: Fixture.today, amountPence: 0, today: Fixture.today)
        var changed = try members.find(ada.id).details
        changed.joinedOn = try Fixture.date("2026-06-01")
        #expect(throws: MembersError.self) { try members.update(ada.id, with: changed) }
    }

    @Test func consentCannotBeDatedInTheFuture() throws {
        let ada = try members.add(try Fixture.details("Ada", "Byron"))
        #expect(throws: MembersError.self) {
            try members.recordConsent(ada.id, channel: .email, given: false, on: Fixture.today.adding(days: 1), method: nil, today: Fixture.today)
        }
    }

    @Test func aForeignSQLiteFileIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("foreign-\(UUID().uuidString).sqlite3").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Fixture.sqlite(path, "CREATE TABLE invoice (x)")
        #expect(throws: StoreError.foreignDatabase) { try AppDatabase.open(path: path) }
    }
}
