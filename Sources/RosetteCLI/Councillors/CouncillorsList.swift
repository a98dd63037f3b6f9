import ArgumentParser
import Councillors
import Elections
import RosetteCore
import RosetteStore

extension CouncillorsCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List councillors sitting on a date, filtered by party, council, tier or nation.",
            discussion: """
                The party shown is the one they sat for on that date.
                Example:
                  rosette councillors list --party rosette --nation england \\
                    --as-of 2026-01-01 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "Party: short name or name.") var party: String?
        @Option(help: "The council's id.") var council: Int64?
        @Option(help: "The council's tier.") var tier: CouncilTier?
        @Option(help: "The council's nation.") var nation: Nation?
        @Option(help: "The day to ask about (YYYY-MM-DD; default today).") var asOf: CalendarDate?
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let day = try asOf ?? Today.resolve()
            let database = try store.openExisting()
            let councils = CouncilRepository(database, actor: store.resolvedActor)
            let filter = CouncillorFilter(
                asOf: day, party: try party.map { try councils.party(named: $0).id },
                council: council.map(CouncilID.init(rawValue:)), tier: tier, nation: nation)
            let found = try CouncillorRepository(database, actor: store.resolvedActor).list(filter)
            let byID = Dictionary(uniqueKeysWithValues: try councils.councils().map { ($0.id, $0) })
            let wards = try Dictionary(
                uniqueKeysWithValues: byID.keys.flatMap { try councils.wards(of: $0) }.map { ($0.id, $0.name) })
            let parties = PartyNames(try councils.parties())
            if json {
                try JSONOutput.print(
                    found.map { CouncillorJSON($0, council: byID[$0.councilID], ward: wards[$0.wardID], asOf: day, parties: parties) })
                return
            }
            guard !found.isEmpty else { return print("No councillors match on \(day).") }
            var table = TextTable("ID", "Councillor", "Council", "Ward", "Party", "Since", "Offices")
            for councillor in found {
                let period = councillor.affiliations.first { $0.covers(day) }
                table.append([
                    "\(councillor.id)", councillor.details.name.value, byID[councillor.councilID]?.details.name ?? "-",
                    wards[councillor.wardID] ?? "-", parties.short(period?.party) ?? "-", period?.startedOn.iso ?? "-",
                    councillor.offices(on: day).map(\.office.displayName).joined(separator: ", "),
                ])
            }
            print(table.render() + "\n\(found.count) councillor\(found.count == 1 ? "" : "s") on \(day)")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a councillor: party history, offices, contact and consent.",
            discussion: """
                Example:
                  rosette councillors show 3 --as-of 2025-06-01 --json
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The councillor's id.") var id: Int64
        @Option(help: "The day to ask about (default today).") var asOf: CalendarDate?
        @Flag(help: "Print as JSON.") var json = false

        struct ShowJSON: Encodable {
            var councillor: CouncillorJSON
            var contact: CouncillorContactJSON
        }

        func run() async throws {
            let day = try asOf ?? Today.resolve()
            let database = try store.openExisting()
            let repository = CouncillorRepository(database, actor: store.resolvedActor)
            let councillor = try repository.find(CouncillorID(rawValue: id))
            let councils = CouncilRepository(database, actor: store.resolvedActor)
            let council = try councils.council(councillor.councilID)
            let ward = try repository.ward(councillor.wardID)?.name
            let parties = PartyNames(try councils.parties())
            let view = CouncillorJSON(councillor, council: council, ward: ward, asOf: day, parties: parties)
            let contact = CouncillorContactJSON(councillor, consent: try repository.consent(of: councillor.id))
            if json {
                try JSONOutput.print(ShowJSON(councillor: view, contact: contact))
            } else {
                print(CouncillorText.render(councillor, view: view, contact: contact, parties: parties))
            }
        }
    }
}

/// The human view of one councillor.
enum CouncillorText {
    static func render(
        _ councillor: Councillor, view: CouncillorJSON, contact: CouncillorContactJSON, parties: PartyNames
    ) -> String {
        var lines = [
            "Councillor \(view.id): \(view.name)",
            "Council: \(view.council) (council \(view.council_id)), ward \(view.ward)",
            "Elected: \(view.elected_on)" + (councillor.details.termEndsOn.map { ", term ends \($0)" } ?? "")
                + (councillor.leftOn.map { ", seat vacant from \($0)" } ?? ""),
            "Party on \(view.as_of): \(view.party_name.value ?? "not sitting")",
        ]
        if let member = councillor.details.memberID { lines.append("Member: \(member)") }
        lines += ["", "Party history:"]
        for period in councillor.affiliations {
            let until = period.endedOn.map { "until \($0)" } ?? "to date"
            lines.append("  \(period.startedOn) \(until): \(parties.name(period.party) ?? "?")")
        }
        if !councillor.offices.isEmpty {
            lines += ["", "Offices:"]
            for term in councillor.offices {
                lines.append(
                    "  \(term.office.displayName): \(term.startedOn) to \(term.endedOn?.iso ?? "date")"
                        + (term.note.map { " (\($0))" } ?? ""))
            }
        }
        let consent = contact.consent.sorted { $0.key < $1.key }
            .map { "\($0.key) \($0.value.value.map { $0 ? "yes" : "no" } ?? "not asked")" }
        lines += ["", "Contact: email \(contact.email.value ?? "-"), phone \(contact.phone.value ?? "-")"]
        lines.append("Consent: " + consent.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }
}
