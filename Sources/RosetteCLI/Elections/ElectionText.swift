import Elections
import RosetteCore

/// The human view of one election.
enum ElectionText {
    static func render(_ dossier: ElectionDossier, today: CalendarDate) -> String {
        let election = dossier.election
        let d = election.details
        var lines = ["Election \(election.id): \(d.name)" + (election.cancelledOn.map { " (cancelled \($0))" } ?? "")]
        lines.append("  \(d.kind.displayName), \(d.nation?.displayName ?? "United Kingdom")" + (d.area.map { ", \($0)" } ?? ""))
        lines.append("  Polling day \(d.pollDate.weekday.abbreviation) \(d.pollDate)")
        lines.append("  Candidate: \(d.candidate?.label ?? "not chosen")   Agent: \(d.agent?.label ?? "not appointed")")
        lines.append("  Nominating officer: \(d.nominatingOfficer.map { "member \($0)" } ?? "none (give --nominating-officer)")")
        lines.append("")
        lines.append(TimetableText.render(dossier.timetable))
        lines.append("")
        lines.append(FormsText.render(dossier.checklist, election: election.id, today: today))
        if !dossier.subscriberWarnings.isEmpty {
            lines.append("")
            lines.append("Nomination paper warnings:")
            lines += dossier.subscriberWarnings.map { "  ! \($0.description)" }
        }
        lines.append("")
        lines.append(MailText.render(dossier.mailPlan))
        return lines.joined(separator: "\n")
    }
}
