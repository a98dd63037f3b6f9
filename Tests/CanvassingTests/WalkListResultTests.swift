import Canvassing
import RosetteCore
import Testing

/// QA defect 8: `canvass knockup --json` left out postal voters that the table showed.
@Suite struct WalkListResultTests {
    func entry(_ number: String, _ vote: AbsentVote?) throws -> WalkListEntry {
        WalkListEntry(
            number: try RegisterNumber(parsing: number), name: "A", address: "1 Leith Walk", postcode: nil,
            street: "Leith Walk", lastContactOn: nil, lastOutcome: nil, lastSupport: 1, absentVote: vote)
    }

    @Test(arguments: [
        (json: true, postal: false, expected: ["LA-1", "LA-2", "LA-3", "LA-4"]),
        (json: false, postal: false, expected: ["LA-1", "LA-3"]),
        (json: true, postal: true, expected: ["LA-2", "LA-4"]),
        (json: false, postal: true, expected: ["LA-2", "LA-4"]),
    ])
    func knockUpJsonCarriesPostalVoters(json: Bool, postal: Bool, expected: [String]) throws {
        let list = WalkListResult(
            entries: [
                try entry("LA-1", nil), try entry("LA-2", .postal), try entry("LA-3", .proxy),
                try entry("LA-4", .proxyPostal),
            ], suppressed: 0)
        #expect(list.knockUpEntries(json: json, postal: postal).map(\.number.normalised) == expected)
    }
}
