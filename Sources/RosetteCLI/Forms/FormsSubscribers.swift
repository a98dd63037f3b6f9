import ArgumentParser
import Elections
import RosetteCore
import RosetteStore

extension FormsCommand {
    /// `rosette forms subscribers ...`: the nomination paper's subscribers and their traps.
    struct Subscribers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Track the nomination paper's subscribers and check the known traps.",
            discussion: """
                Warns about too few subscribers, a duplicate elector number, an elector who has
                signed another of the party's papers for the same poll, and a description that
                does not match the certificate of authorisation.
                Examples:
                  rosette forms subscribers add --election 1 --name "A. Voter" \\
                    --elector-number "LW-123" --role proposer
                  rosette forms subscribers list --election 1
                """,
            subcommands: [Add.self, List.self, Remove.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add a subscriber to the nomination paper.",
                discussion: """
                    Example:
                      rosette forms subscribers add --election 1 --name "A. Voter" \\
                        --elector-number "LW-123" --role proposer
                    """)

            @OptionGroup var store: StoreOptions
            @Option(help: "The election's id.") var election: Int64
            @Option(help: "The subscriber's name as on the register.") var name: String
            @Option(help: "Elector number with polling district, e.g. LW-123 or LW-123/1.") var electorNumber: String
            @Option(help: "proposer, seconder or assentor.") var role: SubscriberRole = .assentor

            func run() async throws {
                let number = try ElectorNumber(parsing: electorNumber)
                let trimmed = name.trimmingWhitespace
                guard !trimmed.isEmpty else {
                    throw InvalidInput(field: "name", value: name, expected: "the subscriber's name")
                }
                let repository = ElectionRepository(try store.open(), actor: store.resolvedActor)
                let stored = try repository.addSubscriber(
                    Subscriber(name: trimmed, electorNumber: number.normalised, role: role), to: ElectionID(rawValue: election))
                print("Added subscriber \(stored.id) (\(number.normalised), \(role.rawValue)).")
                for warning in try repository.dossier(ElectionID(rawValue: election)).subscriberWarnings {
                    print("! \(warning.description)")
                }
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List the paper's subscribers, with warnings.",
                discussion: """
                    Example:
                      rosette forms subscribers list --election 1 --json
                    """)

            @OptionGroup var store: StoreOptions
            @Option(help: "The election's id.") var election: Int64
            @Flag(help: "Print as JSON.") var json = false

            struct Output: Encodable {
                var subscribers: [Row]
                var warnings: [String]
                struct Row: Encodable {
                    var id: Int64
                    var name: String
                    var elector_number: String
                    var role: String
                }
            }

            func run() async throws {
                let repository = ElectionRepository(try store.openExisting(), actor: store.resolvedActor)
                let id = ElectionID(rawValue: election)
                let subscribers = try repository.subscribers(of: id)
                let warnings = try repository.dossier(id).subscriberWarnings.map(\.description)
                if json {
                    try JSONOutput.print(
                        Output(
                            subscribers: subscribers.map {
                                .init(id: $0.id, name: $0.subscriber.name, elector_number: $0.subscriber.electorNumber, role: $0.subscriber.role.rawValue)
                            }, warnings: warnings))
                    return
                }
                var table = TextTable("ID", "Name", "Elector number", "Role")
                for s in subscribers {
                    table.append(["\(s.id)", s.subscriber.name, s.subscriber.electorNumber, s.subscriber.role.rawValue])
                }
                print(subscribers.isEmpty ? "No subscribers yet." : table.render())
                for warning in warnings { print("! \(warning)") }
            }
        }

        struct Remove: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Remove a subscriber from the paper.",
                discussion: """
                    Example:
                      rosette forms subscribers remove 2
                    """)

            @OptionGroup var store: StoreOptions
            @Argument(help: "The subscriber's id, from `forms subscribers list`.") var id: Int64

            func run() async throws {
                try ElectionRepository(try store.open(), actor: store.resolvedActor).removeSubscriber(id)
                print("Removed subscriber \(id).")
            }
        }
    }
}
