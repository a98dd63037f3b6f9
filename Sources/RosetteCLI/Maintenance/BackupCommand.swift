import ArgumentParser
import Foundation
import RosetteStore

/// `rosette backup FILE`: a consistent, verified, private copy of the database.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a file, safely, even while others write.",
        discussion: """
            Uses SQLite's online backup, so other rosette processes may go on writing.
            The copy is private (0600), one self-contained file, and checked (SQLite's
            integrity check and the schema version) before it is put in place. Restore
            it with `rosette restore FILE`.

            Example:
              rosette backup party-2026-11-25.sqlite3
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The backup file to write.", valueName: "file")) var file: String
    @Flag(help: "Replace the file if it exists.") var overwrite = false

    func validate() throws {
        if file.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("give the backup file's path")
        }
    }

    func run() async throws {
        let summary = try DatabaseFile(path: store.resolvedPath).backup(to: file, overwrite: overwrite)
        print("Backed up \(store.resolvedPath) to \(summary.path) (schema \(summary.schemaVersion), \(summary.bytes) bytes, verified).")
    }
}
