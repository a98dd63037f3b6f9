import Elections
import RosetteCore

/// One board row in JSON.
struct BoardRowJSON: Encodable {
    @Nullable var electionID: Int64?
    var election: String
    var source: String
    var key: String
    var title: String
    var date: String
    @Nullable var time: String?
    @Nullable var responsible: String?
    @Nullable var status: String?
    var provisional: Bool
    var calendarDaysLeft: Int
    var workingDaysLeft: Int
    var urgency: String

    init(_ row: BoardRow) {
        electionID = row.item.electionID
        election = row.item.electionName
        source = row.item.source.rawValue
        key = row.item.key
        title = row.item.title
        date = row.item.date.iso
        time = row.item.time
        responsible = row.item.responsible
        status = row.item.status
        provisional = row.item.provisional
        calendarDaysLeft = row.calendarDaysLeft
        workingDaysLeft = row.workingDaysLeft
        urgency = row.urgency.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case electionID = "election_id", election, source, key, title, date, time, responsible, status
        case provisional, calendarDaysLeft = "calendar_days_left", workingDaysLeft = "working_days_left", urgency
    }
}

/// The board as a table.
enum BoardText {
    static func render(_ rows: [BoardRow], today: CalendarDate) -> String {
        guard !rows.isEmpty else { return "Nothing due." }
        var table = TextTable("", "Due", "Left", "Election", "What", "Who", "Status")
        for row in rows {
            let mark: String
            switch row.urgency {
            case .overdue: mark = Terminal.colored("OVERDUE", .red)
            case .dueSoon: mark = Terminal.colored("SOON", .yellow)
            case .done: mark = "done"
            case .upcoming: mark = ""
            }
            let due = "\(row.item.date.weekday.abbreviation) \(row.item.date)" + (row.item.time.map { " \($0)" } ?? "")
            table.append([
                mark, due, "\(row.calendarDaysLeft)d \(row.workingDaysLeft)wd", row.item.electionName,
                row.item.title + (row.item.provisional ? " (provisional)" : ""), row.item.responsible ?? "-",
                row.item.status ?? "-",
            ])
        }
        let overdue = rows.filter { $0.urgency == .overdue }.count
        let soon = rows.filter { $0.urgency == .dueSoon }.count
        return table.render()
            + "\n\(rows.count) items on \(today): \(overdue) overdue, \(soon) due within 3 working days"
            + " (Left: calendar days d, working days wd)"
    }
}
