import Elections
import RosetteCore

/// `elections timetable --json`. The key names are a contract: scripts depend on them.
struct TimetableJSON: Encodable {
    var kind: String
    @Nullable var nation: String?
    var generalElection: Bool
    var pollDate: String
    var provisional: Bool
    var deadlines: [DeadlineJSON]
    var warnings: [String]

    struct DeadlineJSON: Encodable {
        var key: String
        var date: String
        @Nullable var time: String?
        var title: String
        var rule: String
        var source: String
        var provisional: Bool
        var provisionalReasons: [String]

        enum CodingKeys: String, CodingKey {
            case key, date, time, title, rule, source, provisional
            case provisionalReasons = "provisional_reasons"
        }
    }

    enum CodingKeys: String, CodingKey {
        case kind, nation, generalElection = "general_election", pollDate = "poll_date", provisional
        case deadlines, warnings
    }

    init(_ timetable: Timetable) {
        kind = timetable.kind.rawValue
        nation = timetable.nation?.rawValue
        generalElection = timetable.isGeneralElection
        pollDate = timetable.pollDate.iso
        provisional = timetable.provisional
        deadlines = timetable.deadlines.map {
            DeadlineJSON(
                key: $0.key.rawValue, date: $0.date.iso, time: $0.time, title: $0.title, rule: $0.rule,
                source: $0.source, provisional: $0.provisional, provisionalReasons: $0.provisionalReasons)
        }
        warnings = timetable.warnings
    }
}

/// The human timetable.
enum TimetableText {
    static func render(_ timetable: Timetable) -> String {
        let place = timetable.nation?.displayName ?? "United Kingdom"
        let what = timetable.isGeneralElection && timetable.kind == .ukParliament
            ? "UK Parliament general election" : timetable.kind.displayName
        var lines = ["\(what), \(place): polling day \(timetable.pollDate.weekday.abbreviation) \(timetable.pollDate)", ""]
        var table = TextTable("Date", "Time", "Deadline", "Rule")
        for deadline in timetable.deadlines {
            let mark = deadline.provisional ? Terminal.colored(" (provisional)", .yellow) : ""
            table.append([
                "\(deadline.date.weekday.abbreviation) \(deadline.date)", deadline.time ?? "",
                deadline.title + mark, deadline.rule,
            ])
        }
        lines.append(table.render())
        let reasons = Set(timetable.deadlines.flatMap(\.provisionalReasons)).sorted()
        if !reasons.isEmpty {
            lines.append("")
            lines.append("Provisional because:")
            lines += reasons.map { "  - \($0)" }
        }
        if !timetable.warnings.isEmpty {
            lines.append("")
            lines.append("Check:")
            lines += timetable.warnings.map { "  - \($0)" }
        }
        lines.append("")
        lines.append("Sources: see --json for each deadline's statute or publication.")
        return lines.joined(separator: "\n")
    }
}
