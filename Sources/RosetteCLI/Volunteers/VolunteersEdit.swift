import ArgumentParser
import Members
import RosetteCore
import RosetteStore
import Volunteers

extension VolunteersCommand {
    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a volunteer's skills, wards or weekly availability.",
            discussion: """
                Each option given replaces that whole list; lists not given are kept.
                Example:
                  rosette volunteers edit 3 --available "sat 09:00-17:00" \\
                    --available "wed 18:00-21:00"
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The volunteer's id.") var id: Int64
        @OptionGroup var offer: VolunteerOfferOptions

        func validate() throws {
            if offer.isEmpty { throw ValidationError("give at least one of --skill, --ward or --available") }
        }

        func run() async throws {
            let repository = VolunteerRepository(try store.open(), actor: store.resolvedActor)
            let current = try repository.find(VolunteerID(rawValue: id))
            _ = try repository.updateOffer(current.id, to: try offer.offer(replacing: current.offer))
            print("Updated volunteer \(id).")
        }
    }

    struct Away: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record days a volunteer is away (both days included).",
            discussion: """
                Example:
                  rosette volunteers away 3 --from 2026-12-20 --to 2027-01-03
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The volunteer's id.") var id: Int64
        @Option(help: "First day away.") var from: CalendarDate
        @Option(help: "Last day away.") var to: CalendarDate
        @Option(help: "A note, e.g. \"holiday\" (optional).") var note: String?

        func validate() throws {
            if to < from { throw ValidationError("--to is before --from") }
        }

        func run() async throws {
            let absence = try Absence(from: from, to: to, note: note)
            _ = try VolunteerRepository(try store.open(), actor: store.resolvedActor)
                .addAbsence(absence, to: VolunteerID(rawValue: id))
            print("Volunteer \(id) is away from \(from) to \(to).")
        }
    }

    struct Consent: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a supporter's consent to be contacted on a channel.",
            discussion: """
                For a volunteer who is a member, use rosette members consent
                instead: consent lives on the member record. History is kept; the
                latest entry counts.
                Example:
                  rosette volunteers consent 9 --channel sms --given --method "stall form"
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The volunteer's id.") var id: Int64
        @Option(help: "The contact channel.") var channel: ContactChannel
        @Flag(help: "Consent given or withdrawn.") var change: MembersCommand.Consent.ConsentFlag
        @Option(help: "How it was obtained, e.g. \"stall form\".") var method: String?
        @Option(help: "Date recorded (default: today).") var on: CalendarDate?

        func run() async throws {
            let today = try Today.resolve()
            let day = on ?? today
            try VolunteerRepository(try store.open(), actor: store.resolvedActor).recordConsent(
                VolunteerID(rawValue: id), channel: channel, given: change == .given, on: day, method: method, today: today)
            print("Volunteer \(id): \(channel.rawValue) consent \(change.rawValue) on \(day).")
        }
    }
}
