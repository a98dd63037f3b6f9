public import RosetteCore

/// Expands a recurring shift ("every Saturday stall, 10:00 to 12:00, until the end of January")
/// into dated shifts.
///
/// Each occurrence keeps the wall-clock times and is resolved on its own day, so a Saturday
/// stall is at 10:00 before and after the clocks change (its UTC instant moves by an hour).
public struct ShiftRecurrence: Hashable, Sendable {
    /// The most occurrences one command may create: two years of weekly shifts.
    public static let maximumOccurrences = 104

    public var everyWeeks: Int
    /// The last day an occurrence may start on.
    public var until: CalendarDate

    public init(everyWeeks: Int = 1, until: CalendarDate) {
        self.everyWeeks = everyWeeks
        self.until = until
    }

    /// The wall-clock start and end of every occurrence, the first one included.
    ///
    /// - throws: `VolunteersError.badRecurrence` for an interval below one week, an end before
    ///   the first shift, or more than `maximumOccurrences` shifts.
    public func occurrences(start: LocalDateTime, end: LocalDateTime) throws(VolunteersError)
        -> [(start: LocalDateTime, end: LocalDateTime)]
    {
        guard everyWeeks >= 1 else { throw .badRecurrence("the interval must be at least one week") }
        guard until >= start.date else { throw .badRecurrence("it ends before the first shift") }
        let count = start.date.days(to: until) / (7 * everyWeeks) + 1
        guard count <= Self.maximumOccurrences else {
            throw .badRecurrence("it would create \(count) shifts; the most at once is \(Self.maximumOccurrences)")
        }
        return (0..<count).map { index in
            (start.adding(days: index * 7 * everyWeeks), end.adding(days: index * 7 * everyWeeks))
        }
    }
}
