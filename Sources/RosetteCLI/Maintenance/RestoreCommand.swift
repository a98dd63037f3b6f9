import ArgumentParser
import Foundation
import RosetteStore

/// `rosette restore FILE`: put a backup back, keeping what it replaces.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the database with a backup, keeping the current file.",
        discussion: """
            The backup is checked first (SQLite's integrity check; a Rosette schema
            no newer than this Rosette), so a bad file changes nothing. The current
            database is kept as <db>.before-restore-<UTC timestamp>. An older backup
            is brought up to date by the next command that writes.

            Example:
              rosette restore party-2026-11-25.sqlite3 --db party.sqlite3
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The backup file to restore.", valueName: "file")) var file: String

    func validate() throws {
        if file.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("give the backup file's path")
        }
    }

    func run() async throws {
        let summary = try DatabaseFile(path: store.resolvedPath).restore(from: file)
        if let previous = summary.previousPath {
            print("Kept the previous database as \(previous).")
        }
        print("Restored \(file) into \(store.resolvedPath) (schema \(summary.schemaVersion)).")
    }
}
