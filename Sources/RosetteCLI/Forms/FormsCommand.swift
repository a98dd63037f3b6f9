import ArgumentParser
import Elections
import RosetteCore
import RosetteStore

/// `rosette forms ...`: the candidate's forms checklist for an election.
struct FormsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: "The forms checklist of an election: what is due, by when, who files it.",
        discussion: """
            Example:
              rosette forms list --election 1
              rosette forms set 1/nomination_paper --status submitted \\
                --note "handed in at the town hall"
            """,
        subcommands: [List.self, Set.self, Subscribers.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List an election's forms with due dates, who is responsible and status.",
            discussion: """
                Example:
                  rosette forms list --election 1 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The election's id.") var election: Int64
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let dossier = try ElectionRepository(try store.openExisting(), actor: store.resolvedActor)
                .dossier(ElectionID(rawValue: election))
            if json {
                try JSONOutput.print(dossier.checklist.map { FormJSON($0, election: dossier.election.id) })
            } else {
                print(FormsText.render(dossier.checklist, election: dossier.election.id, today: try Today.resolve()))
                for warning in dossier.subscriberWarnings { print("! \(warning.description)") }
            }
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record progress on a checklist item: status, who is doing it, a note.",
            discussion: """
                ITEM is ELECTION/FORM as `forms list` shows it.
                Statuses: \(FormStatus.allCases.map(\.rawValue).joined(separator: ", ")).
                Example:
                  rosette forms set 1/consent_to_nomination --status in-progress \\
                    --assignee "Priya (agent)"
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The item, e.g. 1/nomination_paper.") var item: String
        @Option(help: "New status.") var status: FormStatus?
        @Option(help: "Who is doing it.") var assignee: String?
        @Option(help: "A note (replaces the previous one).") var note: String?

        func validate() throws {
            _ = try parsedItem()
            if status == nil && assignee == nil && note == nil {
                throw ValidationError("give --status, --assignee or --note")
            }
        }

        func parsedItem() throws -> (ElectionID, FormKind) {
            let parts = item.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let id = Int64(parts[0]), let form = FormKind(rawValue: parts[1]) else {
                throw ValidationError(
                    "ITEM is ELECTION/FORM, e.g. 1/nomination_paper (forms: \(FormKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return (ElectionID(rawValue: id), form)
        }

        func run() async throws {
            let (election, form) = try parsedItem()
            let repository = ElectionRepository(try store.open(), actor: store.resolvedActor)
            try repository.setForm(
                form, of: election, status: status, assignee: assignee, note: note,
                checklist: try repository.checklist(of: election))
            print("Updated \(item).")
        }
    }
}
