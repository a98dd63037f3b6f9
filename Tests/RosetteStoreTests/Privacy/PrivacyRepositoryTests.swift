import Canvassing
import Members
import Privacy
import RosetteCore
import RosetteStore
import Testing

/// Subject access, erasure, the retention sweep and the do-not-contact list on an in-memory
/// database.
@Suite struct PrivacyRepositoryTests {
    let database: AppDatabase
    let members: MemberRepository
    let privacy: PrivacyRepository

    init() throws {
        database = try AppDatabase.inMemory()
        members = MemberRepository(database, actor: Actor("tester"))
        privacy = PrivacyRepository(database, actor: Actor("tester"))
    }

    func day(_ iso: String) throws -> CalendarDate { try Fixture.date(iso) }

    @Test func subjectAccessFindsAMemberByEmailInAnyCase() throws {
        let ada = try members.add(try Fixture.details("Ada", "Byron", email: "ada@example.org"))
        let sections = try privacy.subjectAccess(.email(try EmailAddress(parsing: "ADA@example.org")))
        #expect(sections.contains { $0.table == "member" && $0.records.first?["id"] == .integer(ada.id.rawValue) })
        #expect(sections.contains { $0.table == "auditEntry" })
    }

    @Test func nobodyFoundIsABadDataFailure() throws {
        #expect(throws: PrivacyError.nobodyFound("member 99")) { try privacy.subjectAccess(.member(99)) }
    }

    @Test func dryRunChangesNothingAndErasureAnonymisesButStillCounts() throws {
        let ada = try members.add(try Fixture.details("Ada", "Byron", email: "ada@example.org", postcode: "EH6 5AB"))
        _ = try members.add(try Fixture.details("Grace", "Hopper"))
        let dry = try privacy.erase(
            .member(ada.id.rawValue), today: Fixture.today, policy: .defaults, gracePeriodDays: 30, keepSuppression: false,
            dryRun: true)
        #expect(dry.contains { $0.table == "member" && $0.treatment == .anonymised && $0.count == 1 })
        #expect(try members.find(ada.id).details.email?.value == "ada@example.org")

        _ = try privacy.erase(
            .member(ada.id.rawValue), today: Fixture.today, policy: .defaults, gracePeriodDays: 30, keepSuppression: false,
            dryRun: false)
        let erased = try members.find(ada.id)
        #expect(erased.details.email == nil && erased.details.postcode == nil && erased.details.lastName.value == "Member")
        #expect(erased.ending?.reason == .resigned)
        #expect(try members.stats(on: Fixture.today, gracePeriodDays: 30).total == 2)
        let audit = try AuditRepository(database).entries(recordKind: "member", recordId: ada.id.rawValue)
        #expect(audit.last?.action == "erase")
        #expect(!audit.contains { $0.fields.contains("@") || $0.fields.contains("Byron") })
    }

    /// A QA finding: the erased person's name stayed in other members' consent history as the
    /// one who recorded it (`recordedBy`), readable in the raw file.
    @Test func erasureReplacesThePersonAsRecorderOfOthersConsent() throws {
        let robin = try members.add(try Fixture.details("Robin", "Demo", email: "robin@example.org"))
        let other = try members.add(try Fixture.details("Grace", "Hopper"))
        try MemberRepository(database, actor: Actor("Robin Demo")).recordConsent(
            other.id, channel: .sms, given: true, on: Fixture.today, method: "phone", today: Fixture.today)
        let sar = try privacy.subjectAccess(.member(robin.id.rawValue))
        #expect(sar.contains { $0.table == "contactConsent" && $0.matchedBy.hasPrefix("recorded by") && !$0.records.isEmpty })
        _ = try privacy.erase(
            .member(robin.id.rawValue), today: Fixture.today, policy: .defaults, gracePeriodDays: 30,
            keepSuppression: false, dryRun: false)
        let consent = try members.profile(other.id).consent
        #expect(consent.count == 1)
        #expect(consent.allSatisfy { $0.recordedBy != "Robin Demo" })
    }

    @Test func erasureTakesTheNameOffCanvassSessionTeams() throws {
        let robin = try members.add(try Fixture.details("Robin", "Demo", email: "robin@example.org"))
        let canvass = CanvassRepository(database, actor: Actor("organiser"))
        _ = try canvass.addSession(
            try CanvassSession.validated(
                heldOn: Fixture.today, area: "Leith", canvassers: ["Robin Demo", "Ada"], questions: [], notes: nil,
                today: Fixture.today))
        let sar = try privacy.subjectAccess(.member(robin.id.rawValue))
        #expect(sar.contains { $0.table == "canvassSession" && !$0.records.isEmpty })
        _ = try privacy.erase(
            .member(robin.id.rawValue), today: Fixture.today, policy: .defaults, gracePeriodDays: 30,
            keepSuppression: false, dryRun: false)
        #expect(try canvass.sessions().first?.session.canvassers == ["Ada"])
    }

    @Test func sweepClearsContactDetailsOnlyOnceLapsedLongEnough() throws {
        var old = try Fixture.details("Old", "Lapsed", email: "old@example.org", joined: "2020-01-01")
        old.phone = try PhoneNumber(parsing: "07700 900001")
        let lapsed = try members.add(old)
        _ = try members.renew(lapsed.id, until: try day("2022-12-31"), paidOn: try day("2022-01-01"), amountPence: 100, today: Fixture.today)
        let recent = try members.add(try Fixture.details("New", "Lapsed", email: "new@example.org", joined: "2024-01-01"))
        _ = try members.renew(recent.id, until: try day("2025-06-30"), paidOn: try day("2024-07-01"), amountPence: 100, today: Fixture.today)

        let dry = try privacy.sweep(today: Fixture.today, policy: .defaults, gracePeriodDays: 30, dryRun: true)
        #expect(dry.first { $0.table == "member" }?.count == 1)
        #expect(try members.find(lapsed.id).details.email != nil)

        _ = try privacy.sweep(today: Fixture.today, policy: .defaults, gracePeriodDays: 30, dryRun: false)
        #expect(try members.find(lapsed.id).details.email == nil)
        #expect(try members.find(lapsed.id).details.phone == nil)
        #expect(try members.find(lapsed.id).details.lastName.value == "Lapsed")
        #expect(try members.find(recent.id).details.email?.value == "new@example.org")
        #expect(try privacy.sweep(today: Fixture.today, policy: .defaults, gracePeriodDays: 30, dryRun: false).isEmpty)
    }

    @Test func suppressionIsIdempotentAndRemovable() throws {
        let list = SuppressionRepository(database, actor: Actor("tester"))
        let key = try SuppressionKey.parse(kind: .email, "Ada@Example.org")
        #expect(try list.suppress(key, today: Fixture.today))
        #expect(try !list.suppress(key, today: Fixture.today))
        #expect(try list.list().suppresses(email: try EmailAddress(parsing: "ada@example.org")))
        try list.remove(key)
        #expect(try list.entries().isEmpty)
        #expect(throws: PrivacyError.notSuppressed) { try list.remove(key) }
    }

    @Test func retentionSettingsAreCheckedAndTheDonorFloorHolds() throws {
        let settings = SettingsRepository(database)
        try settings.set("retention.shift_history_years", to: "5")
        #expect(try settings.retentionPolicy().shiftHistoryYears == 5)
        #expect(throws: InvalidInput.self) { try settings.set("retention.donor_record_years", to: "5") }
        #expect(try settings.retentionPolicy().donorRecordYears == 6)
    }
}
