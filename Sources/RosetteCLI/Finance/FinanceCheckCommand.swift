import ArgumentParser
import Finance
import RosetteCore
import RosetteStore

extension FinanceCommand {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every open obligation with its deadline, soonest first.",
            discussion: """
                Donations to check or return within 30 days, donations to report,
                quarterly reports and accounts to file, spending returns and election
                invoices to pay. They also appear on rosette deadlines.
                Example:
                  rosette finance check --json
                """)
        @OptionGroup var store: StoreOptions
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let book = try FinanceRepository(try store.openExisting(), actor: store.resolvedActor).book()
            let obligations = FinanceCheck.obligations(book, today: today)
            if json { return try JSONOutput.print(obligations.map { ObligationJSON($0, today: today) }) }
            guard !obligations.isEmpty else { return print("Nothing open on \(today).") }
            var table = TextTable("", "Due", "Left", "Obligation", "What")
            for obligation in obligations {
                let days = today.days(to: obligation.dueOn)
                let mark = days < 0 ? Terminal.colored("OVERDUE", .red) : days <= 7 ? Terminal.colored("SOON", .yellow) : ""
                table.append([
                    mark, "\(obligation.dueOn.weekday.abbreviation) \(obligation.dueOn)", "\(days)d", obligation.kind.rawValue,
                    obligation.title + (obligation.provisional ? " (provisional)" : ""),
                ])
            }
            let overdue = obligations.filter { $0.dueOn < today }.count
            print(table.render() + "\n\(obligations.count) open on \(today), \(overdue) overdue.")
        }
    }

    struct Filings: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "filings",
            abstract: "Record the reports filed with the Electoral Commission.",
            discussion: """
                Example:
                  rosette finance filings add --report quarterly --period 2026Q2 \\
                    --on 2026-07-20
                """,
            subcommands: [Add.self, List.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record that a quarterly report or the accounts were filed.",
                discussion: """
                    Example:
                      rosette finance filings add --report annual --period 2025 \\
                        --on 2026-04-20
                    """)
            @OptionGroup var store: StoreOptions
            @Option(help: "quarterly or annual.") var report: FilingKind
            @Option(help: "2026Q1 for a quarterly report, 2026 for accounts.") var period: String
            @Option(help: "The day it was filed (YYYY-MM-DD).") var on: CalendarDate

            func run() async throws {
                let checked = try Filing.validatedPeriod(period, kind: report)
                try FinanceRepository(try store.open(), actor: store.resolvedActor)
                    .recordFiling(Filing(kind: report, period: checked, filedOn: on), today: try Today.resolve())
                print("Recorded the \(report.rawValue) report for \(checked) as filed on \(on).")
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List the reports recorded as filed.",
                discussion: """
                    Example:
                      rosette finance filings list --json
                    """)
            @OptionGroup var store: StoreOptions
            @Flag(help: "Print as JSON.") var json = false

            struct FilingJSON: Encodable {
                var report: String
                var period: String
                var filed_on: String
            }

            func run() async throws {
                let filings = try FinanceRepository(try store.openExisting(), actor: store.resolvedActor).filings()
                if json {
                    return try JSONOutput.print(filings.map { FilingJSON(report: $0.kind.rawValue, period: $0.period, filed_on: $0.filedOn.iso) })
                }
                var table = TextTable("Report", "Period", "Filed")
                for filing in filings { table.append([filing.kind.rawValue, filing.period, filing.filedOn.iso]) }
                print(filings.isEmpty ? "No filings recorded." : table.render())
            }
        }
    }
}
