import ArgumentParser
import Canvassing
import RosetteCore
import RosetteStore

extension CanvassCommand {
    struct Voted: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record electors seen voting (telling), so knock-up lists drop them.",
            discussion: """
                Example:
                  rosette canvass voted LA-12 LA-14 --on 2026-05-07
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "Elector numbers, e.g. LA-12 LA-14/1.") var electors: [RegisterNumber]
        @Option(help: "The day of the poll (default: today).") var on: CalendarDate?

        func validate() throws {
            if electors.isEmpty { throw ValidationError("give at least one elector number") }
        }

        func run() async throws {
            let day = try on ?? Today.resolve()
            let added = try CanvassRepository(try store.open(), actor: store.resolvedActor).recordVoted(electors, on: day)
            print("Recorded \(added) of \(electors.count) as voted on \(day).")
        }
    }
}
