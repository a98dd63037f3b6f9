import Elections

/// Calendar events for board items: one per item, with a UID stable across exports
/// (`election-<id>-<source>-<key>@rosette`), so a re-import updates rather than duplicates.
enum DeadlineEvents {
    static func events(_ items: [BoardItem]) -> [CalendarEvent] {
        items.map { item in
            var description = "\(item.electionName): \(item.title)"
            if let responsible = item.responsible { description += "\nResponsible: \(responsible)" }
            if let status = item.status { description += "\nStatus: \(status)" }
            if item.provisional { description += "\nProvisional: check with the returning officer." }
            return CalendarEvent(
                uid: (item.electionID.map { "election-\($0)" } ?? "party") + "-\(item.source.rawValue)-\(item.key)@rosette",
                date: item.date, time: item.time,
                summary: "\(item.title) (\(item.electionName))", description: description)
        }
    }
}
