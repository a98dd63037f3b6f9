import Foundation
import Members
import RosetteCore
import RosetteStore
import Testing

@Suite struct AppDatabaseTests {
    @Test func migratesAnEmptyDatabase() throws {
        let database = try AppDatabase.inMemory()
        #expect(try database.appliedMigrations() == AppDatabase.knownMigrations.sorted())
    }

    @Test func createsThePrivateFileAndItsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rosette-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nested/party.sqlite3").path
        let database = try AppDatabase.open(path: path)
        _ = try MemberRepository(database, actor: Actor("t")).add(try Fixture.details("Ada", "Byron"))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            let walMode = try FileManager.default.attributesOfItem(atPath: path + suffix)[.posixPermissions] as? Int
            #expect(walMode == 0o600)
        }
    }

    @Test func reopensAndKeepsData() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rosette-\(UUID().uuidString).sqlite3").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let first = try AppDatabase.open(path: path)
        let member = try MemberRepository(first, actor: Actor("t")).add(try Fixture.details("Ada", "Byron"))
        let second = try AppDatabase.open(path: path)
        #expect(try MemberRepository(second, actor: Actor("t")).find(member.id) == member)
    }

    @Test func refusesADatabaseFromANewerRosette() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rosette-\(UUID().uuidString).sqlite3").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        _ = try AppDatabase.open(path: path)
        try Fixture.sqlite(path, "INSERT INTO grdb_migrations (identifier) VALUES ('v9999_from_the_future')")
        #expect(throws: StoreError.schemaTooNew) { try AppDatabase.open(path: path) }
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rosette-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try AppDatabase.open(path: path)
            Issue.record("expected a failure")
        } catch let error as StoreError {
            #expect(error.kind == .io)
        }
    }

    @Test func settingsHaveDefaultsAndValidation() throws {
        let settings = SettingsRepository(try AppDatabase.inMemory())
        #expect(try settings.gracePeriodDays() == 30)
        try settings.set("membership.grace_days", to: "45")
        #expect(try settings.gracePeriodDays() == 45)
        #expect(throws: InvalidInput.self) { try settings.set("membership.grace_days", to: "-1") }
        #expect(throws: InvalidInput.self) { try settings.set("no.such.setting", to: "1") }
    }
}

/// Test data shared by the store tests.
enum Fixture {
    static let today = CalendarDate(dayNumber: 20_417)  // 2025-11-25

    static func details(
        _ first: String, _ last: String, email: String? = nil, postcode: String? = nil,
        joined: String = "2025-01-01"
    ) throws -> MemberDetails {
        var changes = MemberChanges()
        changes.firstName = first
        changes.lastName = last
        changes.email = email
        changes.postcode = postcode
        changes.joinedOn = joined
        return try changes.newDetails(today: today)
    }

    static func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(iso: text)) }

    /// Runs SQL with the sqlite3 command, as another tool (or a newer Rosette) would.
    static func sqlite(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// A CSV reader's `next` over in-memory text.
    static func records(_ text: String) -> () throws -> CSVRecord? {
        let reader = CSVReader(string: text)
        return { try reader.next() }
    }
}
