import ArgumentParser
import Councillors
import Defections
import RosetteCore
import Testing

@testable import RosetteCLI

@Suite struct CouncillorsParsingTests {
    @Test func councillorsAddTakesTheScriptedInterface() throws {
        let command = try RosetteCommand.parseAsRoot([
            "councillors", "add", "--name", "Jo Bloggs", "--council", "1", "--ward", "Slade", "--party", "lab",
            "--elected-on", "2022-05-05", "--json",
        ])
        let add = try #require(command as? CouncillorsCommand.Add)
        #expect(add.council == 1 && add.ward == "Slade" && add.party == "lab" && add.json)
        #expect(add.electedOn == CalendarDate(iso: "2022-05-05"))
    }

    @Test func councilsAddAcceptsTierAliases() throws {
        let command = try RosetteCommand.parseAsRoot([
            "councils", "add", "--name", "Ashcombe", "--tier", "town", "--nation", "england", "--json",
        ])
        #expect(try #require(command as? CouncilsCommand.Add).tier == .parish)
    }

    @Test func defectionsRecordOptions() throws {
        let command = try RosetteCommand.parseAsRoot([
            "defections", "record", "--councillor", "3", "--to", "rosette", "--effective", "2026-03-02",
            "--announced", "2026-02-27", "--source", "press release",
        ])
        let record = try #require(command as? DefectionsCommand.Record)
        #expect(record.councillor == 3 && record.to == "rosette" && record.source == "press release")
    }

    @Test(arguments: [
        ["councils", "show", "1", "--as-of", "1/5/2022"],
        ["councillors", "add", "--name", "X", "--council", "1", "--ward", "W", "--party", "lab"],
        ["councils", "add", "--name", "X", "--tier", "shire", "--nation", "england"],
        ["councillors", "office", "3", "--add", "mayor", "--end", "mayor"],
        ["vacancies", "record", "--councillor", "3", "--reason", "boredom", "--notice-on", "2026-01-01"],
        ["vacancies", "rules", "--set", "parish_electors"],
    ])
    func badArgumentsAreUsageErrors(_ arguments: [String]) {
        do {
            _ = try RosetteCommand.parseAsRoot(arguments)
            Issue.record("parsed \(arguments)")
        } catch {
            #expect(RosetteCommand.exitCode(for: error) == .validationFailure)
        }
    }

    @Test func timelineChartDrawsGainsRightAndLossesLeft() {
        let ours = Party(id: PartyID(rawValue: 20), name: "Rosette Party", shortName: "rosette")
        let timeline = DefectionTimeline(months: [
            .init(month: "2026-01", joined: 2, left: 0, other: 0), .init(month: "2026-02", joined: 0, left: 1, other: 1),
        ])
        let text = TimelineChart.render(timeline, ours: ours)
        #expect(text.contains("2026-01"))
        #expect(text.contains("## 2"))
        #expect(text.contains("1 ="))
        #expect(text.contains("net +1 seats"))
        #expect(TimelineChart.render(timeline, ours: nil).contains("rosette parties ours"))
    }
}
