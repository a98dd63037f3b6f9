import ArgumentParser
import Finance
import RosetteCore
import RosetteStore

extension FinanceCommand.Donations {
    struct Decline: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send back a permissible donation the party does not want.",
            discussion: """
                Unlike a return (impermissible), a declined gift is not reported.
                Example:
                  rosette finance donations decline 11 --on 2026-11-24 \\
                    --method "bank transfer to the donor"
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "The donation's id.") var id: Int64
        @Option(help: "The day it was sent back (YYYY-MM-DD).") var on: CalendarDate
        @Option(help: "How and to whom it was sent back.") var method: String

        func run() async throws {
            let donation = try FinanceRepository(try store.open(), actor: store.resolvedActor)
                .decide(DonationID(rawValue: id), .declined(on: on, method: method), today: try Today.resolve())
            LateDecision.warn(donation, on: on)
            print("Declined donation \(donation.id).")
        }
    }

    struct Void: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Void a donation entered by mistake (kept, with why, for the audit).",
            discussion: """
                A voided donation leaves checks, deadlines and reports.
                Example:
                  rosette finance donations void 11 --reason "entered twice"
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "The donation's id.") var id: Int64
        @Option(help: "Why it is void (kept in the book).") var reason: String

        func run() async throws {
            try FinanceRepository(try store.open(), actor: store.resolvedActor)
                .voidDonation(DonationID(rawValue: id), reason: reason, today: try Today.resolve())
            print("Voided donation \(id).")
        }
    }
}

extension FinanceCommand.Expenses {
    struct Void: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Void an expense entered by mistake (kept, with why, for the audit).",
            discussion: """
                A voided expense leaves spending totals, checks and reports.
                Example:
                  rosette finance expenses void 1 --reason "mistyped amount"
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "The expense's id.") var id: Int64
        @Option(help: "Why it is void (kept in the book).") var reason: String

        func run() async throws {
            try FinanceRepository(try store.open(), actor: store.resolvedActor)
                .voidExpense(ExpenseID(rawValue: id), reason: reason, today: try Today.resolve())
            print("Voided expense \(id).")
        }
    }
}

/// The warning for a decision made after the 30 days (`Donation.isLate`).
enum LateDecision {
    static func warn(_ donation: Donation, on day: CalendarDate) {
        guard donation.isLate(day) else { return }
        Terminal.printError(
            "Warning: donation \(donation.id) was decided on \(day), after its decide-by date \(donation.decisionDue): "
                + "a donation kept more than 30 days counts as accepted in law (EC guidance).")
    }
}
