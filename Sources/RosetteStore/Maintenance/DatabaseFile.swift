import Foundation
internal import GRDB
public import RosetteCore
import RosetteSchema

/// A Rosette database as a file: opened without migrating, to copy, check or replace it.
///
/// `AppDatabase.open` brings a file up to date as it opens it; the maintenance commands
/// (`backup`, `restore`, `doctor`) must look at a file as it is, so they use this instead.
public struct DatabaseFile: Sendable {
    /// The path as the user gave it.
    public let path: String

    public init(path: String) { self.path = path }

    /// True when the file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// A connection that never migrates, with Rosette's busy timeout so that it waits for a
    /// writing process rather than failing with "database is locked". Throws SQLite's own
    /// `DatabaseError`, for the caller to name.
    func connection(readOnly: Bool = false) throws -> DatabaseQueue {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        config.readonly = readOnly
        return try DatabaseQueue(path: path, configuration: config)
    }

    /// The schema of the file: the migrations applied, and how they compare with this build.
    static func schema(of db: Database) throws -> SchemaState {
        guard try db.tableExists("grdb_migrations") else {
            let tables = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") ?? 0
            return tables == 0 ? .empty : .foreign
        }
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").sorted()
        let known = AppDatabase.knownMigrations
        if applied.contains(where: { !known.contains($0) }) { return .newer(applied) }
        return .known(applied: applied, pending: known.filter { !applied.contains($0) })
    }

    /// Runs `PRAGMA integrity_check` and returns what it found wrong (empty when "ok").
    static func integrityProblems(of db: Database, limit: Int = 20) throws -> [String] {
        let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check(\(limit))")
        return rows == ["ok"] ? [] : rows
    }

    /// Opens the file read-only and checks that it is an intact Rosette database that this build
    /// can read: the gate in front of `restore`, and the verification after `backup`.
    ///
    /// - returns: the applied migrations.
    /// - throws: `MaintenanceError` naming what is wrong; nothing is changed.
    func verify() throws -> [String] {
        guard exists else { throw MaintenanceError.missing(path: path) }
        do {
            let queue = try connection(readOnly: true)
            return try queue.read { db in
                let problems = try Self.integrityProblems(of: db)
                guard problems.isEmpty else {
                    throw MaintenanceError.corrupt(path: path, detail: problems.first ?? "")
                }
                switch try Self.schema(of: db) {
                case .empty, .foreign: throw MaintenanceError.notRosette(path: path)
                case .newer: throw MaintenanceError.newerSchema(path: path)
                case .known(let applied, _):
                    guard !applied.isEmpty else { throw MaintenanceError.notRosette(path: path) }
                    return applied
                }
            }
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw MaintenanceError.notRosette(path: path) }
            throw MaintenanceError.corrupt(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}

/// Where a file's schema stands relative to this build of Rosette.
enum SchemaState: Equatable {
    /// A new, empty SQLite file.
    case empty
    /// Another program's SQLite database.
    case foreign
    /// Written by a newer Rosette: it has migrations this build does not know.
    case newer([String])
    /// Every applied migration is known; `pending` are the ones still to apply.
    case known(applied: [String], pending: [String])
}

/// Backup, restore and checkup failures a user can meet. Each names the file, never its data.
public enum MaintenanceError: RosetteFailure, Equatable {
    case missing(path: String)
    case exists(path: String)
    case notRosette(path: String)
    case newerSchema(path: String)
    case corrupt(path: String, detail: String)
    case samePath(path: String)
    case noFolder(path: String)

    public var kind: FailureKind {
        switch self {
        case .missing, .exists, .noFolder: return .io
        case .notRosette, .newerSchema, .corrupt, .samePath: return .badData
        }
    }

    public var description: String {
        switch self {
        case .missing(let path): return "there is no file at \(path)"
        case .exists(let path):
            return "\(path) already exists; choose another name or pass --overwrite (nothing was changed)"
        case .notRosette(let path):
            return "\(path) is not a Rosette database (nothing was changed)"
        case .newerSchema(let path):
            return "\(path) was written by a newer version of Rosette; upgrade Rosette to use it (nothing was changed)"
        case .corrupt(let path, let detail):
            return "\(path) fails SQLite's integrity check (\(detail)); nothing was changed"
        case .noFolder(let path):
            return "the folder for \(path) does not exist (nothing was written)"
        case .samePath(let path):
            return "\(path) is the database itself; give the backup another name"
        }
    }
}
