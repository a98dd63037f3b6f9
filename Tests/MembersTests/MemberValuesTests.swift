import Members
import RosetteCore
import Testing

@Suite struct MemberValuesTests {
    @Test(arguments: [
        ("Standard", "standard"), ("Student Concession", "student-concession"),
        ("  life_member ", "life-member"), ("Under-25", "under-25"), ("a/b", "a-b"),
    ])
    func membershipTypesAreSlugs(_ pair: (String, String)) throws {
        #expect(try MembershipType(parsing: pair.0).slug == pair.1)
    }

    @Test(arguments: ["", "   ", "Ünïcode", "drop;table", String(repeating: "x", count: 41)])
    func rejectsUnusableTypes(_ text: String) {
        #expect(throws: InvalidInput.self) { try MembershipType(parsing: text) }
    }

    @Test func rolesKnowTheNominatingOfficer() throws {
        #expect(try Role(parsing: "Nominating Officer") == .nominatingOfficer)
        #expect(try Role(parsing: "treasurer") == .treasurer)
        #expect(try Role(parsing: "Youth Officer").slug == "youth-officer")
    }

    @Test(arguments: [
        ("  Siobhán ", "Siobhán"), ("O'Neill", "O'Neill"), ("Jean-Luc", "Jean-Luc"), ("X", "X"),
        ("van der Berg", "van der Berg"),
    ])
    func namesKeepWhatPeopleWrite(_ pair: (String, String)) throws {
        #expect(try PersonName(parsing: pair.0).value == pair.1)
    }

    @Test(arguments: ["", "  ", "Tab\there", "New\nline", String(repeating: "a", count: 101)])
    func namesRejectEmptyAndControlCharacters(_ text: String) {
        #expect(throws: InvalidInput.self) { try PersonName(parsing: text) }
    }

    @Test func roleIsHeldBetweenItsDates() throws {
        let start = try #require(CalendarDate(iso: "2026-01-01"))
        let end = try #require(CalendarDate(iso: "2026-06-30"))
        let role = RoleAssignment(role: .treasurer, startedOn: start, endedOn: end)
        #expect(!role.isHeld(on: start.adding(days: -1)))
        #expect(role.isHeld(on: start))
        #expect(role.isHeld(on: end))
        #expect(!role.isHeld(on: end.adding(days: 1)))
        #expect(RoleAssignment(role: .treasurer, startedOn: start).isHeld(on: end.adding(days: 900)))
    }

    @Test func latestConsentPerChannelWins() throws {
        let d1 = try #require(CalendarDate(iso: "2026-01-01"))
        let d2 = try #require(CalendarDate(iso: "2026-02-01"))
        let history = [
            ConsentChange(channel: .email, given: true, recordedOn: d1, method: "form", recordedBy: "a"),
            ConsentChange(channel: .sms, given: true, recordedOn: d2, method: nil, recordedBy: "a"),
            ConsentChange(channel: .email, given: false, recordedOn: d2, method: "reply", recordedBy: "b"),
        ]
        let current = ConsentChange.current(from: history)
        #expect(current == [.email: false, .sms: true])
    }
}
