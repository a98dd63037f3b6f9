import Foundation
import Testing

/// SIGKILL in the middle of the two long writes Rosette does: a bulk import and a migration.
/// After either, the file must pass SQLite's integrity check and hold exactly what it held
/// before: an import is one transaction, and so is each migration.
@Suite(.enabled(if: SQLite.isInstalled, "needs the sqlite3 command"))
struct CrashSafetyTests {
    #if DEBUG
        static let debugBuild = true
    #else
        static let debugBuild = false
    #endif

    @Test func killedImportLeavesNotOneRow() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let small = try rosette.write("small.csv", SyntheticMembers.csv(rows: 25))
        #expect(try rosette.run(["members", "import", small]).status == 0)
        let auditBefore = try SQLite.query(rosette.database, "SELECT count(*) FROM auditEntry")
        let big = try rosette.write("big.csv", SyntheticMembers.csv(rows: 200_000, from: 1_000))

        let importing = try BackgroundRosette(rosette, ["members", "import", big])
        // Part-way means: the uncommitted transaction has already spilled pages into the WAL,
        // so recovery has real uncommitted frames to ignore, not just an empty journal.
        let spilled = importing.wait(until: { SyntheticMembers.fileSize(rosette.database + "-wal") > 4 << 20 })
        try #require(spilled, "the import finished or stalled before it was part-way")
        importing.kill()
        #expect(importing.process.terminationReason == .uncaughtSignal)

        #expect(try SQLite.query(rosette.database, "PRAGMA integrity_check") == "ok")
        #expect(try SQLite.query(rosette.database, "SELECT count(*) FROM member") == "25")
        #expect(try SQLite.query(rosette.database, "SELECT count(*) FROM auditEntry") == auditBefore)
        let doctor = try rosette.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
        // And the same import, run again to the end, lands whole.
        let again = try rosette.run(["members", "import", try rosette.write("again.csv", SyntheticMembers.csv(rows: 2_000, from: 1_000))])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try SQLite.query(rosette.database, "SELECT count(*) FROM member") == "2025")
    }

    /// A database at the first schema with `members` rows, made with the sqlite3 command from the
    /// shipped SQL, as an older Rosette would have left it.
    static func oldDatabase(_ path: String, members: Int) throws {
        let schema = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Schema/migrations/v0001_members.sql")
        let sql = try String(contentsOf: schema, encoding: .utf8)
        let fill = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
            INSERT INTO grdb_migrations VALUES ('v0001_members');
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(members))
            INSERT INTO member (firstName, lastName, nameKey, joinedOn, createdAt, updatedAt)
            SELECT 'Given' || i, 'Family', 'given' || i || '|family', '2025-01-01',
                '2025-01-01 00:00:00.000', '2025-01-01 00:00:00.000' FROM n;
            """
        _ = try SQLite.query(path, sql + fill)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    @Test(.enabled(if: debugBuild, "the pause hook exists in debug builds only"))
    func killedMigrationLeavesThePreviousSchema() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        try Self.oldDatabase(rosette.database, members: 20_000)

        let migrating = try BackgroundRosette(
            rosette, ["db", "migrate"], environment: ["ROSETTE_DEBUG_PAUSE_IN_MIGRATION": "v0002_elections"])
        // The hook stops after the migration's SQL ran and before its transaction commits.
        try #require(migrating.waitForStderr(containing: "paused in migration v0002_elections"))
        migrating.kill()

        #expect(try SQLite.query(rosette.database, "PRAGMA integrity_check") == "ok")
        #expect(try SQLite.query(rosette.database, "SELECT group_concat(identifier) FROM grdb_migrations") == "v0001_members")
        #expect(try SQLite.query(rosette.database, "SELECT count(*) FROM sqlite_master WHERE name = 'election'") == "0")
        #expect(try SQLite.query(rosette.database, "SELECT count(*) FROM member") == "20000")
        // The automatic backup taken before migrating is there, private and whole.
        let backup = rosette.database + ".v0001_members.backup"
        #expect(try rosette.mode(backup) == 0o600)
        #expect(try SQLite.query(backup, "PRAGMA integrity_check") == "ok")
        #expect(try SQLite.query(backup, "SELECT count(*) FROM member") == "20000")

        // A pending migration is not a problem; the next run applies it.
        let doctor = try rosette.run(["doctor", "--json"])
        #expect(doctor.status == 0, "\(doctor.stdout)")
        #expect(doctor.stdout.contains("\"v0002_elections\""))
        let migrate = try rosette.run(["db", "migrate"])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(try SQLite.query(rosette.database, "SELECT count(*) FROM member") == "20000")
        let kept = try FileManager.default.contentsOfDirectory(atPath: rosette.folder.path)
            .filter { $0.hasPrefix("party.sqlite3.v0001_members.") && $0.hasSuffix(".backup") }
        #expect(kept.count == 2, "the first backup is kept and the second is timestamped: \(kept)")
    }
}
