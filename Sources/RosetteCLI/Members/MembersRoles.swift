import ArgumentParser
import Members
import RosetteCore
import RosetteStore

extension MembersCommand {
    struct Roles: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a member a role, or end one (history is kept).",
            discussion: """
                Known roles: \(Role.wellKnown.map(\.slug).joined(separator: ", ")); others are accepted.
                Examples:
                  rosette members roles 3 --add treasurer --from 2026-01-01
                  rosette members roles 4 --end treasurer --on 2026-12-31
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The member's id.") var id: Int64
        @Option(help: "Role to give.") var add: String?
        @Option(help: "Role to end.") var end: String?
        @Option(help: "First day held, with --add (default: today).") var from: CalendarDate?
        @Option(help: "Last day held, with --end (default: today).") var on: CalendarDate?

        func validate() throws {
            if (add == nil) == (end == nil) { throw ValidationError("give exactly one of --add or --end") }
            if add != nil && on != nil { throw ValidationError("--on goes with --end; use --from with --add") }
            if end != nil && from != nil { throw ValidationError("--from goes with --add; use --on with --end") }
        }

        func run() async throws {
            let today = try Today.resolve()
            let repository = MemberRepository(try store.open(), actor: store.resolvedActor)
            let memberID = MemberID(rawValue: id)
            if let add {
                let role = try Role(parsing: add)
                try repository.assign(role, to: memberID, from: from ?? today)
                print("Member \(id) holds \(role) from \(from ?? today).")
            } else if let end {
                let role = try Role(parsing: end)
                try repository.endRole(role, of: memberID, on: on ?? today)
                print("Member \(id) held \(role) until \(on ?? today).")
            }
        }
    }

    struct Consent: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a member gave or withdrew consent to be contacted on a channel.",
            discussion: """
                Each change is kept with when, how and by whom (the --actor).
                Example:
                  rosette members consent 42 --channel email --given \\
                    --method "membership form"
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The member's id.") var id: Int64
        @Option(help: "The contact channel.") var channel: ContactChannel
        @Flag(help: "Consent given or withdrawn.") var change: ConsentFlag
        @Option(help: "How it was obtained, e.g. \"membership form\".") var method: String?
        @Option(help: "Date recorded (default: today).") var on: CalendarDate?

        enum ConsentFlag: String, EnumerableFlag {
            case given, withdrawn
        }

        func run() async throws {
            let today = try Today.resolve()
            let day = on ?? today
            try MemberRepository(try store.open(), actor: store.resolvedActor).recordConsent(
                MemberID(rawValue: id), channel: channel, given: change == .given, on: day, method: method,
                today: today)
            print("Member \(id): \(channel.rawValue) consent \(change.rawValue) on \(day).")
        }
    }
}
