import ArgumentParser
import Canvassing
import RosetteCore
import RosetteStore

extension CanvassCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import typed-up canvass results from a CSV file, all or nothing.",
            discussion: """
                Headers: elector_number, date, canvasser, outcome (required), and method,
                support, intention, previous_vote, issues, message, asks, notes, id. --on
                and --canvasser stand in for a missing date or canvasser column, so a
                `canvass walklist --format csv` sheet filled in at the door imports as it
                is; rows left blank are skipped. Rows without an id get one made from
                their content, so importing the same sheet twice adds nothing. If any row
                is bad nothing is imported and every bad row is listed as "line N:
                reason" on stderr (exit 65). Support, issues and intentions are checked
                against the party's settings (canvass.*); a column per election, such as
                "Local VI" or intention_westminster, gives that election's intention.

                Example:
                  rosette canvass import walk.csv --on 2026-11-21 --canvasser Aileen
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The results file (CSV, UTF-8).") var file: String
        @Option(help: "The day, for rows without a date.") var on: CalendarDate?
        @Option(help: "Who canvassed, for rows without a canvasser.") var canvasser: String?
        @Option(help: "The canvass session every row belongs to.") var session: Int64?
        @Flag(help: "Print the counts as JSON.") var json = false

        func run() async throws {
            let reader = try CSVReader(path: file)
            let repository = CanvassRepository(try store.open(), actor: store.resolvedActor)
            let summary = try ImportConsole.run {
                try repository.importContacts(
                    next: { try reader.next() }, defaultDate: on, defaultCanvasser: canvasser,
                    today: try Today.resolve(), session: session, ignoredHeaders: RegisterFileReader.reportIgnored,
                    progress: { rows in Terminal.progress("Read \(rows) rows...") })
            }
            if json {
                try JSONOutput.print(
                    [
                        "added": summary.added, "already_stored": summary.alreadyStored, "blank": summary.blank,
                        "excluded": summary.excluded,
                    ])
            } else {
                print(
                    "Added \(summary.added) attempts; \(summary.alreadyStored) were already recorded, "
                        + "\(summary.blank) rows left blank"
                        + (summary.excluded == 0 ? "." : ", \(summary.excluded) about electors erased on request not stored."))
            }
        }
    }
}
