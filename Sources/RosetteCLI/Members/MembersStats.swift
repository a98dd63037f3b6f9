import ArgumentParser
import Members
import RosetteCore
import RosetteStore

extension MembersCommand {
    struct Stats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Counts by status, branch and age band, joins per month, renewals due.",
            discussion: """
                Example:
                  rosette members stats --json
                """)

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.openExisting()
            let grace = try SettingsRepository(database).gracePeriodDays()
            let stats = try MemberRepository(database, actor: store.resolvedActor).stats(on: today, gracePeriodDays: grace)
            if json {
                try JSONOutput.print(MemberStatsJSON(stats, today: today))
            } else {
                print(MemberStatsText.render(stats, today: today))
            }
        }
    }
}

/// `members stats --json`.
struct MemberStatsJSON: Encodable {
    var asOf: String
    var total: Int
    var active: Int
    var byStatus: [String: Int]
    var activeByBranch: [String: Int]
    var activeByAgeBand: [String: Int]
    var youthPercent: String?
    var joinsByMonth: [String: Int]
    var renewalsDueThisMonth: Int

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", total, active, byStatus = "by_status", activeByBranch = "active_by_branch"
        case activeByAgeBand = "active_by_age_band", youthPercent = "youth_percent"
        case joinsByMonth = "joins_by_month", renewalsDueThisMonth = "renewals_due_this_month"
    }

    init(_ stats: MemberStats, today: CalendarDate) {
        asOf = today.iso
        total = stats.total
        active = stats.active
        byStatus = Dictionary(uniqueKeysWithValues: MembershipStatus.allCases.map { ($0.rawValue, stats.byStatus[$0] ?? 0) })
        activeByBranch = stats.activeByBranch
        var bands = Dictionary(uniqueKeysWithValues: AgeBand.allCases.map { ($0.rawValue, stats.activeByAgeBand[$0] ?? 0) })
        bands["unknown"] = stats.activeAgeUnknown
        activeByAgeBand = bands
        youthPercent = stats.youthPerMille.map(MemberStatsText.percent)
        joinsByMonth = stats.joinsByMonth
        renewalsDueThisMonth = stats.renewalsDueThisMonth
    }
}

/// The human membership dashboard.
enum MemberStatsText {
    /// Per-mille as a percentage with one decimal: 125 → "12.5".
    static func percent(_ perMille: Int) -> String { "\(perMille / 10).\(perMille % 10)" }

    static func render(_ stats: MemberStats, today: CalendarDate) -> String {
        var lines = ["Members on \(today): \(stats.total) on record, \(stats.active) active (current or in grace)", ""]
        var byStatus = TextTable("Status", "Members")
        for status in MembershipStatus.allCases {
            byStatus.append([StatusStyle.colored(status), "\(stats.byStatus[status] ?? 0)"])
        }
        lines.append(byStatus.render())
        lines.append("")
        var byBranch = TextTable("Branch", "Active")
        for (branch, count) in stats.activeByBranch.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            byBranch.append([branch, "\(count)"])
        }
        lines.append(byBranch.render())
        lines.append("")
        var byAge = TextTable("Age band", "Active")
        for band in AgeBand.allCases { byAge.append([band.label, "\(stats.activeByAgeBand[band] ?? 0)"]) }
        byAge.append(["unknown", "\(stats.activeAgeUnknown)"])
        lines.append(byAge.render())
        lines.append("")
        lines.append("Youth (under 25) share of active members of known age: " + (stats.youthPerMille.map { percent($0) + "%" } ?? "-"))
        lines.append("Renewals due this month: \(stats.renewalsDueThisMonth)")
        let recent = stats.joinsByMonth.sorted { $0.key > $1.key }.prefix(6)
        if !recent.isEmpty {
            lines.append("Joins, last months on record: " + recent.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
