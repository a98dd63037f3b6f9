import Canvassing
import RosetteCore
import Testing

@Suite struct WalkAddressTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var lines: [String]
        var number: Int?
        var end: Int? = nil
        var suffix = ""
        var flat: String? = nil
        var name: String? = nil
        var street: String
        var testDescription: String { lines.joined(separator: " / ") }
    }

    @Test(arguments: [
        Case(lines: ["12 Leith Walk", "Edinburgh"], number: 12, street: "Leith Walk"),
        Case(lines: ["12", "Leith Walk", "Edinburgh"], number: 12, street: "Leith Walk"),
        Case(lines: ["12A Leith Walk"], number: 12, suffix: "A", street: "Leith Walk"),
        Case(lines: ["4-6 Mill Road"], number: 4, end: 6, street: "Mill Road"),
        Case(lines: ["Flat 2", "14 High Street"], number: 14, flat: "2", street: "High Street"),
        Case(lines: ["Flat 1/2, 14 High Street"], number: 14, flat: "1/2", street: "High Street"),
        Case(lines: ["Rose Cottage", "Mill Lane", "Leith"], number: nil, name: "Rose Cottage", street: "Mill Lane"),
        Case(lines: ["", "12, Leith Walk", "EH6 5AB"], number: 12, street: "Leith Walk"),
        Case(lines: ["The Old Manse"], number: nil, street: "The Old Manse"),
    ])
    func parsesRaggedAddressLines(_ c: Case) throws {
        let address = WalkAddress(lines: c.lines, postcode: try Postcode(parsing: "EH6 5AB"))
        #expect(address.houseNumber == c.number)
        #expect(address.houseNumberEnd == c.end)
        #expect(address.numberSuffix == c.suffix)
        #expect(address.flat == c.flat)
        #expect(address.houseName == c.name)
        #expect(address.street == c.street)
        #expect(!address.locality.contains("EH6 5AB"))
    }

    @Test func walkingOrderGoesUpTheOddSideAndBackDownTheEven() {
        let doors = ["2 High St", "1 High St", "4 High St", "3 High St", "1 Abbey Rd", "Ivy House, High St"]
        let ordered = doors.map { WalkAddress(lines: [$0], postcode: nil) }.sorted { $0.walkKey < $1.walkKey }
        #expect(ordered.map(\.line) == ["1 Abbey Rd", "1 High St", "3 High St", "4 High St", "2 High St", "Ivy House, High St"])
    }

    @Test func flatsOfOneBuildingAreOneDoorInNumberOrder() {
        let flats = ["Flat 10, 5 High St", "Flat 2, 5 High St", "Flat 1, 5 High St"]
        let ordered = flats.map { WalkAddress(lines: [$0], postcode: nil) }.sorted { $0.walkKey < $1.walkKey }
        #expect(ordered.map(\.flat) == ["1", "2", "10"])
        #expect(Set(ordered.map(\.householdKey)).count == 3)
    }
}
