import Elections
import RosetteCore

/// The forms checklist as a table.
enum FormsText {
    static func render(_ checklist: [ChecklistItem], election: ElectionID, today: CalendarDate) -> String {
        var table = TextTable("Item", "Form", "Due", "Responsible", "Status", "Note")
        for item in checklist {
            let due = "\(item.requirement.dueDate.weekday.abbreviation) \(item.requirement.dueDate)"
                + (item.requirement.dueTime.map { " \($0)" } ?? "")
            let late = !item.status.isDone && item.requirement.dueDate < today
            let status = late ? Terminal.colored("\(item.status.rawValue) OVERDUE", .red) : item.status.rawValue
            var title = item.requirement.title
            if item.requirement.provisional { title += " (provisional)" }
            table.append([
                "\(election)/\(item.requirement.kind.rawValue)", title, due, item.responsible, status, item.note ?? "",
            ])
        }
        return "Forms checklist\n" + table.render()
    }
}
