import Canvassing
import RosetteCore
import Testing

@Suite struct RegisterNumberTests {
    @Test(arguments: [
        ("PD-123/1", "PD", 123, 1), ("pd123", "PD", 123, 0), ("LA1-23", "LA1", 23, 0),
        ("AB 12 / 2", "AB", 12, 2), ("AB-0012", "AB", 12, 0), ("ab-7/0", "AB", 7, 0),
    ])
    func parsesCombinedNumbers(text: String, district: String, number: Int, suffix: Int) throws {
        let parsed = try RegisterNumber(parsing: text)
        #expect(parsed.district == district)
        #expect(parsed.number == number)
        #expect(parsed.suffix == suffix)
    }

    @Test(arguments: ["", "123", "AB-", "AB-1234567", "AB-1/1234", "1A-2", "ABCDEFG-1", "AB-x"])
    func refusesWhatIsNotAnElectorNumber(text: String) {
        #expect(throws: InvalidInput.self) { try RegisterNumber(parsing: text) }
    }

    @Test func normalisedFormDropsAZeroSuffix() throws {
        #expect(try RegisterNumber(district: "pd", number: 5, suffix: 0).normalised == "PD-5")
        #expect(try RegisterNumber(district: "PD", number: 5, suffix: 2).normalised == "PD-5/2")
    }

    @Test(arguments: [("2026-11-30", "2025-26"), ("2026-12-01", "2026-27"), ("2027-01-15", "2026-27"), ("2099-12-31", "2099-00")])
    func editionInForceTurnsOverOnTheFirstOfDecember(day: String, edition: String) throws {
        let date = try #require(CalendarDate(iso: day))
        #expect(RegisterEdition.inForce(on: date).name == edition)
    }

    @Test(arguments: ["2026-28", "26-27", "2026", "2026-2027"])
    func refusesMalformedEditions(text: String) {
        #expect(throws: InvalidInput.self) { try RegisterEdition(parsing: text) }
    }

    @Test func markerLettersAreDeduplicatedAndUpperCased() {
        #expect(FranchiseMarker.letters(in: "g, z g") == "GZ")
        #expect(FranchiseMarker.letters(in: "") == "")
    }
}
