import ArgumentParser
import Councillors
import RosetteStore

/// `rosette parties ...`: the parties councillors sit for, and which one is ours.
struct PartiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parties",
        abstract: "List and add the parties councillors sit for; say which is ours.",
        discussion: """
            The main UK parties and "Independent" are there from the start.
            Example:
              rosette parties add --name "Harbour Independents" --short harbour \\
                --colour "#2A7AB0"
              rosette parties ours rosette
            """,
        subcommands: [List.self, Add.self, Ours.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a party.",
            discussion: """
                Example:
                  rosette parties add --name "Yorkshire Party" --short yorks \\
                    --colour "#00A0DC" --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The party's name.") var name: String
        @Option(help: "Short name used by commands: lower-case letters, digits, hyphens.") var short: String
        @Option(help: "Chart colour as #RRGGBB.") var colour: String?
        @Flag(help: "Print the created party as JSON.") var json = false

        func run() async throws {
            let party = try CouncilRepository(try store.open(), actor: store.resolvedActor)
                .addParty(name: name, shortName: short, colour: colour)
            if json {
                try JSONOutput.print(PartyJSON(party, ours: false))
            } else {
                print("Added party \(party.shortName) (\(party.name)).")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the parties.",
            discussion: """
                Example:
                  rosette parties list --json
                """)

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let repository = CouncilRepository(try store.openExisting(), actor: store.resolvedActor)
            let ours = try repository.ourParty()?.id
            let parties = try repository.parties()
            if json {
                try JSONOutput.print(parties.map { PartyJSON($0, ours: $0.id == ours) })
            } else {
                var table = TextTable("Short", "Name", "Colour", "Ours")
                for party in parties {
                    table.append([party.shortName, party.name, party.colour ?? "-", party.id == ours ? "yes" : ""])
                }
                print(table.render())
            }
        }
    }

    struct Ours: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say which party Rosette is set up for (the party.short_name setting).",
            discussion: """
                Example:
                  rosette parties ours rosette
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The party's short name.") var short: String

        func run() async throws {
            try SettingsRepository(try store.open()).set(SettingKey.ourParty.name, to: short.lowercased())
            print("Our party is now \(short.lowercased()).")
        }
    }
}

/// A party for scripts.
struct PartyJSON: Encodable {
    var id: Int64
    var name: String
    var short_name: String
    var colour: Nullable<String>
    var ours: Bool

    init(_ party: Party, ours: Bool) {
        id = party.id.rawValue
        name = party.name
        short_name = party.shortName
        colour = Nullable(party.colour)
        self.ours = ours
    }
}
