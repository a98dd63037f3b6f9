import ArgumentParser
import Elections
import RosetteCore
import RosetteStore

/// `rosette mail ...`: the election mailing plan.
struct MailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail",
        abstract: "Royal Mail election mailing (or the leaflet delivery plan where there is none).",
        discussion: """
            Example:
              rosette mail plan --election 1
            """,
        subcommands: [Plan.self, LeadTimes.self])

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Dated steps back from polling day and the postal-vote dispatch date.",
            discussion: """
                Set the council's postal-vote dispatch date with
                `rosette elections edit ID --postal-vote-dispatch DATE`, and the option with --mail.
                Example:
                  rosette mail plan --election 1 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The election's id.") var election: Int64
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let dossier = try ElectionRepository(try store.openExisting(), actor: store.resolvedActor)
                .dossier(ElectionID(rawValue: election))
            if json {
                try JSONOutput.print(MailPlanJSON(dossier.mailPlan))
            } else {
                print(MailText.render(dossier.mailPlan))
            }
        }
    }

    struct LeadTimes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lead-times",
            abstract: "Show or change Royal Mail's lead times (they change per election).",
            discussion: """
                Defaults come from Royal Mail's published guides and are provisional until you
                confirm them with the Election Support Team (0345 607 6424).
                Examples:
                  rosette mail lead-times
                  rosette mail lead-times --set artwork-approval-days=3
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("Change one lead time (repeatable).", valueName: "key=days")) var set: [String] = []
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let settings = SettingsRepository(try store.open())
            for entry in set {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let days = Int(parts[1]) else {
                    throw ValidationError("--set takes key=days, got \"\(entry)\"")
                }
                try settings.setMailLeadTime(parts[0], days: days)
            }
            let values = try settings.mailLeadTimeTable()
            if json {
                try JSONOutput.print(Dictionary(uniqueKeysWithValues: values.map { ($0.key, $0.days) }))
            } else {
                var table = TextTable("Lead time", "Days", "")
                for value in values { table.append([value.key, "\(value.days)", value.overridden ? "set by you" : "default (provisional)"]) }
                print(table.render())
            }
        }
    }
}
