import ArgumentParser
import Councillors
import Defections
import RosetteCore
import RosetteStore

extension DefectionsCommand {
    struct Timeline: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Month by month: councillors joining and leaving our party, and net seats.",
            discussion: """
                "Our" party is the party.short_name setting (rosette parties ours).
                Bars: # joined us, = left us. Moves between other parties are counted
                in the last column.
                Example:
                  rosette defections timeline --since 2025-01-01 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "First month to show (default: the first defection).") var since: CalendarDate?
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.openExisting()
            let ours = try CouncilRepository(database, actor: store.resolvedActor).ourParty()
            let defections = try CouncillorRepository(database, actor: store.resolvedActor).defections(since: since)
            let timeline = DefectionTimeline.build(defections, ours: ours?.id, since: since, until: today)
            if json {
                try JSONOutput.print(TimelineJSON(timeline, ours: ours))
            } else {
                print(TimelineChart.render(timeline, ours: ours))
            }
        }
    }
}

/// The timeline for scripts.
struct TimelineJSON: Encodable {
    struct MonthJSON: Encodable {
        var month: String
        var defections_in: Int
        var defections_out: Int
        var net_seats: Int
        var other_moves: Int
    }

    var our_party: Nullable<String>
    var months: [MonthJSON]
    var total_in: Int
    var total_out: Int
    var net_seats: Int

    init(_ timeline: DefectionTimeline, ours: Party?) {
        our_party = Nullable(ours?.shortName)
        months = timeline.months.map {
            MonthJSON(month: $0.month, defections_in: $0.joined, defections_out: $0.left, net_seats: $0.net, other_moves: $0.other)
        }
        total_in = timeline.totalJoined
        total_out = timeline.totalLeft
        net_seats = timeline.totalJoined - timeline.totalLeft
    }
}

/// A diverging bar chart in plain characters: losses to the left of the axis, gains to the
/// right, so a good month and a bad month look different at a glance (colour only on a terminal).
enum TimelineChart {
    static let maxBar = 30

    static func render(_ timeline: DefectionTimeline, ours: Party?) -> String {
        guard let ours else {
            return "Our party is not set, so gains and losses cannot be told apart: "
                + "run rosette parties ours SHORT (see rosette parties list)."
        }
        guard !timeline.months.isEmpty else { return "No defections recorded." }
        let largest = timeline.months.map { max($0.joined, $0.left) }.max() ?? 0
        let scale = largest > maxBar ? Double(maxBar) / Double(largest) : 1
        func width(_ count: Int) -> Int { count == 0 ? 0 : max(1, Int((Double(count) * scale).rounded())) }
        let side = max(3, width(largest))
        var lines = [
            "Councillors joining and leaving \(ours.name) (\(ours.shortName)), month by month",
            "", "month    " + pad("left", side + 3, right: true) + " | joined" + String(repeating: " ", count: max(0, side - 3))
                + "  net  other",
        ]
        for month in timeline.months {
            let out = String(repeating: "=", count: width(month.left))
            let gain = String(repeating: "#", count: width(month.joined))
            let leftCell = pad(month.left > 0 ? "\(month.left) " + out : "", side + 3, right: true)
            let rightCell = pad(month.joined > 0 ? gain + " \(month.joined)" : "", side + 3, right: false)
            let net = month.net > 0 ? "+\(month.net)" : "\(month.net)"
            lines.append(
                "\(month.month)  " + Terminal.colored(leftCell, .red) + " | " + Terminal.colored(rightCell, .green)
                    + "  " + pad(net, 3, right: true) + "  " + (month.other > 0 ? "\(month.other)" : ""))
        }
        let net = timeline.totalJoined - timeline.totalLeft
        lines += ["", "Joined \(timeline.totalJoined), left \(timeline.totalLeft), net \(net > 0 ? "+" : "")\(net) seats."]
        return lines.joined(separator: "\n")
    }

    static func pad(_ text: String, _ width: Int, right: Bool) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }
}
