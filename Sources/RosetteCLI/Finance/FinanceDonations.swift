import ArgumentParser
import Finance
import RosetteCore
import RosetteStore

extension FinanceCommand {
    struct Donations: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "donations",
            abstract: "Record donations, then accept or return each within 30 days.",
            discussion: """
                Example:
                  rosette finance donations add --donor 1 --amount 750 \\
                    --received 2026-11-20
                  rosette finance donations accept 1 --on 2026-11-24
                """,
            subcommands: [Add.self, Accept.self, Return.self, Decline.self, Void.self, List.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record a donation received (cash, or in kind with --in-kind).",
                discussion: """
                    Example:
                      rosette finance donations add --donor 1 --amount "£1,250.00" \\
                        --received 2026-11-20 --unit 1 --json
                    """)
            @OptionGroup var store: StoreOptions
            @Option(help: "The donor's id.") var donor: Int64
            @Option(parsing: .unconditional, help: "Value in pounds: 600, 600.50, £1,250.00 (at most £10,000,000).")
            var amount: String
            @Option(help: "The day it was received (YYYY-MM-DD).") var received: CalendarDate
            @Option(help: "The accounting unit's id (default: the central party).") var unit: Int64?
            @Option(help: "A donation in kind: what was given (value it at market price).") var inKind: String?
            @Option(help: "A note for the treasurer.") var note: String?
            @Flag(help: "Print the donation as JSON.") var json = false

            func validate() throws { _ = try AmountArgument.parse(amount, option: "--amount") }

            func run() async throws {
                let today = try Today.resolve()
                let details = NewDonation(
                    donor: DonorID(rawValue: donor), unit: unit.map(AccountingUnitID.init(rawValue:)),
                    amount: try AmountArgument.parse(amount, option: "--amount"),
                    form: inKind.map { .inKind(nature: $0) } ?? .cash, received: received, note: note)
                let repository = FinanceRepository(try store.open(), actor: store.resolvedActor)
                let donation = try repository.addDonation(details, today: today)
                let book = try repository.book()
                if json {
                    try JSONOutput.print(DonationJSON(donation, book: book))
                } else if book.isOverThreshold(donation) {
                    print("Added donation \(donation.id) (\(donation.amount)); decide by \(donation.decisionDue).")
                } else {
                    print("Added donation \(donation.id) (\(donation.amount)): not over the donation threshold, so outside PPERA.")
                }
            }
        }

        struct Accept: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Accept a donation once its donor is known to be permissible.",
                discussion: """
                    An individual needs a register check dated from a month before the
                    donation was received up to the day of acceptance (EC: check the
                    register for the date of receipt). Accepting after the 30 days is
                    recorded with a warning: kept that long, it counts as accepted.
                    Example:
                      rosette finance donations accept 11 --on 2026-11-24
                    """)
            @OptionGroup var store: StoreOptions
            @Argument(help: "The donation's id.") var id: Int64
            @Option(help: "The day it was accepted (YYYY-MM-DD).") var on: CalendarDate

            func run() async throws {
                let donation = try FinanceRepository(try store.open(), actor: store.resolvedActor)
                    .decide(DonationID(rawValue: id), .accepted(on: on), today: try Today.resolve())
                LateDecision.warn(donation, on: on)
                print("Accepted donation \(donation.id).")
            }
        }

        struct Return: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Return an impermissible or unidentifiable donation.",
                discussion: """
                    Return it to the donor, else the payer, else the Electoral Commission.
                    It goes on the quarterly report. A gift from a donor shown to be
                    permissible is declined instead (rosette finance donations decline).
                    Example:
                      rosette finance donations return 9 --on 2026-11-24 \\
                        --method "bank transfer to the payer"
                    """)
            @OptionGroup var store: StoreOptions
            @Argument(help: "The donation's id.") var id: Int64
            @Option(help: "The day it was returned (YYYY-MM-DD).") var on: CalendarDate
            @Option(help: "How and to whom it was returned.") var method: String

            func run() async throws {
                let donation = try FinanceRepository(try store.open(), actor: store.resolvedActor)
                    .decide(DonationID(rawValue: id), .returned(on: on, method: method), today: try Today.resolve())
                LateDecision.warn(donation, on: on)
                print("Returned donation \(donation.id).")
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List donations, with their decision deadlines.",
                discussion: """
                    Example:
                      rosette finance donations list --year 2026 --json
                    """)
            @OptionGroup var store: StoreOptions
            @Option(parsing: .unconditional, help: "Only donations received in this year.") var year: Int?
            @Flag(help: "Print as JSON.") var json = false

            func run() async throws {
                let book = try FinanceRepository(try store.openExisting(), actor: store.resolvedActor).book()
                let donations = book.donations.filter { year == nil || $0.received.year == year }
                if json { return try JSONOutput.print(donations.map { DonationJSON($0, book: book) }) }
                var table = TextTable("Id", "Donor", "Unit", "Amount", "Received", "Status", "Decide by")
                for donation in donations {
                    let json = DonationJSON(donation, book: book)
                    table.append([
                        "\(donation.id)", "\(donation.donor)", book.unitName(donation.details.unit), "\(donation.amount)",
                        donation.received.iso, json.status, json.decisionDue ?? "-",
                    ])
                }
                print(donations.isEmpty ? "No donations." : table.render())
            }
        }
    }
}
