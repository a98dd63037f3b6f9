import ArgumentParser
import Members
import RosetteCore
import RosetteStore

extension MembersCommand {
    struct Renew: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a dues payment and extend a membership to a new paid-up date.",
            discussion: """
                The amount defaults to the member's dues. Each payment is kept for the treasurer.
                Example:
                  rosette members renew 42 --until 2027-11-30 --amount-pence 1200
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The member's id.") var id: Int64
        @Option(help: "The new paid-up date (YYYY-MM-DD).") var until: CalendarDate
        @Option(parsing: .unconditional, help: "Amount paid, in pence (default: the member's dues).")
        var amountPence: Int?
        @Option(help: "Date paid (default: today).") var paidOn: CalendarDate?

        func validate() throws {
            if let amountPence, amountPence < 0 { throw ValidationError("--amount-pence must be 0 or more") }
        }

        func run() async throws {
            let today = try Today.resolve()
            let member = try MemberRepository(try store.open(), actor: store.resolvedActor).renew(
                MemberID(rawValue: id), until: until, paidOn: paidOn ?? today, amountPence: amountPence, today: today)
            print("Member \(member.id) is paid up until \(until).")
        }
    }

    struct Resign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a member's resignation (ends their roles too).",
            discussion: """
                Example:
                  rosette members resign 42 --on 2026-11-30
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The member's id.") var id: Int64
        @Option(help: "Date the resignation takes effect (default: today).") var on: CalendarDate?

        func run() async throws {
            let ending = MembershipEnding(reason: .resigned, on: try on ?? Today.resolve())
            _ = try MemberRepository(try store.open(), actor: store.resolvedActor).end(MemberID(rawValue: id), ending)
            print("Member \(id) resigned on \(ending.on).")
        }
    }

    struct End: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a membership ended: resigned, expelled or deceased.",
            discussion: """
                Example:
                  rosette members end 42 --reason expelled --on 2026-10-01
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The member's id.") var id: Int64
        @Option(help: "Why the membership ended.") var reason: MembershipEnding.EndReason
        @Option(help: "Date it took effect (default: today).") var on: CalendarDate?

        func run() async throws {
            let ending = MembershipEnding(reason: reason, on: try on ?? Today.resolve())
            _ = try MemberRepository(try store.open(), actor: store.resolvedActor).end(MemberID(rawValue: id), ending)
            print("Member \(id): membership ended on \(ending.on) (\(reason.rawValue)).")
        }
    }
}
