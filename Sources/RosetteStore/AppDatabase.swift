import Foundation
internal import GRDB
public import RosetteCore
import RosetteSchema

/// The one SQLite database of a party: members, elections, money and canvass history.
///
/// Follows GRDB's recommended shape: one value owns the connection and the migrator, and every
/// write that must keep an invariant is one transaction. Repositories (`MemberRepository`, ...)
/// are the only callers; nothing outside this module writes SQL.
public struct AppDatabase: Sendable {
    let dbWriter: any DatabaseWriter

    /// Wraps a connection and brings its schema up to date.
    ///
    /// - throws: `StoreError.schemaTooNew` when the file was written by a newer Rosette: migrating
    ///   "backwards" could lose data, so it is refused.
    init(_ dbWriter: any DatabaseWriter) throws {
        self.dbWriter = dbWriter
        let migrator = Self.migrator
        let foreign = try dbWriter.read { db in
            try !db.tableExists("grdb_migrations")
                && Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") != 0
        }
        if foreign { throw StoreError.foreignDatabase }
        let superseded = try dbWriter.read { db in try migrator.hasBeenSuperseded(db) }
        if superseded { throw StoreError.schemaTooNew }
        try migrator.migrate(dbWriter)
    }

    /// Every migration in `Schema/migrations`, in order. No `eraseDatabaseOnSchemaChange`: this
    /// is a party's only copy of its data.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in SchemaMigrations.all {
            migrator.registerMigration(step.identifier) { db in
                try db.execute(sql: step.sql)
                MigrationPause.pauseIfAsked(after: step.identifier)
            }
        }
        return migrator
    }

    /// Opens (creating when missing) the database file at `path`.
    ///
    /// The file and its folder are created private (0600 / 0700) before SQLite touches them;
    /// SQLite then gives the `-wal` and `-shm` files the database file's mode. WAL lets readers
    /// work while one process writes; the busy timeout makes a second `rosette` process wait for
    /// the lock instead of failing with "database is locked".
    public static func open(path: String) throws -> AppDatabase {
        try PrivateFile.prepareDatabaseFile(at: path)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        do {
            try backUpBeforeMigrating(queue, path: path)
            return try AppDatabase(queue)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.cannotOpen(path: path, reason: "the file is not a Rosette database")
        }
    }

    /// Opens an existing database; commands that only read use this, so a mistyped path is an
    /// error rather than a new, empty database.
    public static func openExisting(path: String) throws -> AppDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noDatabase(path: path) }
        return try open(path: path)
    }

    /// A fresh, empty database in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try AppDatabase(DatabaseQueue(configuration: config))
    }

    /// The identifiers of the migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try dbWriter.read { db in try Self.migrator.appliedIdentifiers(db) }.sorted()
    }

    /// The identifiers of every migration this build of Rosette knows.
    public static var knownMigrations: [String] { SchemaMigrations.all.map(\.identifier) }
}

/// Storage failures a user can meet, translated from SQLite's.
public enum StoreError: RosetteFailure, Equatable {
    case cannotOpen(path: String, reason: String)
    case schemaTooNew
    case foreignDatabase
    case noDatabase(path: String)

    public var kind: FailureKind {
        switch self {
        case .cannotOpen: return .io
        case .schemaTooNew, .foreignDatabase: return .badData
        case .noDatabase: return .io
        }
    }

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "cannot open the database \(path): \(reason)"
        case .foreignDatabase:
            return "the file is another program's SQLite database, not Rosette's (nothing was changed)"
        case .noDatabase(let path):
            return "there is no database at \(path) yet; add a member, or run `rosette db migrate`, to create it"
        case .schemaTooNew:
            return
                "the database was written by a newer version of Rosette; upgrade Rosette to use it (nothing was changed)"
        }
    }
}
