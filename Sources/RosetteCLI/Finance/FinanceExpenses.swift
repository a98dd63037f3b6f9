import ArgumentParser
import Elections
import Finance
import RosetteCore
import RosetteStore

extension FinanceCommand {
    struct Expenses: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expenses",
            abstract: "Spending: by category, by election, with invoices and paid dates.",
            discussion: """
                Example:
                  rosette finance expenses add --kind candidate --election 2 \\
                    --category unsolicited-material --description "Leaflets" \\
                    --amount 420 --incurred 2026-11-20
                """,
            subcommands: [Add.self, Pay.self, Void.self, List.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record an expense.",
                discussion: """
                    Example:
                      rosette finance expenses add --kind candidate --election 2 \\
                        --category advertising --description "Posters" --amount 180 \\
                        --incurred 2026-11-20 --invoice 2026-11-21
                    """)
            @OptionGroup var store: StoreOptions
            @Option(help: "candidate, party-campaign or general.") var kind: SpendingKind
            @Option(help: "The election it is spent on (required for candidate spending).") var election: Int64?
            @Option(help: "The accounting unit that paid (default: the central party).") var unit: Int64?
            @Option(help: "advertising, unsolicited-material, transport, ...") var category: ExpenseCategory
            @Option(help: "What was bought.") var description: String
            @Option(parsing: .unconditional, help: "Amount in pounds: 420, 420.50, £1,250.00 (at most £10,000,000).")
            var amount: String
            @Option(help: "The day the spending was incurred (YYYY-MM-DD).") var incurred: CalendarDate
            @Option(help: "The day the invoice arrived.") var invoice: CalendarDate?
            @Option(help: "The day it was paid.") var paid: CalendarDate?
            @Flag(help: "Print the expense as JSON.") var json = false

            func validate() throws { _ = try AmountArgument.parse(amount, option: "--amount") }

            func run() async throws {
                let details = NewExpense(
                    kind: kind, election: election.map(ElectionID.init(rawValue:)),
                    unit: unit.map(AccountingUnitID.init(rawValue:)), category: category, description: description,
                    amount: try AmountArgument.parse(amount, option: "--amount"), incurred: incurred,
                    invoiceReceived: invoice, paid: paid)
                let expense = try FinanceRepository(try store.open(), actor: store.resolvedActor)
                    .addExpense(details, today: try Today.resolve())
                if json { try JSONOutput.print(ExpenseJSON(expense)) } else { print("Added expense \(expense.id).") }
            }
        }

        struct Pay: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record that an expense was paid.",
                discussion: """
                    Example:
                      rosette finance expenses pay 2 --on 2026-11-24
                    """)
            @OptionGroup var store: StoreOptions
            @Argument(help: "The expense's id.") var id: Int64
            @Option(help: "The day it was paid (YYYY-MM-DD).") var on: CalendarDate

            func run() async throws {
                let expense = try FinanceRepository(try store.open(), actor: store.resolvedActor)
                    .pay(ExpenseID(rawValue: id), on: on, today: try Today.resolve())
                print("Paid expense \(expense.id).")
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List expenses.",
                discussion: """
                    Example:
                      rosette finance expenses list --election 2 --json
                    """)
            @OptionGroup var store: StoreOptions
            @Option(help: "Only this election's spending.") var election: Int64?
            @Flag(help: "Print as JSON.") var json = false

            func run() async throws {
                let expenses = try FinanceRepository(try store.openExisting(), actor: store.resolvedActor).expenses()
                    .filter { election == nil || $0.details.election?.rawValue == election }
                if json { return try JSONOutput.print(expenses.map(ExpenseJSON.init)) }
                var table = TextTable("Id", "Kind", "Election", "Category", "Description", "Amount", "Incurred", "Paid")
                for expense in expenses {
                    let details = expense.details
                    table.append([
                        "\(expense.id)", details.kind.rawValue, details.election.map { "\($0)" } ?? "-",
                        details.category.rawValue, details.description, "\(details.amount)", details.incurred.iso,
                        details.paid?.iso ?? "UNPAID",
                    ])
                }
                print(expenses.isEmpty ? "No expenses." : table.render())
            }
        }
    }

    struct Limits: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "limits",
            abstract: "Candidate spending limits: the facts they are worked out from.",
            discussion: """
                Example:
                  rosette finance limits set --election 1 --electorate 7200
                """,
            subcommands: [Set.self])

        struct Set: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Enter an election's electorate (and the limit, where Rosette has none).",
                discussion: """
                    --limit replaces Rosette's figure: use it where the limit is
                    unconfirmed (a UK Parliament by-election since SI 2023/1235) or
                    not in Rosette's notes (Scottish and Welsh councils...).
                    Example:
                      rosette finance limits set --election 2 --electorate 72000 \\
                        --limit 100000 --limit-source "Returning officer's letter"
                    """)
            @OptionGroup var store: StoreOptions
            @Option(help: "The election's id.") var election: Int64
            @Option(parsing: .unconditional, help: "Electors in the ward or constituency (1 to 10,000,000).")
            var electorate: Int
            @Flag(help: "A county constituency (12p per elector at a general election).") var county = false
            @Option(parsing: .unconditional, help: "Joint candidates sharing agent or material (1 = none).") var joint: Int = 1
            @Option(parsing: .unconditional, help: "The limit from the returning officer, in pounds (kept until replaced).")
            var limit: String?
            @Option(help: "Where the --limit figure comes from.") var limitSource: String?
            @Flag(help: "Drop a limit entered earlier and use Rosette's figure.") var clearLimit = false

            func validate() throws {
                if !FinanceBounds.electorate.contains(electorate) {
                    throw ValidationError("--electorate must be 1 to 10,000,000 (got \(electorate))")
                }
                if joint < 1 { throw ValidationError("--joint must be 1 or more") }
                if let limit { _ = try AmountArgument.parse(limit, option: "--limit") }
                if limit != nil, clearLimit { throw ValidationError("--limit and --clear-limit disagree") }
            }

            func run() async throws {
                let facts = SpendingFacts(
                    electorate: electorate, county: county, jointCandidates: joint,
                    limitOverride: try limit.map { try AmountArgument.parse($0, option: "--limit") },
                    overrideSource: limitSource)
                let repository = FinanceRepository(try store.open(), actor: store.resolvedActor)
                let stored = try repository.setSpendingFacts(facts, for: ElectionID(rawValue: election), clearingLimit: clearLimit)
                if limit == nil, let kept = stored.limitOverride {
                    Terminal.printError("Kept the limit entered earlier (\(kept)); give --limit to change it or --clear-limit to drop it.")
                }
                guard let finance = try repository.electionFinances().first(where: { $0.id.rawValue == election }) else { return }
                let result = SpendingLimits.limit(for: finance)
                print(
                    "Election \(election): limit \(result.amount.map { "\($0)" } ?? "unknown") (\(result.basis))"
                        + (result.provisional ? " (provisional: \(result.source))" : "."))
            }
        }
    }
}

/// `finance expenses ... --json`.
struct ExpenseJSON: Encodable {
    var id: Int64
    var kind: String
    @Nullable var electionId: Int64?
    @Nullable var accountingUnitId: Int64?
    var category: String
    var description: String
    var amountPence: Int
    var incurredOn: String
    @Nullable var invoiceReceivedOn: String?
    @Nullable var paidOn: String?

    init(_ expense: Expense) {
        id = expense.id.rawValue
        kind = expense.details.kind.rawValue
        electionId = expense.details.election?.rawValue
        accountingUnitId = expense.details.unit?.rawValue
        category = expense.details.category.rawValue
        description = expense.details.description
        amountPence = expense.details.amount.value
        incurredOn = expense.details.incurred.iso
        invoiceReceivedOn = expense.details.invoiceReceived?.iso
        paidOn = expense.details.paid?.iso
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, electionId = "election_id", accountingUnitId = "accounting_unit_id", category, description
        case amountPence = "amount_pence", incurredOn = "incurred_on", invoiceReceivedOn = "invoice_received_on"
        case paidOn = "paid_on"
    }
}
