import ArgumentParser
import Elections
import RosetteCore
import RosetteStore
import Volunteers

/// `rosette activities ...`: stalls, canvass sessions, leaflet rounds, phone banks, polling day.
struct ActivitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activities",
        abstract: "Campaign activities that shifts belong to.",
        discussion: """
            Example:
              rosette activities add --kind street-stall --name "Saturday stall" \\
                --ward "Leith Walk" --place "Foot of the Walk"
            """,
        subcommands: [Add.self, List.self, Show.self])
}

extension ActivitiesCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an activity.",
            discussion: """
                --kind is street-stall, canvass, leaflet, phone-bank or polling-day.
                With --json it prints the created activity with its id.
                Example:
                  rosette activities add --kind canvass --name "Pilrig doorsteps" \\
                    --ward "Leith Walk" --election 1 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "street-stall, canvass, leaflet, phone-bank or polling-day.") var kind: ActivityKind
        @Option(help: "A short name.") var name: String
        @Option(help: "The ward it works in.") var ward: String?
        @Option(help: "Where to meet.") var place: String?
        @Option(help: "The election it campaigns for (its id).") var election: Int64?
        @Flag(help: "Print the created activity as JSON.") var json = false

        func run() async throws {
            let details = ActivityDetails(
                kind: kind, name: name, ward: try ward.map(Ward.init(parsing:)), place: place,
                election: election.map(ElectionID.init(rawValue:)))
            let activity = try VolunteerRepository(try store.open(), actor: store.resolvedActor).addActivity(details)
            if json {
                try JSONOutput.print(ActivityJSON(activity))
            } else {
                print("Added activity \(activity.id): \(activity.details.kind.label), \(activity.details.name).")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List activities.",
            discussion: """
                Example:
                  rosette activities list --json
                """)

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let activities = try VolunteerRepository(try store.openExisting(), actor: store.resolvedActor).activities()
            if json {
                try JSONOutput.print(activities.map(ActivityJSON.init))
                return
            }
            guard !activities.isEmpty else {
                print("No activities. Add one with rosette activities add.")
                return
            }
            var table = TextTable("ID", "Kind", "Name", "Ward", "Place", "Election")
            for activity in activities {
                let d = activity.details
                table.append([
                    "\(activity.id)", d.kind.rawValue, d.name, d.ward?.name ?? "-", d.place ?? "-",
                    d.election.map { "\($0)" } ?? "-",
                ])
            }
            print(table.render())
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an activity and its shifts from today on.",
            discussion: """
                Example:
                  rosette activities show 1
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The activity's id.") var id: Int64
        @Flag(help: "Print as JSON.") var json = false

        struct ActivityShowJSON: Encodable {
            var activity: ActivityJSON
            var shifts: [ShiftJSON]
        }

        func run() async throws {
            let today = try Today.resolve()
            let repository = VolunteerRepository(try store.openExisting(), actor: store.resolvedActor)
            let activity = try repository.activity(ActivityID(rawValue: id))
            let shifts = try repository.overviews(from: today, activity: activity.id)
            if json {
                try JSONOutput.print(ActivityShowJSON(activity: ActivityJSON(activity), shifts: shifts.map { ShiftJSON($0) }))
                return
            }
            let d = activity.details
            print("Activity \(activity.id): \(d.kind.label), \(d.name)")
            print("Ward: \(d.ward?.name ?? "-")   Place: \(d.place ?? "-")   Election: \(d.election.map { "\($0)" } ?? "-")")
            print("")
            print(RotaText.render(shifts, emptyMessage: "No shifts from today on."))
        }
    }
}
