import ArgumentParser

/// `rosette elections ...`: statutory timetables (and, later, the elections the party stands in).
struct ElectionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "elections",
        abstract: "Statutory election timetables: every deadline, worked out from polling day.",
        discussion: """
            Example:
              rosette elections timetable --kind local --nation england \\
                --poll-date 2027-05-06
            """,
        subcommands: [Timetable.self])
}
