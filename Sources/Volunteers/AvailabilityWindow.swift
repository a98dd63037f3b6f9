public import RosetteCore

/// A regular weekly time a volunteer is free, on the Europe/London wall clock ("sat 10:00-16:00").
/// Wall-clock, not UTC: "Saturday mornings" means 10:00 in both summer and winter.
public struct AvailabilityWindow: Hashable, Sendable, CustomStringConvertible {
    public var weekday: Weekday
    public var from: TimeOfDay
    public var to: TimeOfDay

    /// - throws: `VolunteersError.windowEndsBeforeStart` when `to` is not after `from`.
    public init(weekday: Weekday, from: TimeOfDay, to: TimeOfDay) throws(VolunteersError) {
        guard from < to else { throw .windowEndsBeforeStart }
        self.weekday = weekday
        self.from = from
        self.to = to
    }

    /// Parses `sat 10:00-16:00` (any three-letter or full day name, any case).
    public init(parsing text: String) throws {
        let parts = text.trimmingWhitespace.split(separator: " ", omittingEmptySubsequences: true)
        let times = parts.count == 2 ? parts[1].split(separator: "-") : []
        guard parts.count == 2, times.count == 2, let day = Self.weekday(String(parts[0])),
            let from = TimeOfDay(text: times[0]), let to = TimeOfDay(text: times[1])
        else {
            throw InvalidInput(field: "availability", value: text, expected: "a day and times such as \"sat 10:00-16:00\"")
        }
        try self.init(weekday: day, from: from, to: to)
    }

    /// `sat 10:00-16:00`.
    public var description: String { "\(weekday.abbreviation.lowercased()) \(from)-\(to)" }

    /// True when the whole of `start`–`end` (same day) lies inside this window.
    public func covers(_ start: LocalDateTime, _ end: LocalDateTime) -> Bool {
        start.date == end.date && start.date.weekday == weekday && from <= start.time && end.time <= to
    }

    static func weekday(_ text: String) -> Weekday? {
        let lower = text.lowercased()
        return Weekday.allCases.first { $0.rawValue == lower || $0.abbreviation.lowercased() == lower }
    }
}

/// A stretch of days a volunteer is away (holiday, exams), both days included.
public struct Absence: Hashable, Sendable {
    public var from: CalendarDate
    public var to: CalendarDate
    /// Why, in the organiser's words; optional, and not needed to plan.
    public var note: String?

    /// - throws: `VolunteersError.absenceEndsBeforeStart`.
    public init(from: CalendarDate, to: CalendarDate, note: String? = nil) throws(VolunteersError) {
        guard from <= to else { throw .absenceEndsBeforeStart }
        self.from = from
        self.to = to
        self.note = note
    }

    /// True when the absence includes any day from `first` to `last`.
    public func overlaps(_ first: CalendarDate, _ last: CalendarDate) -> Bool { from <= last && first <= to }
}

/// Whether a shift falls inside what a volunteer said they can do.
public enum AvailabilityVerdict: Hashable, Sendable {
    case available
    /// Outside their stated availability; the phrase says why, without personal data.
    case outside(String)
}

extension VolunteerOffer {
    /// Checks a shift's wall-clock times against absences and weekly windows. No stated windows
    /// means no restriction: a volunteer is only held to what they told the organiser.
    public func verdict(start: LocalDateTime, end: LocalDateTime) -> AvailabilityVerdict {
        if let absence = absences.first(where: { $0.overlaps(start.date, end.date) }) {
            return .outside("away from \(absence.from) to \(absence.to)")
        }
        guard !availability.isEmpty else { return .available }
        if availability.contains(where: { $0.covers(start, end) }) { return .available }
        let sameDay = availability.filter { $0.weekday == start.date.weekday }
        if sameDay.isEmpty { return .outside("not usually free on \(start.date.weekday.rawValue)s") }
        return .outside("free on \(start.date.weekday.rawValue)s only " + sameDay.map { "\($0.from)-\($0.to)" }.joined(separator: ", "))
    }
}
