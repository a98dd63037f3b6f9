import ArgumentParser
import RosetteStore

/// `rosette db ...`: the database file itself.
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Create, migrate and inspect the database file.",
        discussion: """
            Example:
              rosette db status --db party.sqlite3
            """,
        subcommands: [Migrate.self, Status.self])

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the database if missing and apply every pending migration.",
            discussion: """
                Every command does this on opening; this one does only that.
                Example:
                  rosette db migrate --db party.sqlite3
                """)

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let database = try store.open()
            print("Database \(store.resolvedPath) is at schema \(try database.appliedMigrations().last ?? "none").")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show where the database is and which migrations it has.",
            discussion: """
                Example:
                  rosette db status --json
                """)

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print as JSON.") var json = false

        struct StatusJSON: Encodable {
            var path: String
            var applied: [String]
            var known: [String]
        }

        func run() async throws {
            let database = try store.openExisting()
            let status = StatusJSON(
                path: store.resolvedPath, applied: try database.appliedMigrations(),
                known: AppDatabase.knownMigrations)
            if json {
                try JSONOutput.print(status)
            } else {
                print("Database: \(status.path)")
                print("Migrations applied: \(status.applied.joined(separator: ", "))")
            }
        }
    }
}
