import ArgumentParser

/// `rosette elections ...`: statutory timetables (and, later, the elections the party stands in).
struct ElectionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "elections",
        abstract: "Elections the party stands in, and statutory timetables worked out from polling day.",
        discussion: """
            Example:
              rosette elections timetable --kind local --nation england \\
                --poll-date 2027-05-06
            """,
        subcommands: [Timetable.self, Add.self, List.self, Show.self, Edit.self, Cancel.self, ExcludedDays.self])
}
