import ArgumentParser
import RosetteCore
import RosetteStore

extension CouncillorsCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import councillors from a CSV file, all or nothing.",
            discussion: """
                Headers: name, council (id or exact name), ward, party (short name
                or name), elected_on; optionally term_ends_on, member_id, email,
                phone. A new ward is created with one seat. If any row is bad,
                nothing is imported, every bad row is listed as "line N: reason"
                on stderr, and the exit code is 65.
                Example:
                  rosette councillors import councillors.csv
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The CSV file (UTF-8, with or without BOM).") var file: String
        @Flag(help: "Print the count as JSON.") var json = false

        struct Summary: Encodable { var added: Int }

        func run() async throws {
            let today = try Today.resolve()
            let reader = try CSVReader(path: file)
            let repository = CouncillorRepository(try store.open(), actor: store.resolvedActor)
            let added = try ImportConsole.run {
                try repository.importCouncillors(
                    next: { try reader.next() }, today: today, ignoredHeaders: ImportConsole.ignoredHeaders,
                    progress: ImportConsole.progress)
            }
            if json {
                try JSONOutput.print(Summary(added: added))
            } else {
                print("Added \(added) councillor\(added == 1 ? "" : "s").")
            }
        }
    }
}
