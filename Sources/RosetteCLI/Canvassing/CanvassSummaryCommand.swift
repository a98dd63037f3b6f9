import ArgumentParser
import Canvassing
import RosetteCore
import RosetteStore

extension CanvassCommand {
    struct Summary: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Doors knocked, contact rate, support, intentions, issues, messages, canvassers.",
            discussion: """
                Intentions are shown per election type (canvass.election_types). "What
                messaging works" shows, per message, the share of conversations that ended
                in a promise (canvass.promises, default support 1-2) with a 95% Wilson
                interval: a wide interval means the sample is too small to call.

                Example:
                  rosette canvass summary --ward Leith --since 2026-11-01 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "Only this ward.") var ward: String?
        @Option(help: "Only this polling district.") var district: String?
        @Option(help: "Only attempts on or after this day.") var since: CalendarDate?
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let database = try store.openExisting()
            let repository = CanvassRepository(database, actor: store.resolvedActor)
            let scheme = try SettingsRepository(database).canvassScheme()
            let summary = try repository.summary(ward: ward, district: district, since: since)
            let youth = try repository.youthReach(ward: ward, district: district, on: try Today.resolve())
            if json {
                var output = CanvassSummaryJSON(summary, scheme: scheme)
                output.youth = YouthJSON(youth)
                try JSONOutput.print(output)
            } else {
                print(CanvassSummaryText.render(summary, scheme: scheme))
                print("")
                print(CanvassSummaryText.youth(youth))
            }
        }
    }
}

/// `canvass summary --json`: `attempts`, `contacts` and `support` are the contract keys.
struct CanvassSummaryJSON: Encodable {
    struct Count: Encodable {
        var attempts: Int
        var contacts: Int
    }
    struct Area: Encodable {
        var ward: String
        var pollingDistrict: String
        var attempts: Int
        var contacts: Int
        enum CodingKeys: String, CodingKey { case ward, pollingDistrict = "polling_district", attempts, contacts }
    }
    struct Message: Encodable {
        var message: String
        var conversations: Int
        var supporters: Int
        @Nullable var share: Double?
        @Nullable var ciLow: Double?
        @Nullable var ciHigh: Double?
        enum CodingKeys: String, CodingKey {
            case message, conversations, supporters, share, ciLow = "ci95_low", ciHigh = "ci95_high"
        }
    }
    struct Issue: Encodable {
        var issue: String
        var count: Int
    }

    var attempts: Int
    var contacts: Int
    var doors: Int
    @Nullable var contactRate: Double?
    var byOutcome: [String: Int]
    var support: [String: Int]
    var supportScale: String
    var promises: String
    var intentions: [String: [String: Int]]
    var topIssues: [Issue]
    var messages: [Message]
    var byCanvasser: [String: Count]
    var byArea: [Area]
    var youth: YouthJSON?

    enum CodingKeys: String, CodingKey {
        case attempts, contacts, doors, contactRate = "contact_rate", byOutcome = "by_outcome", support
        case supportScale = "support_scale", promises, intentions, topIssues = "top_issues", messages, byCanvasser = "by_canvasser", byArea = "by_area", youth
    }

    /// Support carries every point of the scale (0 when nobody gave it) and any point recorded
    /// outside it; intentions are election type → answer → conversations.
    init(_ summary: CanvassSummary, scheme: CanvassScheme) {
        attempts = summary.attempts
        contacts = summary.contacts
        doors = summary.doors
        contactRate = summary.contactRate.map(Self.round)
        byOutcome = Dictionary(uniqueKeysWithValues: ContactOutcome.allCases.map { ($0.rawValue, summary.byOutcome[$0] ?? 0) })
        support = Dictionary(
            uniqueKeysWithValues: summary.supportCounts(on: scheme.supportScale).map { (String($0.point), $0.count) })
        supportScale = CanvassScheme.text(scheme.supportScale)
        promises = CanvassScheme.text(summary.promises)
        intentions = summary.intentions
        topIssues = summary.topIssues.map { Issue(issue: $0.issue, count: $0.count) }
        messages = summary.messageResults.map {
            Message(
                message: $0.message, conversations: $0.conversations, supporters: $0.supporters,
                share: $0.interval.map { Self.round($0.estimate) }, ciLow: $0.interval.map { Self.round($0.lower) },
                ciHigh: $0.interval.map { Self.round($0.upper) })
        }
        byCanvasser = summary.byCanvasser.mapValues { Count(attempts: $0.attempts, contacts: $0.contacts) }
        byArea = summary.byArea.keys.sorted().map { area in
            let tally = summary.byArea[area] ?? .init()
            return Area(ward: area.ward, pollingDistrict: area.district, attempts: tally.attempts, contacts: tally.contacts)
        }
    }

    /// Three decimals: enough for a share, and stable in scripts' diffs.
    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// The youth figures in JSON, with where they come from.
struct YouthJSON: Encodable {
    var electors: Int
    var reached: Int
    var supporters: Int
    var basis = "18-24 from attainer dates and members' dates of birth: a floor, not every young elector"

    init(_ youth: YouthReach) {
        electors = youth.electors
        reached = youth.reached
        supporters = youth.supporters
    }
}

/// The human canvass report.
enum CanvassSummaryText {
    /// The youth line: known 18-24 electors, how many reached, how many supporters.
    static func youth(_ youth: YouthReach) -> String {
        let share = youth.reachedPerMille.map { " (\($0 / 10).\($0 % 10)%)" } ?? ""
        return "Youth (18-24, from attainer dates and members' dates of birth): \(youth.electors) known, "
            + "\(youth.reached) reached\(share), \(youth.supporters) supporters"
    }

    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func render(_ summary: CanvassSummary, scheme: CanvassScheme) -> String {
        var lines = [
            "Attempts \(summary.attempts) (doors \(summary.doors)), contacts \(summary.contacts), contact rate "
                + (summary.contactRate.map(percent) ?? "-"), "",
        ]
        var support = TextTable("Support", "Conversations")
        for (point, count) in summary.supportCounts(on: scheme.supportScale) {
            support.append([summary.promises.contains(point) ? "\(point) (promise)" : "\(point)", "\(count)"])
        }
        lines += [support.render(), ""]
        let types = summary.intentionTypes(orderedAs: scheme.electionTypes)
        for type in types {
            var intentions = TextTable("Intention (\(type.isEmpty ? "no type" : type))", "Conversations", "Share")
            for item in summary.intentionShares(type) { intentions.append([item.answer, "\(item.count)", percent(item.share)]) }
            lines += [intentions.render(), ""]
        }
        if types.isEmpty { lines += ["No voting intentions recorded.", ""] }
        var issues = TextTable("Issue", "Raised")
        for item in summary.topIssues.prefix(10) { issues.append([item.issue, "\(item.count)"]) }
        lines += [issues.render(), ""]
        var messages = TextTable("Message", "Conversations", "Supporters", "Share", "95% interval")
        for result in summary.messageResults {
            let interval = result.interval.map { "\(percent($0.lower)) to \(percent($0.upper))" } ?? "-"
            messages.append([
                result.message, "\(result.conversations)", "\(result.supporters)",
                result.interval.map { percent($0.estimate) } ?? "-", interval,
            ])
        }
        lines += [messages.render(), ""]
        var canvassers = TextTable("Canvasser", "Attempts", "Contacts")
        for (name, tally) in summary.byCanvasser.sorted(by: { $0.key < $1.key }) {
            canvassers.append([name, "\(tally.attempts)", "\(tally.contacts)"])
        }
        lines += [canvassers.render(), ""]
        var areas = TextTable("Ward", "District", "Attempts", "Contacts")
        for area in summary.byArea.keys.sorted() {
            let tally = summary.byArea[area] ?? .init()
            areas.append([area.ward, area.district, "\(tally.attempts)", "\(tally.contacts)"])
        }
        lines.append(areas.render())
        return lines.joined(separator: "\n")
    }
}
