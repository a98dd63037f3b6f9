import Elections
import RosetteCore

/// The mail plan as text.
enum MailText {
    static func render(_ plan: MailPlan) -> String {
        var lines = [plan.eligible ? "Royal Mail election mailing (\(plan.option?.rawValue ?? "-"))" : "Leaflet delivery (no free Royal Mail delivery)"]
        lines.append(plan.explanation)
        var table = TextTable("Date", "Step", "Detail")
        for step in plan.steps {
            table.append([
                "\(step.date.weekday.abbreviation) \(step.date)", step.title + (step.provisional ? " (provisional)" : ""),
                step.detail,
            ])
        }
        lines.append(table.render())
        return lines.joined(separator: "\n")
    }
}
