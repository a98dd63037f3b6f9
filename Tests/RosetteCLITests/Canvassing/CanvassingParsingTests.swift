import ArgumentParser
import Canvassing
import Testing

@testable import RosetteCLI

@Suite struct CanvassingParsingTests {
    @Test func canvassLogTakesTheIssueExample() throws {
        let command = try RosetteCommand.parseAsRoot([
            "canvass", "log", "ab-123/1", "--outcome", "spoke", "--support", "2", "--intention", "ours",
            "--issues", "housing,jobs", "--message", "renters",
        ])
        let log = try #require(command as? CanvassCommand.Log)
        #expect(log.elector.normalised == "AB-123/1")
        #expect(log.outcome == .spoke)
        #expect(log.method == .door)
        #expect(log.support == 2)
        #expect(log.issues == "housing,jobs")
    }

    /// Notes are what people said: "-ve about bins" must not be read as an option; outcomes and
    /// methods are read as a sheet import reads them.
    @Test func canvassLogTakesNotesAsTypedAndOutcomesInAnyCase() throws {
        let command = try RosetteCommand.parseAsRoot([
            "canvass", "log", "LA-1", "--outcome", "Not In", "--method", "Street Stall", "--notes", "-ve about bins",
        ])
        let log = try #require(command as? CanvassCommand.Log)
        #expect(log.notes == "-ve about bins")
        #expect(log.outcome == .notIn)
        #expect(log.method == .streetStall)
    }

    @Test func registerImportTakesEditionWardAndMaps() throws {
        let command = try RosetteCommand.parseAsRoot([
            "register", "import", "r.csv", "--edition", "2026-27", "--ward", "Leith", "--map", "PD=prefix",
        ])
        let importing = try #require(command as? RegisterCommand.Import)
        #expect(importing.edition == "2026-27")
        #expect(try ImportConsole.headerMap(importing.map) == ["PD": "prefix"])
    }

    @Test func walklistTakesFilters() throws {
        let command = try RosetteCommand.parseAsRoot([
            "canvass", "walklist", "--district", "LA", "--street", "High St", "--not-canvassed-since", "2026-11-01",
            "--support", "1-2", "--format", "csv", "--out", "w.csv",
        ])
        let walk = try #require(command as? CanvassCommand.Walklist)
        #expect(walk.area.district == "LA")
        #expect(walk.format == .csv)
        #expect(walk.support == "1-2")
    }

    @Test(arguments: [
        ["canvass", "log", "123", "--outcome", "spoke"],
        ["canvass", "log", "AB-1", "--outcome", "maybe"],
        ["canvass", "log", "AB-1", "--outcome", "spoke", "--asks", "hug"],
        ["canvass", "log", "AB-1", "--outcome", "spoke", "--on", "25/11/2026"],
        ["canvass", "walklist"],
        ["canvass", "walklist", "--ward", "Leith", "--support", "high"],
        ["canvass", "walklist", "--ward", "Leith", "--format", "pdf"],
        ["canvass", "knockup"],
        ["canvass", "voted"],
        ["register", "import", "r.csv", "--edition", "2026"],
        ["register", "import", "r.csv", "--map", "nonsense"],
        ["register", "absent-voters", "a.csv", "--kind", "pigeon"],
        ["register", "marked", "m.csv"],
        ["canvass", "history"],
        ["canvass", "history", "12"],
        ["canvass", "walklist", "--ward", "Leith", "--voted-at", "7/5/2026"],
        ["canvass", "walklist", "--ward", "Leith", "--voted-at", "2026-05-07", "--not-voted-at", "2026-05-07"],
    ])
    func badArgumentsAreUsageErrors(_ arguments: [String]) {
        do {
            var command = try RosetteCommand.parseAsRoot(arguments)
            try command.validate()
            Issue.record("expected \(arguments) to be refused")
        } catch {
            #expect(RosetteCommand.exitCode(for: error) == .validationFailure)
        }
    }

    @Test func summaryJSONHasTheContractKeys() throws {
        var summary = CanvassSummary()
        summary.attempts = 3
        summary.contacts = 2
        summary.support = [1: 1, 4: 1]
        summary.byMessage["renters"] = 2
        summary.messageSupport["renters"] = [1: 1, 4: 1]
        summary.intentions = ["local": ["ours": 2]]
        let json = try JSONOutput.string(CanvassSummaryJSON(summary, scheme: .standard))
        #expect(json.contains(#""attempts" : 3"#))
        #expect(json.contains(#""contacts" : 2"#))
        #expect(json.contains(#""1" : 1"#))
        #expect(json.contains(#""5" : 0"#), "every point of the scale is listed")
        #expect(json.contains(#""support_scale" : "1-5""#))
        #expect(json.contains(#""local" : {"#))
        #expect(json.contains(#""supporters" : 1"#))
        #expect(json.contains(#""ci95_low""#))
    }

    @Test func walkListHTMLEscapesNames() throws {
        let entry = WalkListEntry(
            number: try RegisterNumber(parsing: "LA-1"), name: "<script>x</script>", address: "1 High St",
            postcode: nil, street: "High St", lastContactOn: nil, lastOutcome: nil, lastSupport: nil, absentVote: nil)
        let html = ListOutput.html([entry], title: "Walk")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
    }
}
