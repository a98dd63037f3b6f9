import ArgumentParser
import Councillors
import Members
import RosetteCore
import RosetteStore

/// `rosette councillors ...`: who our (and others') councillors are, where, since when.
struct CouncillorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "councillors",
        abstract: "Add, list and import councillors; record their offices and consent.",
        discussion: """
            One record is one seat: someone on a parish and a district council is
            two councillors here, each with its own party history.
            Example:
              rosette councillors list --party rosette --as-of 2026-01-01
            """,
        subcommands: [Add.self, Edit.self, List.self, Show.self, Office.self, Consent.self, Import.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a councillor sitting for a party since their election.",
            discussion: """
                The ward is created with one seat if the council has none of that
                name (change it with `rosette councils ward`). With --json it prints
                the created councillor with its id.
                Example:
                  rosette councillors add --name "Jo Bloggs" --council 1 \\
                    --ward Slade --party lab --elected-on 2022-05-05 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The councillor's name.") var name: String
        @Option(help: "The council's id.") var council: Int64
        @Option(help: "The ward's name.") var ward: String
        @Option(help: "The party elected for: short name or name.") var party: String
        @Option(help: "Day of election (YYYY-MM-DD).") var electedOn: CalendarDate
        @Option(help: "End of the term (YYYY-MM-DD).") var termEndsOn: CalendarDate?
        @Option(help: "The member record, when they are a member.") var member: Int64?
        @Option(help: "Email address (used only with consent).") var email: String?
        @Option(help: "Phone number (used only with consent).") var phone: String?
        @Flag(help: "Print the created councillor as JSON.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let details = CouncillorDetails(
                name: try PersonName(parsing: name), memberID: member.map(MemberID.init(rawValue:)), electedOn: electedOn,
                termEndsOn: termEndsOn, email: try email.map { try EmailAddress(parsing: $0) },
                phone: try phone.map { try PhoneNumber(parsing: $0) })
            let database = try store.open()
            let added = try CouncillorRepository(database, actor: store.resolvedActor)
                .add(details, council: CouncilID(rawValue: council), ward: ward, party: party, today: today)
            if let ward = added.createdWard {
                Terminal.printError("Added ward \"\(ward.name)\" to council \(council) with 1 seat.")
            }
            let councils = CouncilRepository(database, actor: store.resolvedActor)
            if json {
                try JSONOutput.print(
                    CouncillorJSON(
                        added.councillor, council: try councils.council(added.councillor.councilID), ward: ward,
                        asOf: max(today, electedOn), parties: PartyNames(try councils.parties())))
            } else {
                print("Added councillor \(added.councillor.id).")
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a councillor's details; an empty value clears an optional one.",
            discussion: """
                Party changes are defections: use `rosette defections record`.
                Example:
                  rosette councillors edit 3 --term-ends-on 2027-05-06 --member 12
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The councillor's id.") var id: Int64
        @Option(help: "The councillor's name.") var name: String?
        @Option(help: "The member record (empty to unlink).") var member: String?
        @Option(help: "Day of election (YYYY-MM-DD).") var electedOn: CalendarDate?
        @Option(help: "End of the term (YYYY-MM-DD, empty to clear).") var termEndsOn: String?
        @Option(help: "Email address (empty to clear).") var email: String?
        @Option(help: "Phone number (empty to clear).") var phone: String?

        func validate() throws {
            if [name, member, termEndsOn, email, phone].allSatisfy({ $0 == nil }) && electedOn == nil {
                throw ValidationError("give at least one field to change")
            }
            if let member, !member.isEmpty, Int64(member) == nil { throw ValidationError("--member takes a member id") }
            if let termEndsOn, !termEndsOn.isEmpty, CalendarDate(iso: termEndsOn) == nil {
                throw ValidationError("--term-ends-on takes a date as YYYY-MM-DD")
            }
        }

        func run() async throws {
            let today = try Today.resolve()
            let repository = CouncillorRepository(try store.open(), actor: store.resolvedActor)
            let councillorID = CouncillorID(rawValue: id)
            var details = try repository.find(councillorID).details
            if let name { details.name = try PersonName(parsing: name) }
            if let member { details.memberID = Int64(member).map(MemberID.init(rawValue:)) }
            if let electedOn { details.electedOn = electedOn }
            if let termEndsOn { details.termEndsOn = CalendarDate(iso: termEndsOn) }
            if let email { details.email = email.isEmpty ? nil : try EmailAddress(parsing: email) }
            if let phone { details.phone = phone.isEmpty ? nil : try PhoneNumber(parsing: phone) }
            _ = try repository.update(councillorID, with: details, today: today)
            print("Updated councillor \(id).")
        }
    }

    struct Office: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an office taken up or given up (mayor, leader, ...).",
            discussion: """
                Offices: mayor, deputy-mayor, chair, leader, cabinet-member,
                group-leader.
                Example:
                  rosette councillors office 3 --add mayor --from 2026-05-20
                  rosette councillors office 1 --end mayor --on 2027-05-19
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The councillor's id.") var id: Int64
        @Option(help: "Office taken up.") var add: OfficeKind?
        @Option(help: "Office given up.") var end: OfficeKind?
        @Option(help: "First day in office (default: today).") var from: CalendarDate?
        @Option(help: "Last day in office (default: today).") var on: CalendarDate?
        @Option(help: "Portfolio or note, e.g. \"housing\".") var note: String?

        func validate() throws {
            if (add == nil) == (end == nil) { throw ValidationError("give exactly one of --add or --end") }
        }

        func run() async throws {
            let today = try Today.resolve()
            let repository = CouncillorRepository(try store.open(), actor: store.resolvedActor)
            if let add {
                try repository.startOffice(add, of: CouncillorID(rawValue: id), on: from ?? today, note: note)
                print("Councillor \(id): \(add.displayName) from \(from ?? today).")
            } else if let end {
                try repository.endOffice(end, of: CouncillorID(rawValue: id), on: on ?? today)
                print("Councillor \(id): \(end.displayName) until \(on ?? today).")
            }
        }
    }

    struct Consent: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a councillor gave or withdrew consent to be contacted.",
            discussion: """
                Example:
                  rosette councillors consent 3 --channel email --given \\
                    --method "signed form"
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The councillor's id.") var id: Int64
        @Option(help: "The contact channel.") var channel: ContactChannel
        @Flag(help: "Consent given or withdrawn.") var change: ConsentFlag
        @Option(help: "How it was obtained.") var method: String?
        @Option(help: "Date recorded (default: today).") var on: CalendarDate?

        enum ConsentFlag: String, EnumerableFlag { case given, withdrawn }

        func run() async throws {
            let day = try on ?? Today.resolve()
            try CouncillorRepository(try store.open(), actor: store.resolvedActor).recordConsent(
                CouncillorID(rawValue: id), channel: channel, given: change == .given, on: day, method: method)
            print("Councillor \(id): \(channel.rawValue) consent \(change.rawValue) on \(day).")
        }
    }
}
