import Foundation
internal import GRDB

extension AppDatabase {
    /// Before a migration touches a database that already holds a schema, copies it beside
    /// itself as `<db>.<schema version>.backup` (0600, verified), so a migration that goes wrong,
    /// or a new Rosette the party wants to step back from, costs nothing. A new empty file, or one
    /// already up to date, is not copied. An earlier copy of the same version is kept; the new
    /// one then carries a timestamp too.
    ///
    /// - returns: the backup's path, or `nil` when none was needed.
    @discardableResult
    static func backUpBeforeMigrating(_ queue: DatabaseQueue, path: String, at now: Date = Date()) throws
        -> String?
    {
        let state = try queue.read { db in try DatabaseFile.schema(of: db) }
        guard case .known(let applied, let pending) = state, let version = applied.last, !pending.isEmpty
        else { return nil }
        var destination = "\(path).\(version).backup"
        if FileManager.default.fileExists(atPath: destination) {
            destination = "\(path).\(version).\(DatabaseFile.stamp(now)).backup"
        }
        return try DatabaseFile(path: path).backup(to: destination).path
    }
}
