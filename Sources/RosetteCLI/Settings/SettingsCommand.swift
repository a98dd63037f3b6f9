import ArgumentParser
import RosetteStore

/// `rosette settings ...`: party-wide settings stored in the database.
struct SettingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change party-wide settings.",
        discussion: """
            Canvass settings (canvass.support_scale, canvass.promises, canvass.issues,
            canvass.election_types) shape what canvassers can record.

            Example:
              rosette settings set membership.grace_days 45
              rosette settings set canvass.election_types local,westminster
            """,
        subcommands: [List.self, Set.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every setting with its value.",
            discussion: """
                Example:
                  rosette settings list --json
                """)

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let settings = try SettingsRepository(try store.openExisting()).all()
            if json {
                try JSONOutput.print(Dictionary(uniqueKeysWithValues: settings.map { ($0.key.name, $0.value) }))
            } else {
                var table = TextTable("Setting", "Value", "Meaning")
                for (key, value) in settings { table.append([key.name, value, key.summary]) }
                print(table.render())
            }
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a setting.",
            discussion: """
                Example:
                  rosette settings set membership.grace_days 45
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The setting's name.") var name: String
        @Argument(help: "The new value.") var value: String

        func run() async throws {
            let stored = try SettingsRepository(try store.open()).set(name, to: value)
            print("\(name) = \(stored)")
        }
    }
}
