import Foundation
import Testing

/// `backup`, `restore` and `doctor` through the real binary.
@Suite struct MaintenanceFlowTests {
    @Test func backupWhileAnImportRunsIsBeforeOrAfterNeverBetween() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        #expect(try rosette.run(["members", "import", try rosette.write("a.csv", SyntheticMembers.csv(rows: 30))]).status == 0)
        let big = try rosette.write("big.csv", SyntheticMembers.csv(rows: 20_000, from: 1_000))
        let importing = try BackgroundRosette(rosette, ["members", "import", big])
        _ = importing.wait(until: { SyntheticMembers.fileSize(rosette.database + "-wal") > 1 << 20 })
        let backup = try rosette.run(["backup", "copy.sqlite3"])
        importing.process.waitUntilExit()
        #expect(importing.process.terminationStatus == 0)
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.contains("verified"))
        let copy = rosette.folder.appendingPathComponent("copy.sqlite3").path
        #expect(try rosette.mode(copy) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: copy + "-wal"))
        let doctor = try rosette.run(["doctor", "--db", copy, "--json"])
        #expect(doctor.status == 0, "\(doctor.stdout)")
        let members = try rosette.run(["members", "stats", "--db", copy, "--json"])
        #expect(members.stdout.contains("\"total\" : 30") || members.stdout.contains("\"total\" : 20030"), "\(members.stdout)")
    }

    @Test func restoreChecksFirstAndKeepsTheReplacedFile() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        #expect(try rosette.run(["members", "add", "--first-name", "Ada", "--last-name", "Byron"]).status == 0)
        #expect(try rosette.run(["backup", "one.sqlite3"]).status == 0)
        #expect(try rosette.run(["backup", "one.sqlite3"]).status == 74)
        #expect(try rosette.run(["members", "add", "--first-name", "Mary", "--last-name", "Somerville"]).status == 0)
        let twoMembers = try rosette.membersJSON()

        // Files that must change nothing: not SQLite, another program's database, from a newer
        // Rosette, truncated.
        let junk = try rosette.write("junk.sqlite3", "this is not a database\n")
        let truncated = try rosette.folder.appendingPathComponent("one.sqlite3").path
        let cut = try Data(contentsOf: URL(fileURLWithPath: truncated)).prefix(6_000)
        try cut.write(to: rosette.folder.appendingPathComponent("cut.sqlite3"))
        for bad in [junk, "cut.sqlite3", "missing.sqlite3"] {
            let outcome = try rosette.run(["restore", bad])
            #expect([65, 74].contains(outcome.status), "\(bad): \(outcome.stderr)")
            #expect(outcome.stderr.contains("nothing was changed") || outcome.stderr.contains("no file"), "\(outcome.stderr)")
            #expect(try rosette.membersJSON() == twoMembers)
        }
        if SQLite.isInstalled {
            let newer = rosette.folder.appendingPathComponent("newer.sqlite3").path
            #expect(try rosette.run(["backup", newer]).status == 0)
            _ = try SQLite.query(newer, "INSERT INTO grdb_migrations VALUES ('v9999_future');")
            let outcome = try rosette.run(["restore", newer])
            #expect(outcome.status == 65)
            #expect(outcome.stderr.contains("newer version of Rosette"))
            #expect(try rosette.membersJSON() == twoMembers)
        }

        let restored = try rosette.run(["restore", "one.sqlite3"])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(try rosette.membersJSON().contains("Byron"))
        #expect(try !rosette.membersJSON().contains("Somerville"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: rosette.folder.path)
            .filter { $0.hasPrefix("party.sqlite3.before-restore-") && !$0.hasSuffix("-wal") }
        try #require(kept.count == 1)
        let keptPath = rosette.folder.appendingPathComponent(kept[0]).path
        #expect(try rosette.mode(keptPath) == 0o600)
        #expect(try rosette.run(["members", "list", "--json", "--db", keptPath]).stdout == twoMembers)
    }

    @Test func doctorExitsSixtyFiveOnEachKindOfProblem() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        #expect(try rosette.run(["demo", "--db", rosette.database]).status == 0)
        let healthy = try rosette.run(["doctor"])
        #expect(healthy.status == 0, "\(healthy.stdout)")
        #expect(healthy.stdout.contains("All is well."))

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: rosette.database)
        let exposed = try rosette.run(["doctor", "--json"])
        #expect(exposed.status == 65)
        #expect(exposed.stdout.contains("\"healthy\" : false"))
        #expect(exposed.stdout.contains("chmod 600"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: rosette.database)

        guard SQLite.isInstalled else { return }
        _ = try SQLite.query(
            rosette.database,
            """
            UPDATE member SET paidUntil = '2001-01-01' WHERE id = 3;
            PRAGMA foreign_keys = OFF;
            INSERT INTO memberRole (memberId, role, startedOn) VALUES (424242, 'treasurer', '2020-01-01');
            UPDATE election SET writDate = pollDate WHERE id = 1;
            """)
        let sick = try rosette.run(["doctor"])
        #expect(sick.status == 65)
        #expect(sick.stdout.contains("member 3: paid-up date is before the joining date"))
        #expect(sick.stdout.contains("refers to a member that does not exist"))
        #expect(sick.stdout.contains("election 1:"))
        #expect(sick.stderr.contains("problems"))
    }
}
