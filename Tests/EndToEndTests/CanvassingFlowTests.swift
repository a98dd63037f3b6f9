import Foundation
import Testing

/// The canvassing issue's flows through the real binary: an ugly register, bad rows, the
/// script-facing JSON, a private walk list, and polling day.
@Suite struct CanvassingFlowTests {
    /// Tab-separated, 13-field single-name layout, a postcode repeated in the address, a range,
    /// a flat, a named house, an attainer with a day-first date and an anonymous entry.
    static let register = [
        "Elector Number Prefix\tElector Number\tElector Number Suffix\tElector Markers\tElector DOB\tElector Name\tPostCode\tAddress1\tAddress2\tAddress3\tAddress4\tAddress5\tAddress6",
        "LA\t1\t0\t\t\tSmith John A\tEH6 5AB\t1 Leith Walk\tEdinburgh\tEH6 5AB\t\t\t",
        "LA\t2\t0\tG\t\tSmith Mary\tEH6 5AB\t1 Leith Walk\tEdinburgh\t\t\t\t",
        "LA\t3\t0\t\t15/03/2009\tYoung Kai\tEH6 5AB\t4-6\tLeith Walk\t\t\t\t",
        "LA\t4\t0\t\t\tJones Alan\tEH6 5AB\tFlat 2\t3 Leith Walk\t\t\t\t",
        "LA\t5\t0\tN\t\tHidden Person\tEH6 5AB\t9 Leith Walk\t\t\t\t\t",
        "LA\t6\t1\t\t\tGreen Ola\tEH6 6QT\tRose Cottage\tMill Lane\t\t\t\t",
    ].joined(separator: "\n") + "\n"

    @Test func registerThroughPollingDay() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let bad = try rosette.write("bad.tsv", Self.register + "LA\t1\t0\t\t\tTwin\tEH6 5AB\t8 Leith Walk\t\t\t\t\t\nLA\tx\t0\t\t\tOdd\t\t\t\t\t\t\t\n")
        let refused = try rosette.run(["register", "import", bad, "--edition", "2025-26", "--ward", "Leith"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("line 8: elector LA-1 appears twice"))
        #expect(refused.stderr.contains("line 9:"))
        #expect(!refused.stderr.contains("Twin"))

        let file = try rosette.write("register.tsv", Self.register)
        // The edition in force on ROSETTE_TODAY (2026-11-25): attempts today may use its numbers.
        let imported = try rosette.run(["register", "import", file, "--edition", "2025-26", "--ward", "Leith"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let stats = try rosette.run(["register", "stats", "--json"])
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(counts["electors"] as? Int == 6)
        #expect(counts["households"] as? Int == 4)

        let logged = try rosette.run(["canvass", "log", "LA-1", "--outcome", "spoke", "--support", "2", "--intention", "ours", "--issues", "housing,jobs", "--message", "renters"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(try rosette.run(["canvass", "log", "LA-99", "--outcome", "not-in"]).status == 65)
        #expect(try rosette.run(["canvass", "log", "LA-2", "--outcome", "not-in", "--support", "1"]).status == 65)

        let summary = try rosette.run(["canvass", "summary", "--json"])
        let results = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        #expect(results["attempts"] as? Int == 1)
        #expect(results["contacts"] as? Int == 1)
        #expect((results["support"] as? [String: Int]) == ["1": 0, "2": 1, "3": 0, "4": 0, "5": 0])
        #expect((results["intentions"] as? [String: [String: Int]]) == ["westminster": ["ours": 1]])

        let walk = try rosette.run(["canvass", "walklist", "--ward", "Leith", "--format", "csv", "--out", "walk.csv"])
        #expect(walk.status == 0, "\(walk.stderr)")
        let sheet = try rosette.read("walk.csv")
        #expect(try rosette.mode(rosette.folder.appendingPathComponent("walk.csv").path) == 0o600)
        #expect(!sheet.contains("Hidden"))
        #expect(!sheet.contains("2009"))
        #expect(sheet.contains("LA-6/1"))

        // The full export is private, formula-safe, and re-imports as nothing new.
        let export = try rosette.run(["canvass", "export", "--out", "canvass.csv"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(try rosette.mode(rosette.folder.appendingPathComponent("canvass.csv").path) == 0o600)
        let exported = try rosette.read("canvass.csv")
        #expect(exported.hasPrefix("id,elector_number,date,canvasser,method,outcome,support"))
        #expect(exported.contains(",LA-1,"))
        let again = try rosette.run(["canvass", "import", rosette.folder.appendingPathComponent("canvass.csv").path, "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains(#""added" : 0"#))

        let knockup = try rosette.run(["canvass", "knockup", "--ward", "Leith", "--json"])
        let promises = try #require(try JSONSerialization.jsonObject(with: Data(knockup.stdout.utf8)) as? [[String: Any]])
        #expect(promises.map { $0["elector_number"] as? String } == ["LA-1"])
        #expect(try rosette.run(["canvass", "voted", "LA-1", "--edition", "2025-26"]).status == 0)
        let after = try rosette.run(["canvass", "knockup", "--ward", "Leith", "--json"])
        #expect(after.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test func monthlyUpdateLayoutAndAbsentVoters() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let file = try rosette.write(
            "monthly.csv",
            """
            ElectorNumber,MarkersRegisterText,ElectorDOB,ElectorSurname,ElectorForename,PropertyAddress1,PropertyAddress2,PropertyPostCode
            PD-1,,,Okafor,Ngozi,12 High St,Leith,EH6 5AB
            PD-2/1,Z,,Nowak,Tomasz,14 High St,Leith,EH6 5AB

            """)
        let imported = try rosette.run(["register", "import", file, "--edition", "2026-27", "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains(#""layout" : "monthly update""#))
        let postal = try rosette.write("postal.csv", "Elector Number Prefix,Elector Number,Elector Number Suffix\nPD,2,1\n")
        #expect(try rosette.run(["register", "absent-voters", postal]).status == 0)
        #expect(try rosette.run(["register", "stats", "--json"]).stdout.contains(#""postal_voters" : 1"#))
    }
}
