import ArgumentParser
import Canvassing
import RosetteCore
import RosetteStore

extension RegisterCommand {
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply a monthly notice of alteration (additions, deletions, changes).",
            discussion: """
                Same layouts as `register import`, plus an alteration column (Alteration,
                Change Type or Status: A addition, D deletion, C or M change). A row with no
                code adds the elector if new and changes them otherwise. Deleted electors
                keep their canvass history. All or nothing.

                Example:
                  rosette register update alterations.csv --ward Leith
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The alterations file (CSV or tab-separated).") var file: String
        @Option(help: "The edition to alter (default: the latest imported).") var edition: String?
        @Option(help: "The ward for added electors, when the file has no Ward column.") var ward: String?
        @Option(help: ArgumentHelp("Map a header to a field (repeatable).", valueName: "header=field"))
        var map: [String] = []
        @Flag(help: "Print the counts as JSON.") var json = false

        func validate() throws {
            _ = try ImportConsole.headerMap(map)
            if let edition { _ = try RegisterEdition.checked(edition) }
        }

        func run() async throws {
            let today = try Today.resolve()
            let reader = try RegisterFileReader.open(file)
            let repository = RegisterRepository(try store.open(), actor: store.resolvedActor)
            let summary = try ImportConsole.run {
                try repository.applyAlterations(
                    next: { try reader.next() }, edition: edition, ward: ward,
                    explicitMap: try ImportConsole.headerMap(map), today: today,
                    ignoredHeaders: RegisterFileReader.reportIgnored)
            }
            if json {
                try JSONOutput.print(RegisterImportJSON(summary))
            } else {
                print(
                    "Edition \(summary.edition): added \(summary.electors), changed \(summary.changed), "
                        + "deleted \(summary.deleted).")
            }
        }
    }

    struct AbsentVoters: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "absent-voters",
            abstract: "Mark postal and proxy voters from the ERO's absent-voters list.",
            discussion: """
                The file needs elector numbers (Elector Number Prefix and Elector Number, or
                ElectorNumber as PD-123/1); an Absent Vote Type column (postal, proxy, proxy
                postal) wins over --kind. --replace clears earlier marks first, for a final
                list. All or nothing.

                Example:
                  rosette register absent-voters postal.csv --kind postal --replace
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The absent-voters list (CSV or tab-separated).") var file: String
        @Option(help: "postal, proxy or proxy-postal, for rows that do not say.") var kind: AbsentVote = .postal
        @Flag(help: "Clear every earlier absent-vote mark in the edition first.") var replace = false
        @Option(help: "The edition (default: the latest imported).") var edition: String?
        @Option(help: ArgumentHelp("Map a header to a field (repeatable).", valueName: "header=field"))
        var map: [String] = []

        func validate() throws {
            _ = try ImportConsole.headerMap(map)
            if let edition { _ = try RegisterEdition.checked(edition) }
        }

        func run() async throws {
            let reader = try RegisterFileReader.open(file)
            let repository = RegisterRepository(try store.open(), actor: store.resolvedActor)
            let marked = try ImportConsole.run {
                try repository.applyAbsentVoters(
                    next: { try reader.next() }, kind: kind, replace: replace, edition: edition,
                    explicitMap: try ImportConsole.headerMap(map), skipped: RegisterFileReader.reportSkipped)
            }
            print("Marked \(marked) absent voters.")
        }
    }

    struct Marked: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a marked register: who voted at a poll, for turnout history.",
            discussion: """
                The file needs elector numbers of the edition in force on --poll-date
                (editions run 1 December to 30 November), or of --edition. Each elector
                is recorded as having voted on --poll-date once, however often they
                appear.

                Example:
                  rosette register marked marked.csv --poll-date 2026-05-07
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The marked register (CSV or tab-separated).") var file: String
        @Option(help: "The day of the poll (YYYY-MM-DD).") var pollDate: CalendarDate
        @Option(help: "The edition the numbers belong to (default: the one in force on --poll-date).")
        var edition: String?
        @Option(help: ArgumentHelp("Map a header to a field (repeatable).", valueName: "header=field"))
        var map: [String] = []

        func validate() throws {
            _ = try ImportConsole.headerMap(map)
            if let edition { _ = try RegisterEdition.checked(edition) }
        }

        func run() async throws {
            let reader = try RegisterFileReader.open(file)
            let repository = CanvassRepository(try store.open(), actor: store.resolvedActor)
            let added = try ImportConsole.run {
                try repository.importMarkedRegister(
                    next: { try reader.next() }, pollOn: pollDate,
                    edition: try edition.map(RegisterEdition.checked), explicitMap: try ImportConsole.headerMap(map),
                    skipped: RegisterFileReader.reportSkipped)
            }
            print("Recorded \(added) electors as having voted on \(pollDate).")
        }
    }
}
