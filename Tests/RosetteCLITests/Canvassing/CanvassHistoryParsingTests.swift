import ArgumentParser
import Canvassing
import Foundation
import RosetteCore
import Testing

@testable import RosetteCLI

/// `canvass history`, the walk list's turnout filters and its household column, without a database.
@Suite struct CanvassHistoryParsingTests {
    @Test func historyTakesAnElectorNumber() throws {
        let command = try RosetteCommand.parseAsRoot(["canvass", "history", "la-12/1", "--json"])
        let history = try #require(command as? CanvassCommand.History)
        #expect(history.elector.normalised == "LA-12/1")
        #expect(history.json)
    }

    @Test func walklistTakesTurnoutFilters() throws {
        let command = try RosetteCommand.parseAsRoot([
            "canvass", "walklist", "--ward", "Leith", "--voted-at", "2025-05-01", "--not-voted-at", "2026-05-07",
        ])
        let walk = try #require(command as? CanvassCommand.Walklist)
        #expect(walk.votedAt?.iso == "2025-05-01")
        #expect(walk.notVotedAt?.iso == "2026-05-07")
    }

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? .earliest }

    @Test func historyJSONWritesEveryContractKeyWithNulls() throws {
        let history = ElectorHistory(
            number: try RegisterNumber(parsing: "LB-1"), edition: "2025-26", name: "John Smith", address: nil,
            numbers: [EditionNumber(edition: "2024-25", number: try RegisterNumber(parsing: "LA-1"))],
            attempts: [PastAttempt(on: Self.day("2025-04-10"), canvasser: "Ada", method: .door, outcome: .notIn)],
            turnout: [TurnoutMark(pollOn: Self.day("2025-05-01"), source: .markedRegister)], onDoNotContactList: false)
        let json = try JSONOutput.string(ElectorHistoryJSON(history))
        for key in [
            #""elector_number" : "LB-1""#, #""address" : null"#, #""latest_support" : null"#,
            #""last_voted_on" : "2025-05-01""#, #""polls_voted" : 1"#, #""support" : null"#, #""intentions" : {"#,
            #""poll_on" : "2025-05-01""#, #""source" : "marked-register""#, #""left_off_lists" : false"#,
        ] {
            #expect(json.contains(key), "missing \(key)")
        }
        #expect(!json.contains("notes"))
    }

    static func entry(_ number: String, household: String, voted: String? = nil) throws -> WalkListEntry {
        WalkListEntry(
            number: try RegisterNumber(parsing: number), name: "Ann \(number)", address: "1 High St", postcode: nil,
            street: "High St", lastContactOn: nil, lastOutcome: nil, lastSupport: nil, absentVote: nil,
            lastVotedOn: voted.map(Self.day), householdKey: household)
    }

    @Test func listsNumberHouseholdsTheSameInTableHTMLAndJSON() throws {
        let entries = [
            try Self.entry("LA-1", household: "9", voted: "2026-05-07"), try Self.entry("LA-2", household: "9"),
            try Self.entry("LA-3", household: "4"),
        ]
        let html = ListOutput.html(WalkListEntry.numberingHouseholds(entries), title: "Walk")
        #expect(html.components(separatedBy: "<tr class=\"door\">").count == 3)  // two doors
        #expect(html.contains("voted 2026-05-07"))
        let json = try JSONOutput.string(WalkListEntry.numberingHouseholds(entries).map(WalkListJSON.init))
        #expect(json.contains(#""household" : 2"#) && json.contains(#""voted" : null"#))
        #expect(ListOutput.table(entries).contains("2026-05-07"))
    }
}
