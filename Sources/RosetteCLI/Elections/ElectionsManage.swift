import ArgumentParser
import Elections
import Members
import RosetteCore
import RosetteStore

extension ElectionsCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an election the party stands in.",
            discussion: """
                With --json it prints the created election with its id.
                Example:
                  rosette elections add --name "Leith Walk by-election" --kind local \\
                    --nation scotland --poll-date 2027-03-04 --area "Leith Walk" \\
                    --candidate-member 12 --json
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var fields: ElectionFieldOptions
        @Flag(help: "Print the created election as JSON.") var json = false

        func validate() throws {
            if fields.name == nil { throw ValidationError("--name is required") }
            if fields.kind == nil { throw ValidationError("--kind is required") }
            if fields.pollDate == nil { throw ValidationError("--poll-date is required") }
        }

        func run() async throws {
            guard let name = fields.name, let kind = fields.kind, let pollDate = fields.pollDate else { return }
            let database = try store.open()
            let details = fields.applied(
                to: PartyElectionDetails(name: name, kind: kind, nation: fields.nation, pollDate: pollDate))
            let repository = ElectionRepository(database, actor: store.resolvedActor)
            let election = try repository.add(details, today: try Today.resolve())
            if json {
                try JSONOutput.print(ElectionJSON(try repository.dossier(election.id)))
            } else {
                print("Added election \(election.id): \(election.details.name), polling day \(election.details.pollDate).")
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an election's facts; every deadline follows.",
            discussion: """
                Example:
                  rosette elections edit 2 --area "Hackney North" \\
                    --candidate-name "A. Candidate"
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The election's id.") var id: Int64
        @OptionGroup var fields: ElectionFieldOptions

        func validate() throws {
            if fields.isEmpty { throw ValidationError("give at least one fact to change") }
        }

        func run() async throws {
            let repository = ElectionRepository(try store.open(), actor: store.resolvedActor)
            let current = try repository.find(ElectionID(rawValue: id))
            _ = try repository.update(current.id, with: fields.applied(to: current.details))
            print("Updated election \(id).")
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark an election cancelled: its deadlines leave the board.",
            discussion: """
                Example:
                  rosette elections cancel 1
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The election's id.") var id: Int64
        @Option(help: "The day (default: today).") var on: CalendarDate?

        func run() async throws {
            let day = try on ?? Today.resolve()
            _ = try ElectionRepository(try store.open(), actor: store.resolvedActor).cancel(ElectionID(rawValue: id), on: day)
            print("Election \(id) cancelled on \(day).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the elections the party stands in.",
            discussion: """
                Example:
                  rosette elections list --json
                """)

        @OptionGroup var store: StoreOptions
        @Flag(help: "Include cancelled elections.") var all = false
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let repository = ElectionRepository(try store.openExisting(), actor: store.resolvedActor)
            let elections = try repository.list(includeCancelled: all)
            if json {
                try JSONOutput.print(try elections.map { ElectionJSON.Summary($0) })
                return
            }
            guard !elections.isEmpty else {
                print("No elections recorded. Add one with rosette elections add.")
                return
            }
            var table = TextTable("ID", "Election", "Kind", "Nation", "Area", "Polling day", "Candidate")
            for election in elections {
                let d = election.details
                table.append([
                    "\(election.id)", d.name + (election.cancelledOn == nil ? "" : " (cancelled)"), d.kind.rawValue,
                    d.nation?.rawValue ?? "UK", d.area ?? "-", d.pollDate.iso, d.candidate?.label ?? "-",
                ])
            }
            print(table.render())
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an election: its facts, timetable, forms checklist and mail plan.",
            discussion: """
                Example:
                  rosette elections show 1
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The election's id.") var id: Int64
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let dossier = try ElectionRepository(try store.openExisting(), actor: store.resolvedActor).dossier(ElectionID(rawValue: id))
            if json {
                try JSONOutput.print(ElectionJSON(dossier))
            } else {
                print(ElectionText.render(dossier, today: try Today.resolve()))
            }
        }
    }

    struct ExcludedDays: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "excluded-days",
            abstract: "Days every stored election's timetable disregards (e.g. a day of mourning).",
            discussion: """
                A day added here moves every affected deadline at once.
                Examples:
                  rosette elections excluded-days --add 2027-02-15 \\
                    --reason "national day of mourning"
                  rosette elections excluded-days
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "A day to add.") var add: CalendarDate?
        @Option(help: "Why, with --add.") var reason: String?
        @Option(help: "A day to remove.") var remove: CalendarDate?
        @Flag(help: "Print as JSON.") var json = false

        func validate() throws {
            if add != nil && reason == nil { throw ValidationError("--add needs a --reason") }
            if add != nil && remove != nil { throw ValidationError("give --add or --remove, not both") }
            if add == nil && reason != nil { throw ValidationError("--reason goes with --add") }
        }

        func run() async throws {
            let repository = ElectionRepository(try store.open(), actor: store.resolvedActor)
            if let add, let reason { try repository.excludeDay(add, reason: reason) }
            if let remove { try repository.removeExcludedDay(remove) }
            let days = try repository.excludedDays()
            if json {
                try JSONOutput.print(days.map { ["day": $0.day.iso, "reason": $0.reason] })
            } else if days.isEmpty {
                print("No extra excluded days.")
            } else {
                for day in days { print("\(day.day.weekday.abbreviation) \(day.day)  \(day.reason)") }
            }
        }
    }
}
