import ArgumentParser
import Finance
import RosetteCore
import RosetteStore

/// `rosette finance ...`: the registered treasurer's book.
struct FinanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finance",
        abstract: "Donations, spending, compliance checks and the reports the law requires.",
        discussion: """
            Amounts are pounds with optional pence (600, 600.50, £1,250.00), stored as
            integer pence; --json gives pence as integers in keys ending _pence.
            Example:
              rosette finance donations add --donor 1 --amount 750 \\
                --received 2026-11-20
              rosette finance check
            """,
        subcommands: [
            Units.self, Donors.self, Donations.self, Expenses.self, Limits.self, Check.self, Filings.self,
            Report.self,
        ])
}


/// An amount typed on the command line, checked in `validate()` so a bad one is a usage error
/// with the accepted forms spelled out.
enum AmountArgument {
    static func parse(_ text: String, option: String) throws -> Pence {
        do {
            let amount = try Pence(parsing: text)
            guard amount.value > 0 else { throw ValidationError("\(option) must be more than £0.00") }
            return amount
        } catch let error as ValidationError {
            throw error
        } catch {
            if (try? Pence(parsing: text, allowNegative: true)) != nil {
                throw ValidationError("\(option) must not be negative (got \(text))")
            }
            throw ValidationError("\(option) must be pounds with optional pence, such as 600, 600.50 or £1,250.00 (got \(text))")
        }
    }
}

extension FinanceCommand {
    struct Units: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "units",
            abstract: "Accounting units: branches that keep their own books.",
            discussion: """
                Example:
                  rosette finance units add --name "Portobello branch"
                  rosette finance units list --json
                """,
            subcommands: [Add.self, List.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Register an accounting unit.",
                discussion: """
                    Example:
                      rosette finance units add --name "Portobello branch" --reference AU-3
                    """)
            @OptionGroup var store: StoreOptions
            @Option(help: "The unit's name.") var name: String
            @Option(help: "The Electoral Commission's reference for the unit.") var reference: String?
            @Flag(help: "Print the unit as JSON.") var json = false

            func run() async throws {
                let unit = try FinanceRepository(try store.open(), actor: store.resolvedActor)
                    .addUnit(name: name, reference: reference)
                if json { try JSONOutput.print(UnitJSON(unit)) } else { print("Added accounting unit \(unit.id).") }
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List accounting units.",
                discussion: """
                    Example:
                      rosette finance units list
                    """)
            @OptionGroup var store: StoreOptions
            @Flag(help: "Print as JSON.") var json = false

            func run() async throws {
                let units = try FinanceRepository(try store.openExisting(), actor: store.resolvedActor).units()
                if json { return try JSONOutput.print(units.map(UnitJSON.init)) }
                var table = TextTable("Id", "Name", "Reference")
                for unit in units { table.append(["\(unit.id)", unit.name, unit.reference ?? "-"]) }
                print(units.isEmpty ? "No accounting units: every donation goes to the central party." : table.render())
            }
        }
    }
}
