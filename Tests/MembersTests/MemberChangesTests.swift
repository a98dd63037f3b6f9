import Members
import RosetteCore
import Testing

@Suite struct MemberChangesTests {
    let today = CalendarDate(dayNumber: 20_417)  // 2025-11-25

    @Test func newDetailsNormaliseEveryField() throws {
        var changes = MemberChanges()
        changes.firstName = " Ada "
        changes.lastName = "Byron"
        changes.email = " Ada@Example.org "
        changes.phone = "07700 900123"
        changes.postcode = "sw1a1aa"
        changes.dateOfBirth = "1990-12-10"
        changes.membershipType = "Student Concession"
        changes.duesPence = 300
        let details = try changes.newDetails(today: today)
        #expect(details.firstName.value == "Ada")
        #expect(details.email?.comparisonKey == "ada@example.org")
        #expect(details.phone?.e164 == "+447700900123")
        #expect(details.postcode?.normalised == "SW1A 1AA")
        #expect(details.joinedOn == today)
        #expect(details.membershipType.slug == "student-concession")
        #expect(details.duesPence == 300)
    }

    @Test func requiresBothNames() {
        var changes = MemberChanges()
        changes.firstName = "Ada"
        #expect(throws: InvalidInput.self) { try changes.newDetails(today: today) }
    }

    @Test func emptyValueClearsAnOptionalField() throws {
        var changes = MemberChanges()
        changes.firstName = "Ada"
        changes.lastName = "Byron"
        changes.email = "ada@example.org"
        let details = try changes.newDetails(today: today)
        var clear = MemberChanges()
        clear.email = ""
        let cleared = try clear.applied(to: details)
        #expect(cleared.email == nil)
        #expect(cleared.changedFields(from: details) == ["email"])
    }

    @Test(arguments: [
        ("email", "not-an-email"), ("phone", "12"), ("postcode", "SW1A"), ("date_of_birth", "10/12/1990"),
        ("joined_on", "2026-02-30"), ("date_of_birth", "2030-01-01"),
    ])
    func rejectsBadValuesNamingTheField(_ pair: (String, String)) throws {
        var changes = MemberChanges()
        changes.firstName = "Ada"
        changes.lastName = "Byron"
        switch pair.0 {
        case "email": changes.email = pair.1
        case "phone": changes.phone = pair.1
        case "postcode": changes.postcode = pair.1
        case "date_of_birth": changes.dateOfBirth = pair.1
        default: changes.joinedOn = pair.1
        }
        let error = try #require(throws: InvalidInput.self) { try changes.newDetails(today: today) }
        #expect(error.field.contains(pair.0))
    }

    @Test func negativeDuesAreRefused() throws {
        var changes = MemberChanges()
        changes.duesPence = -5
        let base = MemberDetails(
            firstName: try PersonName(parsing: "A"), lastName: try PersonName(parsing: "B"), joinedOn: today)
        #expect(throws: InvalidInput.self) { try changes.applied(to: base) }
    }
}
