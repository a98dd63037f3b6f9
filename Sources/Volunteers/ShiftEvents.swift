public import Elections
import RosetteCore

/// Calendar events for shifts, for `--ics`: one per shift with the UID `shift-<id>@rosette`,
/// stable across exports (and the same in the rota and in a volunteer's own calendar), so a
/// re-import updates an event instead of duplicating it.
public enum ShiftEvents {
    public static func events(_ overviews: [ShiftOverview]) -> [CalendarEvent] {
        overviews.map { overview in
            let shift = overview.shift
            let activity = overview.activity.details
            var lines = ["Shift \(shift.id)"]
            if let place = activity.place { lines.append("Meet: \(place)") }
            if let ward = activity.ward { lines.append("Ward: \(ward)") }
            if let skill = shift.details.requiredSkill { lines.append("Needs: \(skill)") }
            lines.append("Volunteers: \(overview.filled) of \(shift.details.capacity.minimum)–\(shift.details.capacity.maximum)")
            return CalendarEvent(
                uid: "shift-\(shift.id)@rosette", date: shift.times.start.local.date,
                time: shift.times.start.local.time.description, summary: overview.title,
                description: lines.joined(separator: "\n"), durationMinutes: shift.times.minutes)
        }
    }
}
