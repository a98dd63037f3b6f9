import Privacy
import RosetteCore
import Testing

private func day(_ iso: String) -> CalendarDate {
    CalendarDate(iso: iso) ?? CalendarDate(dayNumber: 0)
}

@Suite("Retention policy")
struct RetentionPolicyTests {
    @Test(
        "a membership stops counting at its ending, or the day after its grace period",
        arguments: [
            // paidUntil, endedOn, today, grace, expected lapsed-on
            ("2024-03-31", nil, "2026-11-25", 30, "2024-05-01"),
            ("2026-12-31", nil, "2026-11-25", 30, nil),
            ("2026-10-31", nil, "2026-11-25", 30, nil),  // still in grace
            ("2026-10-25", nil, "2026-11-25", 30, "2026-11-25"),  // first lapsed day
            (nil, nil, "2026-11-25", 30, nil),  // pending: never paid, never ended
            ("2030-01-01", "2023-06-01", "2026-11-25", 30, "2023-06-01"),  // ended wins
            (nil, "2027-01-01", "2026-11-25", 30, nil),  // ending in the future
        ] as [(String?, String?, String, Int, String?)])
    func lapsedOn(paidUntil: String?, endedOn: String?, today: String, grace: Int, expected: String?) {
        let lapsed = RetentionPolicy.membershipLapsedOn(
            paidUntil: paidUntil.map(day), endedOn: endedOn.map(day), on: day(today), gracePeriodDays: grace)
        #expect(lapsed?.iso == expected)
    }

    @Test(
        "contact details expire once lapsed longer than the policy's years",
        arguments: [
            ("2024-11-24", true),  // a day more than two years before
            ("2024-11-25", false),  // exactly two years: still kept
            ("2026-01-01", false),
        ])
    func contactExpiry(lapsedOn: String, expired: Bool) {
        let policy = RetentionPolicy.defaults
        #expect(policy.memberContactExpired(lapsedOn: day(lapsedOn), on: day("2026-11-25")) == expired)
    }

    @Test(
        "a donation is kept to the end of its accounting year plus six years (PPERA s.41)",
        arguments: [("2020-01-01", "2026-12-31"), ("2020-12-31", "2026-12-31"), ("2024-02-29", "2030-12-31")])
    func donationKeptUntil(received: String, until: String) {
        #expect(RetentionPolicy.defaults.donationKeptUntil(receivedOn: day(received)).iso == until)
    }

    @Test("the cutoff goes back whole years, and never forwards")
    func cutoff() {
        #expect(RetentionPolicy.cutoff(years: 3, before: day("2026-11-25")).iso == "2023-11-25")
        #expect(RetentionPolicy.cutoff(years: -1, before: day("2026-11-25")).iso == "2026-11-25")
    }
}

@Suite("Person keys and record references")
struct PersonKeysTests {
    @Test(
        "names compare in lower case with single spaces",
        arguments: [("Ada Byron", "ada byron"), ("  ada   BYRON ", "ada byron"), ("Siân O'Neill", "siân o'neill")])
    func nameKey(name: String, key: String) {
        #expect(PersonKeys.nameKey(name) == key)
    }

    @Test("an empty name is no key")
    func emptyName() {
        #expect(PersonKeys.nameKey("   ") == nil)
        var keys = PersonKeys()
        keys.add(name: " ")
        keys.add(email: "")
        #expect(keys.isEmpty)
    }

    @Test("a request starts from its own key", arguments: [PersonRequest.member(4), .volunteer(4), .councillor(4), .donor(4)])
    func start(request: PersonRequest) {
        let keys = PersonKeys.start(request)
        #expect([keys.memberIDs, keys.volunteerIDs, keys.councillorIDs, keys.donorIDs].filter { $0 == [4] }.count == 1)
    }

    @Test("KIND:ID parses", arguments: [("member:12", "member", Int64(12)), ("donor:0", "donor", 0)])
    func reference(text: String, kind: String, id: Int64) throws {
        let reference = try RecordReference(parsing: text)
        #expect(reference.kind == kind && reference.id == id)
    }

    @Test("other shapes are refused", arguments: ["member", "member:", ":3", "member:x", "member:-1", "a:b:c", "mem ber:1"])
    func badReference(text: String) {
        #expect(throws: PrivacyError.badRecordReference(text)) { try RecordReference(parsing: text) }
    }
}
