import ArgumentParser
import Foundation
import Privacy
import RosetteCore
import RosetteStore

/// `rosette consent`: the do-not-contact list.
struct ConsentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: "The do-not-contact list that every contact list honours.",
        discussion: """
            An objection to contact is absolute (PECR; ICO). Anyone whose email,
            phone, or name and postcode is on the list is left out of shift
            reminders' and gaps' channels and of `members export --contactable`.
            Per-channel consent stays on each record (members consent,
            volunteers consent).
            Example:
              rosette consent suppress --email ada@example.org
            """,
        subcommands: [Suppress.self, Unsuppress.self, List.self, Import.self, Export.self])
}

/// The one detail a do-not-contact entry is made from.
struct SuppressionOptions: ParsableArguments {
    @Option(help: "An email address.") var email: String?
    @Option(help: "A phone number.") var phone: String?
    @Option(help: "A full name (with --postcode).") var name: String?
    @Option(help: "The postcode that goes with --name.") var postcode: String?

    func validate() throws {
        let given = [email != nil, phone != nil, name != nil].filter { $0 }.count
        if given != 1 { throw ValidationError("give exactly one of --email, --phone or --name (with --postcode)") }
        if (name == nil) != (postcode == nil) { throw ValidationError("--name and --postcode go together") }
    }

    func key() throws -> SuppressionKey {
        if let email { return try SuppressionKey.parse(kind: .email, email) }
        if let phone { return try SuppressionKey.parse(kind: .phone, phone) }
        return try SuppressionKey.parse(kind: .namePostcode, name ?? "", postcode: postcode)
    }
}

extension ConsentCommand {
    struct Suppress: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add someone to the do-not-contact list.",
            discussion: """
                Example:
                  rosette consent suppress --name "Grace Hopper" --postcode "EH6 5AB"
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var detail: SuppressionOptions

        func run() async throws {
            let added = try SuppressionRepository(try store.open(), actor: store.resolvedActor)
                .suppress(try detail.key(), today: try Today.resolve())
            print(added ? "Added to the do-not-contact list." : "Already on the do-not-contact list.")
        }
    }

    struct Unsuppress: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove someone who asked to hear from the party again.",
            discussion: """
                Example:
                  rosette consent unsuppress --email unsubscribed@example.org
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var detail: SuppressionOptions

        func run() async throws {
            try SuppressionRepository(try store.openExisting(), actor: store.resolvedActor).remove(try detail.key())
            print("Removed from the do-not-contact list.")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the do-not-contact list.",
            discussion: """
                Example:
                  rosette consent list --json
                """)
        @OptionGroup var store: StoreOptions
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let entries = try SuppressionRepository(try store.openExisting(), actor: store.resolvedActor).entries()
            if json {
                try JSONOutput.print(entries.map(SuppressionJSON.init))
                return
            }
            guard !entries.isEmpty else {
                print("The do-not-contact list is empty.")
                return
            }
            var table = TextTable("Kind", "Value", "Source", "Added on", "By")
            for entry in entries {
                table.append([entry.key.kind.rawValue, entry.key.value, entry.source, entry.addedOn.iso, entry.addedBy])
            }
            print(table.render())
        }
    }
}

/// One entry as `consent list --json` prints it.
struct SuppressionJSON: Encodable {
    var kind: String
    var value: String
    var source: String
    var added_on: String
    var added_by: String

    init(_ entry: SuppressionEntry) {
        kind = entry.key.kind.rawValue
        value = entry.key.value
        source = entry.source
        added_on = entry.addedOn.iso
        added_by = entry.addedBy
    }
}
