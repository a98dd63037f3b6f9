import ArgumentParser
import Canvassing
import RosetteCore
import RosetteStore

extension CanvassCommand {
    struct Voted: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record electors seen voting (telling), so knock-up lists drop them.",
            discussion: """
                Numbers are read against the edition in force on --on (editions run
                1 December to 30 November), or against --edition.

                Example:
                  rosette canvass voted LA-12 LA-14 --on 2026-05-07
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "Elector numbers, e.g. LA-12 LA-14/1.") var electors: [RegisterNumber]
        @Option(help: "The day of the poll (default: today).") var on: CalendarDate?
        @Option(help: "The edition the numbers belong to (default: the one in force on --on).")
        var edition: String?

        func validate() throws {
            if electors.isEmpty { throw ValidationError("give at least one elector number") }
            if let edition { _ = try RegisterEdition.checked(edition) }
        }

        func run() async throws {
            let day = try on ?? Today.resolve()
            let added = try CanvassRepository(try store.open(), actor: store.resolvedActor).recordVoted(
                electors, on: day, edition: try edition.map(RegisterEdition.checked))
            print("Recorded \(added) of \(electors.count) as voted on \(day).")
        }
    }
}
