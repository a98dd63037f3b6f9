import ArgumentParser
import Canvassing

/// `rosette canvass ...`: doorstep results, walk lists and polling day.
struct CanvassCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "canvass",
        abstract: "Log canvass contacts, print walk lists, see results, knock up on polling day.",
        discussion: """
            Electors are named by their number in the current register edition: PD-123 or
            PD-123/1. Attempts are never changed once recorded; what is known about a
            person is worked out from all of them.

            Example:
              rosette canvass log LA-12 --outcome spoke --support 2 \\
                --intention ours --issues housing,jobs --message renters
            """,
        subcommands: [
            Log.self, Import.self, Export.self, Sessions.self, Summary.self, History.self, Walklist.self, Knockup.self,
            Voted.self,
        ]
    )
}
