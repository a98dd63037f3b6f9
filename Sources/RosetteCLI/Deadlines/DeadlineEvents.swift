import Elections

/// Calendar events for the deadline board: one per item. The UID joins the election (or
/// `party` for a party-wide item), the item and an identifier of this database
/// (`election-1-form-deposit-3f2a9c1e@rosette`), so re-exports update rather than duplicate, and
/// two databases never collide in one calendar. Items of cancelled elections are sent as
/// cancelled; polling day is an all-day event.
enum DeadlineEvents {
    static func events(_ items: [BoardItem], cancelled: Set<Int64>, database: String) -> [CalendarEvent] {
        let suffix = String(database.prefix(8))
        return items.map { item in
            var description = "\(item.electionName): \(item.title)"
            if let responsible = item.responsible { description += "\nResponsible: \(responsible)" }
            if let status = item.status { description += "\nStatus: \(status)" }
            let isPoll = item.source == .timetable && item.key == DeadlineKey.poll.rawValue
            let owner = item.electionID.map { "election-\($0)" } ?? "party"
            return CalendarEvent(
                uid: "\(owner)-\(item.source.rawValue)-\(item.key)-\(suffix)@rosette",
                date: item.date, time: isPoll ? nil : item.time,
                summary: "\(item.title) (\(item.electionName))", description: description,
                provisional: item.provisional, cancelled: item.electionID.map(cancelled.contains) ?? false)
        }
    }
}
