import ArgumentParser
import Elections
import Finance
import Foundation
import RosetteCore
import RosetteStore

/// How a report is written, shared by every `finance report` subcommand.
struct ReportOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, html
    }

    @Option(help: "table, csv, json or html (default: table, or json with --json).") var format: Format?
    @Flag(help: "Print as JSON (the same as --format json).") var json = false
    @Option(help: "Write to this file (created 0600) instead of standard output.") var out: String?

    func validate() throws {
        if json, let format, format != .json { throw ValidationError("--json and --format \(format.rawValue) disagree") }
    }

    /// Renders the report and writes it to `--out` (0600) or stdout.
    func emit(_ report: FinanceReport) throws {
        let text: String
        switch json ? .json : (format ?? .table) {
        case .table: text = ReportText.render(report)
        case .csv: text = ReportCSV.render(report)
        case .json: text = try JSONOutput.string(ReportJSON(report)) + "\n"
        case .html: text = ReportHTML.render(report)
        }
        guard let out else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        let file = try PrivateFileWriter(path: out)
        try file.write(text)
        try file.close()
        Terminal.printError("Wrote \(report.title) to \(out) (\(counted(report.rows.count, "row"))).")
    }
}

extension FinanceCommand {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "The reports the law requires, as a table, CSV, JSON or HTML.",
            discussion: """
                Files are created readable by you only (0600); CSV cells a spreadsheet
                would run as a formula are neutralised with a leading apostrophe.
                Example:
                  rosette finance report quarterly --quarter 2026Q1 --format csv \\
                    --out q1.csv
                """,
            subcommands: [Quarterly.self, Ledger.self, Membership.self, Spending.self, Year.self])

        struct Quarterly: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Quarterly donations report (EC forms RP10Q; nil report RP10QN).",
                discussion: """
                    Example:
                      rosette finance report quarterly --quarter 2026Q3 --format html \\
                        --out q3.html
                    """)
            @OptionGroup var store: StoreOptions
            @Option(help: "The quarter, e.g. 2026Q1.") var quarter: String
            @OptionGroup var output: ReportOptions

            func validate() throws {
                do { _ = try Quarter(parsing: quarter) } catch { throw ValidationError("--quarter must look like 2026Q1") }
            }

            func run() async throws {
                let book = try FinanceRepository(try store.openExisting(), actor: store.resolvedActor).book()
                let quarter = try Quarter(parsing: quarter).started(by: try Today.resolve())
                try output.emit(DonationReports.quarterly(book, quarter: quarter))
            }
        }

        struct Ledger: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Every donation received in a year, with its decision and report.",
                discussion: """
                    Example:
                      rosette finance report ledger --year 2026 --format csv --out ledger.csv
                    """)
            @OptionGroup var store: StoreOptions
            @Option(parsing: .unconditional, help: "The calendar year (default: this year).") var year: Int?
            @OptionGroup var output: ReportOptions

            func run() async throws {
                let book = try FinanceRepository(try store.openExisting(), actor: store.resolvedActor).book()
                try output.emit(DonationReports.ledger(book, year: try year ?? Today.resolve().year))
            }
        }

        struct Membership: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Membership income by month and branch, from dues payments.",
                discussion: """
                    Example:
                      rosette finance report membership --year 2026 --format html \\
                        --out membership.html
                    """)
            @OptionGroup var store: StoreOptions
            @Option(parsing: .unconditional, help: "The calendar year (default: this year).") var year: Int?
            @OptionGroup var output: ReportOptions

            func run() async throws {
                let book = try FinanceRepository(try store.openExisting(), actor: store.resolvedActor).book()
                try output.emit(AccountsReports.membership(book, year: try year ?? Today.resolve().year))
            }
        }

        struct Spending: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Candidate spending by election against its limit.",
                discussion: """
                    Example:
                      rosette finance report spending --election 1 --json
                    """)
            @OptionGroup var store: StoreOptions
            @Option(help: "Only this election.") var election: Int64?
            @OptionGroup var output: ReportOptions

            func run() async throws {
                let book = try FinanceRepository(try store.openExisting(), actor: store.resolvedActor).book()
                try output.emit(AccountsReports.spending(book, only: election.map { [ElectionID(rawValue: $0)] } ?? []))
            }
        }

        struct Year: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "A year's income and spending, for the statement of accounts.",
                discussion: """
                    Example:
                      rosette finance report year --year 2026 --format html --out 2026.html
                    """)
            @OptionGroup var store: StoreOptions
            @Option(parsing: .unconditional, help: "The calendar year (default: this year).") var year: Int?
            @OptionGroup var output: ReportOptions

            func run() async throws {
                let book = try FinanceRepository(try store.openExisting(), actor: store.resolvedActor).book()
                try output.emit(AccountsReports.year(book, year: try year ?? Today.resolve().year))
            }
        }
    }
}
