import Foundation
import Testing

/// The party's own canvass sheet through the real binary: a longer support scale, its own
/// issues and promise range, voting intention per election, and an older database upgraded.
@Suite struct CanvassSchemeFlowTests {
    func json(_ outcome: RosetteProcess.Outcome) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    func withRegister() throws -> RosetteProcess {
        try RosetteProcess.withRegister(CanvassingFlowTests.register, file: "register.tsv", edition: "2025-26")
    }

    @Test func aPartyWithItsOwnScaleIssuesAndElections() throws {
        let rosette = try withRegister()
        defer { rosette.cleanUp() }
        #expect(try rosette.run(["canvass", "log", "LA-1", "--outcome", "spoke", "--support", "7"]).status == 65)
        for (key, value) in [
            ("canvass.support_scale", "7"), ("canvass.promises", "1-3"), ("canvass.issues", "Potholes, housing"),
            ("canvass.election_types", "local,westminster"),
        ] {
            let set = try rosette.run(["settings", "set", key, value])
            #expect(set.status == 0, "\(set.stderr)")
        }
        #expect(try rosette.run(["settings", "list", "--json"]).stdout.contains(#""canvass.issues" : "potholes,housing""#))

        let logged = try rosette.run([
            "canvass", "log", "LA-1", "--outcome", "spoke", "--support", "7", "--intention", "ours,westminster=lab",
            "--issues", "potholes", "--message", "bins",
        ])
        #expect(logged.status == 0, "\(logged.stderr)")
        let jobs = try rosette.run(["canvass", "log", "LA-2", "--outcome", "spoke", "--issues", "jobs"])
        #expect(jobs.status == 65)
        #expect(jobs.stderr.contains("potholes, housing"))
        let mayor = try rosette.run(["canvass", "log", "LA-2", "--outcome", "spoke", "--intention", "mayor=ours"])
        #expect(mayor.status == 65)
        #expect(mayor.stderr.contains("local, westminster"))

        // A typed-up sheet with a column per election; one bad row refuses the whole file.
        let sheet = """
            elector_number,date,canvasser,outcome,support,local vi,westminster vi,issues,message
            LA-2,2026-11-20,Ada,spoke,3,ours,ours,housing,bins
            LA-4,2026-11-20,Ada,spoke,2,undecided,lab,,bins
            LA-6/1,2026-11-20,Ada,spoke,8,ours,,potholes,
            """
        let bad = try rosette.run(["canvass", "import", try rosette.write("bad.csv", sheet + "\n")])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("line 4:") && bad.stderr.contains("1-7"))
        let good = try rosette.write("good.csv", sheet.replacingOccurrences(of: "spoke,8", with: "spoke,1") + "\n")
        let imported = try rosette.run(["canvass", "import", good])
        #expect(imported.status == 0, "\(imported.stderr)")

        let summary = try json(try rosette.run(["canvass", "summary", "--json"]))
        #expect(summary["support_scale"] as? String == "1-7")
        #expect(summary["promises"] as? String == "1-3")
        #expect((summary["support"] as? [String: Int])?["7"] == 1)
        #expect((summary["support"] as? [String: Int])?.count == 7)
        #expect(
            (summary["intentions"] as? [String: [String: Int]])
                == ["local": ["ours": 3, "undecided": 1], "westminster": ["lab": 2, "ours": 1]])
        let bins = (summary["messages"] as? [[String: Any]])?.first { $0["message"] as? String == "bins" }
        #expect(bins?["conversations"] as? Int == 3)
        #expect(bins?["supporters"] as? Int == 2, "support 3 and 2 are promises on 1-3; 7 is not")

        // The printed sheet's support column follows the scale; --json works as on knockup.
        #expect(try rosette.run(["canvass", "walklist", "--ward", "Leith", "--format", "html", "--out", "w.html"]).status == 0)
        #expect(try rosette.read("w.html").contains("<th>Support 1-7</th>"))
        let listed = try rosette.run(["canvass", "walklist", "--ward", "Leith", "--json"])
        #expect(listed.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) is [[String: Any]])

        // The promise range drives knock-up and "supporters" as set now.
        let knock = try rosette.run(["canvass", "knockup", "--ward", "Leith", "--json"])
        #expect(knock.status == 0, "\(knock.stderr)")
        #expect(knock.stdout.contains("LA-2") && knock.stdout.contains("LA-4") && !knock.stdout.contains("LA-1\""))
        #expect(try rosette.run(["settings", "set", "canvass.promises", "1-2"]).status == 0)
        let narrower = try json(try rosette.run(["canvass", "summary", "--json"]))
        let again = (narrower["messages"] as? [[String: Any]])?.first { $0["message"] as? String == "bins" }
        #expect(again?["supporters"] as? Int == 1)
        #expect(!(try rosette.run(["canvass", "knockup", "--ward", "Leith", "--json"]).stdout.contains("LA-2")))

        // The scale is fixed once answers are recorded, promises stay below its top, and a
        // recorded issue stays on the list.
        let shrink = try rosette.run(["settings", "set", "canvass.support_scale", "10"])
        #expect(shrink.status == 65)
        #expect(shrink.stderr.contains("7, the scale recorded attempts already use"))
        let dropped = try rosette.run(["settings", "set", "canvass.issues", "housing"])
        #expect(dropped.status == 65)
        #expect(dropped.stderr.contains("keeps potholes"))
        #expect(try rosette.run(["settings", "set", "canvass.promises", "1-8"]).status == 65)
        #expect(try rosette.run(["canvass", "walklist", "--ward", "Leith", "--support", "1-9"]).status == 65)

        // The export carries each election's answer and re-imports as nothing new.
        #expect(try rosette.run(["canvass", "export", "--out", "all.csv"]).status == 0)
        #expect(try rosette.read("all.csv").contains("local=ours,westminster=lab"))
        let reimport = try rosette.run(["canvass", "import", rosette.folder.appendingPathComponent("all.csv").path])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(reimport.stdout.contains("0 added") || reimport.stdout.contains("Added 0"), "\(reimport.stdout)")
    }

    /// A database from before intentions had types (schema v0012): its answers were to the
    /// Westminster question, and its message tallies had support 1-2 baked in.
    @Test func anOlderDatabaseIsUpgradedWithItsAnswersKept() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let migrations = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Schema/migrations")
        let old = try FileManager.default.contentsOfDirectory(atPath: migrations.path).filter { $0.hasSuffix(".sql") }
            .sorted().filter { $0 < "v0013" }
        var sql = "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);\n"
        for file in old {
            sql += try String(contentsOf: migrations.appendingPathComponent(file), encoding: .utf8) + ";\n"
            sql += "INSERT INTO grdb_migrations VALUES ('\(file.dropLast(4))');\n"
        }
        sql += """
            INSERT INTO registerEdition (id, name, importedAt) VALUES (1, '2026-27', '2026-11-01T00:00:00Z');
            INSERT INTO registerPerson (id, createdAt) VALUES (1, 'x'), (2, 'x');
            INSERT INTO elector (id, editionId, personId, pollingDistrict, number, isAnonymous, surname, forename, ward)
                VALUES (1, 1, 1, 'LA', 1, 0, 'Smith', 'Jo', 'Leith'), (2, 1, 2, 'LA', 2, 0, 'Lee', 'Al', 'Leith');
            INSERT INTO canvassAttempt (id, personId, electorId, ward, pollingDistrict, attemptedOn, canvasser, method,
                outcome, support, intention, message, recordedAt, recordedBy) VALUES
                ('00000000-0000-4000-8000-000000000001', 1, 1, 'Leith', 'LA', '2026-11-20', 'Ada', 'door', 'spoke', 1,
                 'ours', 'bins', 'x', 'Ada'),
                ('00000000-0000-4000-8000-000000000002', 2, 2, 'Leith', 'LA', '2026-11-20', 'Ada', 'door', 'spoke', 3,
                 'lab', 'bins', 'x', 'Ada');
            INSERT INTO canvassTally VALUES
                ('', 'Leith', 'LA', 'outcome', 'spoke', 2, 2), ('2026-11-20', 'Leith', 'LA', 'outcome', 'spoke', 2, 2),
                ('', 'Leith', 'LA', 'intention', 'ours', 1, 1), ('2026-11-20', 'Leith', 'LA', 'intention', 'ours', 1, 1),
                ('', 'Leith', 'LA', 'intention', 'lab', 1, 1), ('2026-11-20', 'Leith', 'LA', 'intention', 'lab', 1, 1),
                ('', 'Leith', 'LA', 'message', 'bins', 2, 1), ('2026-11-20', 'Leith', 'LA', 'message', 'bins', 2, 1);
            """
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", rosette.database]
        let input = Pipe()
        sqlite.standardInput = input
        try sqlite.run()
        input.fileHandleForWriting.write(Data(sql.utf8))
        try input.fileHandleForWriting.close()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: rosette.database)

        #expect(try rosette.run(["settings", "set", "canvass.promises", "1-3"]).status == 0)
        let summary = try json(try rosette.run(["canvass", "summary", "--json"]))
        #expect((summary["intentions"] as? [String: [String: Int]]) == ["westminster": ["ours": 1, "lab": 1]])
        let bins = (summary["messages"] as? [[String: Any]])?.first
        #expect(bins?["conversations"] as? Int == 2)
        #expect(bins?["supporters"] as? Int == 2, "support 3 now counts, read from the attempts")
        let since = try json(try rosette.run(["canvass", "summary", "--since", "2026-11-20", "--json"]))
        #expect((since["intentions"] as? [String: [String: Int]])?["westminster"]?["lab"] == 1)
        #expect(try rosette.run(["doctor"]).status == 0)
    }

    /// A walk sheet printed from last year's register, typed up after the new edition moved the
    /// numbers, must not file answers against whoever holds the numbers now.
    @Test func aSheetFromAnEarlierEditionIsRefusedNotMisfiled() throws {
        let register = "Elector Number Prefix,Elector Number,Elector Number Suffix,Elector Markers,Elector DOB,"
            + "Elector Name,PostCode,Address1"
        let rosette = try RosetteProcess.withRegister(
            register + "\nXF,1,0,,,Adams Amy,EH6 5AB,1 Leith Walk\nXF,2,0,,,Baker Bob,EH6 5AB,3 Leith Walk\n",
            file: "old.csv", edition: "2024-25")
        defer { rosette.cleanUp() }
        #expect(try rosette.run(["canvass", "walklist", "--district", "XF", "--format", "csv", "--out", "walk.csv"]).status == 0)
        // Fill in XF-1's outcome and support (no cell here holds a comma).
        let sheet = try rosette.read("walk.csv").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = sheet[0].components(separatedBy: ",")
        let outcome = try #require(header.firstIndex(of: "outcome"))
        let filled = [sheet[0]] + sheet.dropFirst().map { row -> String in
            guard row.hasPrefix("XF-1,") else { return row }
            var cells = row.components(separatedBy: ",")
            cells[outcome] = "spoke"
            cells[outcome + 1] = "1"
            return cells.joined(separator: ",")
        }
        let newer = try rosette.write(
            "new.csv",
            register + "\nXF,1,0,,,Newman Ned,EH6 5AB,1 Leith Walk\nXF,2,0,,,Adams Amy,EH6 5AB,1 Leith Walk\n"
                + "XF,3,0,,,Baker Bob,EH6 5AB,3 Leith Walk\nXF,4,0,N,,,,\n")
        #expect(try rosette.run(["register", "import", newer, "--edition", "2025-26", "--ward", "Leith"]).status == 0)
        let path = try rosette.write("filled.csv", filled.joined(separator: "\n") + "\n")
        let refused = try rosette.run(["canvass", "import", path, "--on", "2026-11-20", "--canvasser", "Ada"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("line 2: the name on the sheet is not elector XF-1's"))
        #expect(!refused.stderr.contains("Newman") && !refused.stderr.contains("Adams"))

        // Anonymous entries are never canvassed, by log or import.
        let hidden = try rosette.run(["canvass", "log", "XF-4", "--outcome", "spoke"])
        #expect(hidden.status == 65, "\(hidden.stderr)")
        #expect(try rosette.run(["canvass", "log", "XF-2", "--outcome", "Not In"]).status == 0)
    }
}
