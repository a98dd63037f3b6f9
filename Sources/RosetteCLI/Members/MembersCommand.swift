import ArgumentParser

/// `rosette members ...`: the membership list.
struct MembersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "Add, find, renew and report on members.",
        discussion: """
            Example:
              rosette members add --first-name Ada --last-name Byron \\
                --email ada@example.org --postcode "sw1a 1aa"
            """,
        subcommands: [
            Add.self, Show.self, Edit.self, List.self, Search.self, Renew.self, Resign.self,
            End.self, Roles.self, Consent.self, Stats.self, Import.self, Export.self,
        ]
    )
}
