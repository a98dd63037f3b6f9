public import Foundation
internal import GRDB

/// What a backup wrote.
public struct BackupSummary: Sendable, Equatable {
    public var path: String
    /// The last migration the copy carries, e.g. `v0002_elections`.
    public var schemaVersion: String
    public var bytes: Int
}

/// What a restore did.
public struct RestoreSummary: Sendable, Equatable {
    /// Where the database that was replaced now lives; `nil` when there was none.
    public var previousPath: String?
    public var schemaVersion: String
}

extension DatabaseFile {
    /// Copies the database to `destination` with SQLite's online backup, then checks the copy.
    ///
    /// The backup API copies a consistent snapshot even while other `rosette` processes write
    /// (in WAL mode readers do not block writers), unlike copying the file, which can tear a
    /// page half-written or miss the `-wal` file. The copy is written to a private (0600)
    /// temporary file beside the destination, switched to a single-file journal, verified with
    /// `PRAGMA integrity_check` and its schema version, and only then renamed into place, so a
    /// failed or interrupted backup never leaves a plausible-looking bad file.
    ///
    /// - throws: `MaintenanceError.exists` unless `overwrite`; `.notRosette` or `.newerSchema`
    ///   for a file this build cannot vouch for.
    public func backup(to destination: String, overwrite: Bool = false) throws -> BackupSummary {
        guard exists else { throw StoreError.noDatabase(path: path) }
        if Self.samePlace(destination, path) { throw MaintenanceError.samePath(path: destination) }
        if !overwrite && FileManager.default.fileExists(atPath: destination) {
            throw MaintenanceError.exists(path: destination)
        }
        // A backup goes where the user points; a mistyped folder is an error, not a new folder.
        let folder = (destination as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard folder.isEmpty || (FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue)
        else { throw MaintenanceError.noFolder(path: destination) }
        let source: DatabaseQueue
        do { source = try connection() } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        let applied = try source.read { db in
            switch try Self.schema(of: db) {
            case .known(let applied, _) where !applied.isEmpty: return applied
            case .newer: throw MaintenanceError.newerSchema(path: path)
            default: throw MaintenanceError.notRosette(path: path)
            }
        }
        let partial = destination + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        defer { Self.remove(partial) }
        try PrivateFile.prepareDatabaseFile(at: partial)
        do {
            let copy = try DatabaseQueue(path: partial)
            try source.backup(to: copy)
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: destination, reason: error.message ?? "\(error.resultCode)")
        }
        guard try DatabaseFile(path: partial).verify() == applied else {
            throw MaintenanceError.corrupt(path: destination, detail: "the copy's schema differs")
        }
        guard rename(partial, destination) == 0 else {
            throw StoreError.cannotOpen(path: destination, reason: String(cString: strerror(errno)))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: destination)[.size] as? Int) ?? 0
        return BackupSummary(path: destination, schemaVersion: applied.last ?? "", bytes: size)
    }

    /// Replaces the database with the backup at `source`, keeping the current file.
    ///
    /// The backup is checked first (integrity, a Rosette schema no newer than this build), so
    /// a bad file changes nothing. The current database is kept as
    /// `<db>.before-restore-<UTC timestamp>`. The copy goes through SQLite's backup API into
    /// the live file, under its write lock and its journal, so another `rosette` process sees
    /// the old data or the new, never a mixture, and a crash part-way rolls back.
    public func restore(from source: String, at now: Date = Date()) throws -> RestoreSummary {
        if Self.samePlace(source, path) { throw MaintenanceError.samePath(path: source) }
        let backupFile = DatabaseFile(path: source)
        let applied = try backupFile.verify()
        var previous: String?
        if exists {
            let kept = "\(path).before-restore-\(Self.stamp(now))"
            try keepCopy(at: kept)
            previous = kept
        }
        try PrivateFile.prepareDatabaseFile(at: path)
        do {
            let from = try backupFile.connection(readOnly: true)
            try from.backup(to: try connection())
        } catch let error as DatabaseError
            where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode)
        {
            // The current file is past reading (often why one restores): replace it whole.
            try replaceWholeFile(with: source)
        }
        guard try verify() == applied else {
            throw MaintenanceError.corrupt(path: path, detail: "the restored schema differs")
        }
        return RestoreSummary(previousPath: previous, schemaVersion: applied.last ?? "")
    }

    /// Keeps the current database at `kept`: a verified backup when it is readable, else a
    /// byte copy of the file and its WAL (a damaged database is still someone's data).
    private func keepCopy(at kept: String) throws {
        do {
            _ = try backup(to: kept)
        } catch is MaintenanceError {
            try copyBytes(from: path, to: kept)
            if FileManager.default.fileExists(atPath: path + "-wal") {
                try copyBytes(from: path + "-wal", to: kept + "-wal")
            }
        } catch is DatabaseError {
            try copyBytes(from: path, to: kept)
        }
    }

    private func replaceWholeFile(with source: String) throws {
        let staging = path + ".restoring-\(ProcessInfo.processInfo.processIdentifier)"
        defer { Self.remove(staging) }
        try copyBytes(from: source, to: staging)
        for suffix in ["-wal", "-shm"] { Self.remove(path + suffix) }
        guard rename(staging, path) == 0 else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Copies a file's bytes into a new private (0600) file.
    private func copyBytes(from source: String, to destination: String) throws {
        Self.remove(destination)
        try PrivateFile.prepareDatabaseFile(at: destination)
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: source))
            try data.write(to: URL(fileURLWithPath: destination))
        } catch {
            throw StoreError.cannotOpen(path: destination, reason: "cannot copy \(source)")
        }
    }

    /// `20261125T101112Z`: sorts as text and is safe in a file name.
    static func stamp(_ date: Date) -> String {
        let digits = Timestamp.format(date).prefix(19).filter(\.isNumber)
        return "\(digits.prefix(8))T\(digits.dropFirst(8))Z"
    }

    static func samePlace(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
            == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func remove(_ path: String) {
        if FileManager.default.fileExists(atPath: path) { try? FileManager.default.removeItem(atPath: path) }
    }
}
