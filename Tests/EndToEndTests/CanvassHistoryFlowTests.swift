import Foundation
import Testing

/// Issue 6 §4 through the real binary: last year's canvass and turnout carried to this year's
/// number, read back with `canvass history`, used by the walk list's turnout filters, and
/// attempts dated before their elector's edition refused (ROSETTE_TODAY is 2026-11-25).
@Suite struct CanvassHistoryFlowTests {
    static let header = "Elector Number Prefix,Elector Number,Elector Number Suffix,Elector Markers,Elector DOB,"
        + "Elector Surname,Elector Forename,PostCode,Address1,Address2\n"
    static let lastYear = header
        + "LA,1,0,,,Quillfeather,Zelda,EH6 5AB,7 Quill Lane,Edinburgh\n"
        + "LA,2,0,,,Quillfeather,Ivor,EH6 5AB,7 Quill Lane,Edinburgh\n"
        + "LA,3,0,N,,Hidden,Person,EH6 5AB,9 Quill Lane,Edinburgh\n"
    /// A newcomer at 1 Quill Lane takes LA-1: Zelda is LA-2 this year.
    static let thisYear = header + "LA,1,0,,,Newcomer,Nia,EH6 5AB,1 Quill Lane,Edinburgh\n"
        + lastYear.split(separator: "\n").dropFirst().map { line in
            let parts = line.split(separator: ",", maxSplits: 2)
            return "LA,\((Int(parts[1]) ?? 0) + 1),\(parts[2])\n"
        }.joined()

    func expectOK(_ rosette: RosetteProcess, _ arguments: [String]) throws -> RosetteProcess.Outcome {
        let outcome = try rosette.run(arguments)
        #expect(outcome.status == 0, "\(arguments.joined(separator: " ")): \(outcome.stderr)")
        return outcome
    }

    func loaded() throws -> RosetteProcess {
        let rosette = try RosetteProcess()
        _ = try expectOK(rosette, ["register", "import", try rosette.write("last.csv", Self.lastYear), "--edition", "2024-25"])
        _ = try expectOK(rosette, [
            "canvass", "log", "LA-1", "--outcome", "spoke", "--support", "2", "--intention", "ours", "--asks", "poster",
            "--notes", "Prefers Gaelic leaflets", "--on", "2025-04-10", "--canvasser", "Aileen",
        ])
        _ = try expectOK(rosette, ["canvass", "voted", "LA-1", "--on", "2025-05-01"])
        _ = try expectOK(rosette, ["register", "import", try rosette.write("this.csv", Self.thisYear), "--edition", "2025-26"])
        _ = try expectOK(rosette, ["canvass", "log", "LA-2", "--outcome", "not-in", "--canvasser", "Bashir"])
        return rosette
    }

    @Test func historyShowsLastYearsAttemptsAndTurnoutUnderThisYearsNumber() throws {
        let rosette = try loaded()
        defer { rosette.cleanUp() }
        let json = try expectOK(rosette, ["canvass", "history", "LA-2", "--json"]).stdout
        let history = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(history["elector_number"] as? String == "LA-2")
        let numbers = try #require(history["numbers"] as? [[String: Any]])
        #expect(numbers.map { $0["elector_number"] as? String } == ["LA-1", "LA-2"])
        let attempts = try #require(history["attempts"] as? [[String: Any]])
        #expect(attempts.map { $0["elector_number"] as? String } == ["LA-1", "LA-2"])
        #expect(attempts.first?["asks"] as? [String] == ["poster"])
        #expect(attempts.last?["support"] is NSNull)
        let turnout = try #require(history["turnout"] as? [[String: Any]])
        #expect(turnout.map { $0["poll_on"] as? String } == ["2025-05-01"])
        #expect(turnout.first?["edition"] as? String == "2024-25")
        let current = try #require(history["current"] as? [String: Any])
        #expect(current["latest_outcome"] as? String == "not-in" && current["latest_support"] as? Int == 2)
        #expect(!json.contains("Gaelic"))  // notes stay out of the planning view

        let text = try expectOK(rosette, ["canvass", "history", "LA-2"]).stdout
        #expect(text.contains("LA-1 (2024-25)") && text.contains("2025-05-01"))

        for (number, reason) in [("LA-4", "anonymous"), ("LA-9", "not on the current register")] {
            let refused = try rosette.run(["canvass", "history", number])
            #expect(refused.status == 65 && refused.stderr.contains(number) && refused.stderr.contains(reason))
            #expect(!refused.stderr.contains("Hidden"))
        }
    }

    @Test func walkSheetsFilterOnTurnoutAndNumberHouseholds() throws {
        let rosette = try loaded()
        defer { rosette.cleanUp() }
        _ = try expectOK(rosette, ["canvass", "walklist", "--district", "LA", "--voted-at", "2025-05-01", "--format", "csv", "--out", "voters.csv"])
        let voters = try rosette.read("voters.csv").split(whereSeparator: \.isNewline)
        #expect(voters.first?.hasSuffix(",notes,household,voted") == true)
        #expect(voters.count == 2 && voters[1].hasPrefix("LA-2,Zelda Quillfeather,") && voters[1].hasSuffix(",1,2025-05-01"))
        _ = try expectOK(rosette, ["canvass", "walklist", "--district", "LA", "--not-voted-at", "2025-05-01", "--format", "csv", "--out", "rest.csv"])
        let rest = try rosette.read("rest.csv").split(whereSeparator: \.isNewline).dropFirst()
        // Nia at 1 Quill Lane is household 1; Ivor shares Zelda's door, household 2.
        #expect(rest.map { $0.split(separator: ",").first.map(String.init) } == ["LA-1", "LA-3"])
        #expect(rest.map { $0.split(separator: ",", omittingEmptySubsequences: false).suffix(2).joined(separator: ",") } == ["1,", "2,"])
        let unknown = try rosette.run(["canvass", "walklist", "--district", "LA", "--voted-at", "2025-05-02"])
        #expect(unknown.status == 65 && unknown.stderr.contains("2025-05-02"))
    }

    @Test func attemptsDatedBeforeTheElectorsEditionAreRefused() throws {
        let rosette = try loaded()
        defer { rosette.cleanUp() }
        let logged = try rosette.run(["canvass", "log", "LA-2", "--outcome", "not-in", "--on", "2019-05-02"])
        #expect(logged.status == 65)
        #expect(logged.stderr.contains("LA-2") && logged.stderr.contains("2019-05-02") && logged.stderr.contains("2025-12-01"))
        #expect(!logged.stderr.contains("Zelda"))
        let sheet = try rosette.write("sheet.csv", "elector_number,date,outcome\nLA-1,2026-11-20,not-in\nLA-2,2025-11-30,not-in\n")
        let imported = try rosette.run(["canvass", "import", sheet, "--canvasser", "Aileen"])
        #expect(imported.status == 65)
        #expect(imported.stderr.contains("line 3:") && imported.stderr.contains("register edition 2025-26"))
        let summary = try expectOK(rosette, ["canvass", "summary", "--json"]).stdout
        #expect(summary.contains(#""attempts" : 2"#))
    }
}
