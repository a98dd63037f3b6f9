import ArgumentParser
import Councillors
import Elections
import RosetteCore
import RosetteStore

/// `rosette councils ...`: councils, their wards, and who sits for whom on any day.
struct CouncilsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "councils",
        abstract: "Add councils and wards; show a council's make-up on any date.",
        discussion: """
            Example:
              rosette councils add --name "Stroud District" --tier district \\
                --nation england --next-election 2028-05-04
              rosette councils show 1 --as-of 2022-05-01
            """,
        subcommands: [Add.self, Edit.self, Ward.self, List.self, Show.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a council.",
            discussion: """
                Tiers: parish (also town, community), district (also borough),
                county, unitary, metropolitan-borough, london-borough,
                scottish-council, welsh-principal, combined-authority.
                With --json it prints the created council with its id.
                Example:
                  rosette councils add --name "Stroud District" --tier district \\
                    --nation england --area-code E07000082 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The council's name.") var name: String
        @Option(help: "The tier.") var tier: CouncilTier
        @Option(help: "england, wales, scotland or northern-ireland.") var nation: Nation
        @Option(help: "The official (ONS GSS) area code.") var areaCode: String?
        @Option(help: "The next ordinary election (YYYY-MM-DD).") var nextElection: CalendarDate?
        @Flag(help: "Print the created council as JSON.") var json = false

        func run() async throws {
            let council = try CouncilRepository(try store.open(), actor: store.resolvedActor).addCouncil(
                CouncilDetails(
                    name: name, tier: tier, nation: nation, areaCode: areaCode, nextOrdinaryElection: nextElection))
            if json {
                try JSONOutput.print(CouncilJSON(council, wards: []))
            } else {
                print("Added council \(council.id): \(council.details.name).")
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a council's name, area code or next ordinary election.",
            discussion: """
                Example:
                  rosette councils edit 1 --next-election 2028-05-04
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The council's id.") var id: Int64
        @Option(help: "The council's name.") var name: String?
        @Option(help: "The official area code (empty to clear).") var areaCode: String?
        @Option(help: "The next ordinary election (YYYY-MM-DD).") var nextElection: CalendarDate?

        func validate() throws {
            if name == nil && areaCode == nil && nextElection == nil {
                throw ValidationError("give at least one fact to change")
            }
        }

        func run() async throws {
            let repository = CouncilRepository(try store.open(), actor: store.resolvedActor)
            var details = try repository.council(CouncilID(rawValue: id)).details
            if let name { details.name = name }
            if let areaCode { details.areaCode = areaCode }
            if let nextElection { details.nextOrdinaryElection = nextElection }
            _ = try repository.updateCouncil(CouncilID(rawValue: id), with: details)
            print("Updated council \(id).")
        }
    }

    struct Ward: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a ward to a council, or change its number of seats.",
            discussion: """
                Example:
                  rosette councils ward 1 --name "Slade" --seats 2
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The council's id.") var id: Int64
        @Option(help: "The ward's name.") var name: String
        @Option(parsing: .unconditional, help: "Councillors the ward elects.") var seats: Int

        func run() async throws {
            let ward = try CouncilRepository(try store.open(), actor: store.resolvedActor)
                .setWard(of: CouncilID(rawValue: id), name: name, seats: seats)
            print("Council \(id): ward \(ward.name) has \(ward.seats) seat\(ward.seats == 1 ? "" : "s").")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the councils.",
            discussion: """
                Example:
                  rosette councils list --json
                """)

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let repository = CouncilRepository(try store.openExisting(), actor: store.resolvedActor)
            let councils = try repository.councils()
            let wards = try councils.map { try repository.wards(of: $0.id) }
            if json {
                try JSONOutput.print(zip(councils, wards).map { CouncilJSON($0, wards: $1) })
                return
            }
            guard !councils.isEmpty else { return print("No councils yet (rosette councils add).") }
            var table = TextTable("ID", "Council", "Tier", "Nation", "Seats", "Next election")
            for (council, wards) in zip(councils, wards) {
                table.append([
                    "\(council.id)", council.details.name, council.details.tier.displayName,
                    council.details.nation.displayName, "\(wards.reduce(0) { $0 + $1.seats })",
                    council.details.nextOrdinaryElection?.iso ?? "-",
                ])
            }
            print(table.render())
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a council's make-up by party on a date (default: today).",
            discussion: """
                Example:
                  rosette councils show 1 --as-of 2022-05-01 --json
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The council's id.") var id: Int64
        @Option(help: "The day to ask about (YYYY-MM-DD; default today).") var asOf: CalendarDate?
        @Flag(help: "Print as JSON, with \"composition\".") var json = false

        func run() async throws {
            let day = try asOf ?? Today.resolve()
            let repository = CouncilRepository(try store.openExisting(), actor: store.resolvedActor)
            let (council, composition, sitting) = try repository.composition(of: CouncilID(rawValue: id), on: day)
            let wards = try repository.wards(of: council.id)
            let parties = PartyNames(try repository.parties())
            if json {
                try JSONOutput.print(
                    CouncilJSON(council, wards: wards, composition: composition, councillors: sitting, asOf: day, parties: parties))
            } else {
                print(CouncilText.render(council, composition: composition, sitting: sitting, wards: wards, asOf: day, parties: parties))
            }
        }
    }
}

/// The human view of a council on a day.
enum CouncilText {
    static func render(
        _ council: Council, composition: Composition, sitting: [Councillor], wards: [Ward], asOf: CalendarDate,
        parties: PartyNames
    ) -> String {
        let details = council.details
        var lines = [
            "Council \(council.id): \(details.name) (\(details.tier.displayName), \(details.nation.displayName))",
            "Next ordinary election: \(details.nextOrdinaryElection?.iso ?? "not recorded")",
            "", "Seats by party on \(asOf):",
        ]
        var shares = TextTable("Party", "Seats")
        for share in composition.shares { shares.append([parties.name(share.party) ?? "?", "\(share.seats)"]) }
        if composition.vacantSeats > 0 { shares.append(["(vacant)", "\(composition.vacantSeats)"]) }
        lines.append(shares.render())
        guard !sitting.isEmpty else { return lines.joined(separator: "\n") }
        let wardNames = Dictionary(uniqueKeysWithValues: wards.map { ($0.id, $0.name) })
        var table = TextTable("ID", "Councillor", "Ward", "Party", "Offices")
        for councillor in sitting {
            table.append([
                "\(councillor.id)", councillor.details.name.value, wardNames[councillor.wardID] ?? "-",
                parties.short(councillor.party(on: asOf)) ?? "-",
                councillor.offices(on: asOf).map(\.office.displayName).joined(separator: ", "),
            ])
        }
        lines += ["", table.render()]
        return lines.joined(separator: "\n")
    }
}
