import ArgumentParser
import Foundation
import RosetteStore

/// `--db` and `--actor`, shared by every command that touches data.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database file (default: $ROSETTE_DB, else $XDG_DATA_HOME/rosette/rosette.sqlite3).",
            valueName: "path"))
    var path: String?

    @Option(
        help: ArgumentHelp(
            "Who is making the change, for the audit trail (default: $ROSETTE_ACTOR, else the login name).",
            valueName: "name"))
    var actor: String?

    /// An empty path would silently fall back to the real default database, and SQLite's
    /// special names (`:memory:`, `file:` URIs) would lose data or leave odd folders behind.
    func validate() throws {
        let environment = ProcessInfo.processInfo.environment
        for (name, value) in [("--db", path), ("ROSETTE_DB", environment["ROSETTE_DB"])] {
            guard let value else { continue }
            if value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("\(name) is empty; give the database file's path")
            }
            if value.hasPrefix(":") || value.hasPrefix("file:") {
                throw ValidationError("\(name) must be a file path, not \"\(value)\"")
            }
        }
    }

    /// The database path: `--db`, `ROSETTE_DB`, then the XDG data folder.
    var resolvedPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let path, !path.isEmpty { return path }
        if let path = environment["ROSETTE_DB"], !path.isEmpty { return path }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/rosette/rosette.sqlite3"
    }

    /// The actor for the audit trail.
    var resolvedActor: Actor {
        let environment = ProcessInfo.processInfo.environment
        if let actor, !actor.isEmpty { return Actor(actor) }
        if let actor = environment["ROSETTE_ACTOR"], !actor.isEmpty { return Actor(actor) }
        if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty { return Actor(user) }
        // Cron jobs and containers often have no $USER: ask the system for the account's name.
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return Actor(String(cString: name))
        }
        return Actor("uid \(getuid())")
    }

    /// Opens (creating and migrating when needed) the database.
    func open() throws -> AppDatabase { try AppDatabase.open(path: resolvedPath) }

    /// Opens the database only if it exists: for commands that only read, so a mistyped path is
    /// an error, not a new empty database that looks as if every member had vanished.
    func openExisting() throws -> AppDatabase { try AppDatabase.openExisting(path: resolvedPath) }
}
