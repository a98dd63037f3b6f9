import ArgumentParser
import Canvassing
import Foundation
import RosetteCore
import RosetteStore

extension CanvassCommand {
    struct Log: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record one contact attempt with an elector.",
            discussion: """
                Outcomes: spoke, not-in, refused, moved, deceased, inaccessible, come-back,
                do-not-contact. Answers (support, intention, issues, message) need
                --outcome spoke. Support is 1 (definitely us) to the top of the party's
                scale (canvass.support_scale, default 5). Issues come from the party's list
                (canvass.issues). --intention ours is for the first election type in
                canvass.election_types (default westminster); give several as
                --intention local=ours,westminster=lab.
                do-not-contact, moved and deceased take the person off later lists.
                Each attempt gets a new UUID; --id re-sends one recorded elsewhere, and
                sending the same id twice stores it once.

                Example:
                  rosette canvass log LA-12 --outcome spoke --support 2 \\
                    --intention ours --issues housing,jobs --message renters
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The elector number, e.g. LA-12 or LA-12/1.") var elector: RegisterNumber
        @Option(help: "spoke, not-in, refused, moved, deceased, inaccessible, come-back, do-not-contact.")
        var outcome: ContactOutcome
        @Option(help: "door, phone, street-stall or text.") var method: ContactMethod = .door
        @Option(help: "The day of the attempt (default: today; not after today).")
        var on: CalendarDate?
        @Option(help: "Who canvassed (default: --actor).") var canvasser: String?
        @Option(parsing: .unconditional, help: "Support, 1 (definitely us) to the top of canvass.support_scale.")
        var support: Int?
        @Option(help: "Voting intention, e.g. ours, or per election: local=ours,westminster=lab.")
        var intention: String?
        @Option(help: "How they voted last time, as a code.") var previousVote: String?
        @Option(help: "Issues raised, comma-separated, e.g. housing,jobs.") var issues: String?
        @Option(help: "The message tried, as a code, e.g. renters.") var message: String?
        @Option(help: "Asks agreed, comma-separated: poster, postal-vote, volunteer, join, donate.")
        var asks: String?
        @Option(parsing: .unconditional, help: "Free-text notes (special category data: keep them factual).")
        var notes: String?
        @Option(help: "The attempt's UUID, when re-sending one recorded elsewhere.") var id: String?
        @Option(help: "The canvass session it belongs to (its day is the default date).") var session: Int64?

        func validate() throws {
            if let asks, Self.asks(asks) == nil {
                throw ValidationError("--asks takes poster, postal-vote, volunteer, join or donate")
            }
        }

        static func asks(_ text: String) -> [CanvassAsk]? {
            let parts = CanvassContact.list(text).map { CanvassAsk(rawValue: $0) }
            return parts.contains(nil) ? nil : parts.compactMap { $0 }
        }

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.open()
            let repository = CanvassRepository(database, actor: store.resolvedActor)
            let sessionDay = try session.map { try repository.sessionDay($0) }
            var contact = try CanvassContact.validated(
                id: id ?? UUID().uuidString.lowercased(), elector: elector, on: on ?? sessionDay ?? today,
                canvasser: canvasser ?? store.resolvedActor.name, method: method, outcome: outcome,
                support: support, intention: intention, previousVote: previousVote,
                issues: issues.map(CanvassContact.list) ?? [], message: message,
                asks: asks.flatMap(Self.asks) ?? [], notes: notes,
                scheme: try SettingsRepository(database).canvassScheme())
            contact.session = session
            let added = try repository.log(contact, today: today)
            print(
                added
                    ? "Recorded \(contact.outcome.rawValue) for elector \(contact.elector) on \(contact.on) (id \(contact.id))."
                    : "Attempt \(contact.id) was already recorded; nothing changed.")
        }
    }
}
