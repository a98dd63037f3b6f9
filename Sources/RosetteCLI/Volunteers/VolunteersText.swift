import Foundation
import Members
import RosetteCore
import Volunteers

/// Human views of volunteers.
enum VolunteersText {
    static func table(_ contacts: [VolunteerContact]) -> String {
        guard !contacts.isEmpty else { return "No volunteers. Add one with rosette volunteers add." }
        var table = TextTable("ID", "Name", "Member", "Skills", "Wards", "Availability")
        for contact in contacts {
            let offer = contact.volunteer.offer
            table.append([
                "\(contact.volunteer.id)", contact.name, contact.volunteer.person.memberID.map { "\($0)" } ?? "-",
                list(offer.skills.map(\.slug).sorted()), list(offer.wards.sorted().map(\.name), empty: "any"),
                list(offer.availability.map(\.description), empty: "any time"),
            ])
        }
        return table.render()
    }

    static func profile(_ contact: VolunteerContact, shifts: [ShiftOverview]) -> String {
        let volunteer = contact.volunteer
        var lines: [String] = []
        func add(_ label: String, _ value: String?) {
            lines.append(label.padding(toLength: 14, withPad: " ", startingAt: 0) + (value ?? "-"))
        }
        add("Volunteer", "\(volunteer.id)")
        add("Name", contact.name)
        add("Member", volunteer.person.memberID.map { "\($0)" })
        add("Phone", contact.phone?.e164)
        add("Email", contact.email?.value)
        add("Since", volunteer.since.iso)
        add("Skills", list(volunteer.offer.skills.map(\.slug).sorted()))
        add("Wards", list(volunteer.offer.wards.sorted().map(\.name), empty: "any"))
        add("Availability", list(volunteer.offer.availability.map(\.description), empty: "any time"))
        add("Away", list(volunteer.offer.absences.map { "\($0.from) to \($0.to)" }, empty: "-"))
        let current = ConsentChange.current(from: contact.consent)
        add("Consent", ContactChannel.allCases.map { "\($0.rawValue) \(current[$0].map { $0 ? "yes" : "no" } ?? "not asked")" }.joined(separator: ", "))
        lines.append("")
        lines.append(RotaText.render(shifts, emptyMessage: "No upcoming shifts."))
        return lines.joined(separator: "\n")
    }

    static func stats(_ rows: [VolunteerStatsRow]) -> String {
        guard !rows.isEmpty else { return "No volunteers." }
        var table = TextTable("ID", "Name", "Hours", "Attended", "No-shows", "No-show rate", "Last active", "Upcoming", "Quiet")
        for row in rows {
            table.append([
                "\(row.contact.volunteer.id)", row.contact.name, hours(row.minutesGiven), "\(row.attended)", "\(row.noShows)",
                row.noShowRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "-", row.lastActive?.iso ?? "never",
                "\(row.upcoming)", row.isQuiet ? Terminal.colored("quiet", .yellow) : "-",
            ])
        }
        let quiet = rows.filter(\.isQuiet).count
        return table.render() + "\n\n\(rows.count) volunteers, \(quiet) gone quiet."
    }

    static func hours(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60)" : "\(minutes / 60).\(minutes % 60 * 10 / 60)"
    }

    static func list(_ items: [String], empty: String = "-") -> String {
        items.isEmpty ? empty : items.joined(separator: ", ")
    }
}

/// Human views of shifts: the rota, gaps and reminders.
enum RotaText {
    /// One row per shift: when (Europe/London), what, where, filled of needed.
    static func render(_ overviews: [ShiftOverview], emptyMessage: String) -> String {
        guard !overviews.isEmpty else { return emptyMessage }
        var table = TextTable("ID", "Day", "Time", "Activity", "Ward", "Filled", "Needed", "Waiting")
        for overview in overviews {
            let shift = overview.shift
            let filled = "\(overview.filled)/\(shift.details.capacity.minimum)"
            table.append([
                "\(shift.id)", day(shift.times.start.local.date), time(shift.times), overview.title,
                overview.activity.details.ward?.name ?? "-",
                overview.isUnderstaffed ? Terminal.colored(filled, .red) : filled,
                "\(shift.details.capacity.minimum)-\(shift.details.capacity.maximum)", "\(overview.waiting)",
            ])
        }
        return table.render()
    }

    static func gaps(_ gaps: [ShiftGap], withinDays: Int) -> String {
        guard !gaps.isEmpty else { return "No understaffed shifts in the next \(withinDays) days." }
        var lines: [String] = []
        for gap in gaps {
            let shift = gap.overview.shift
            lines.append(
                "Shift \(shift.id)  \(day(shift.times.start.local.date)) \(time(shift.times))  \(gap.overview.title)"
                    + (gap.overview.activity.details.ward.map { " (\($0))" } ?? "")
                    + "  " + Terminal.colored("\(gap.overview.filled) of \(shift.details.capacity.minimum), short \(gap.overview.short)", .red))
            if gap.candidates.isEmpty { lines.append("  nobody free who can be contacted") }
            for candidate in gap.candidates {
                lines.append(
                    "  volunteer \(candidate.contact.volunteer.id)  \(candidate.contact.name)  "
                        + candidate.channels.map { "\($0.channel.rawValue) \($0.address)" }.joined(separator: ", "))
            }
            if gap.unreachable > 0 {
                lines.append("  (\(gap.unreachable) more free but not consented to be contacted)")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func reminders(_ reminders: [ShiftReminder], day: CalendarDate) -> String {
        guard !reminders.isEmpty else { return "Nobody to remind for \(day)." }
        var table = TextTable("Shift", "Time", "Activity", "Volunteer", "Name", "Contact (consented)")
        for reminder in reminders {
            let contact = reminder.channels.isEmpty
                ? "no consented channel: tell them in person"
                : reminder.channels.map { "\($0.channel.rawValue) \($0.address)" }.joined(separator: ", ")
            table.append([
                "\(reminder.overview.shift.id)", time(reminder.overview.shift.times), reminder.overview.title,
                "\(reminder.contact.volunteer.id)", reminder.contact.name, contact,
            ])
        }
        return table.render()
    }

    static func day(_ date: CalendarDate) -> String { "\(date.weekday.abbreviation) \(date)" }

    /// `10:00-12:00`, with the end's date when it is another day.
    static func time(_ times: ShiftTimes) -> String {
        let end = times.end.local
        return "\(times.start.local.time)-" + (end.date == times.start.local.date ? "\(end.time)" : "\(end.date) \(end.time)")
    }
}
