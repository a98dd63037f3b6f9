public import RosetteCore

/// Identifies a shift.
public struct ShiftID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: ShiftID, rhs: ShiftID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// When a shift runs: the wall-clock times people are told, and the instants they name. Both
/// are kept: the wall clock for display and availability, the instants for overlap and hours,
/// which stay right across the clock changes.
public struct ShiftTimes: Hashable, Sendable {
    public let start: ResolvedTime
    public let end: ResolvedTime

    /// Resolves both ends in Europe/London.
    ///
    /// - throws: `WallClockError.doesNotExist` for a time in the skipped March hour;
    ///   `VolunteersError.endNotAfterStart` when the end is not after the start (as instants,
    ///   so 01:50 BST to 01:10 GMT on the October night is a 20-minute shift).
    public init(start: LocalDateTime, end: LocalDateTime, zone: LondonTime) throws {
        let resolvedStart = try zone.resolve(start)
        let resolvedEnd = try zone.resolve(end)
        guard resolvedStart.instant < resolvedEnd.instant else { throw VolunteersError.endNotAfterStart }
        guard resolvedEnd.instant.secondsSince1970 - resolvedStart.instant.secondsSince1970 <= 24 * 3600 else {
            throw VolunteersError.shiftTooLong
        }
        self.start = resolvedStart
        self.end = resolvedEnd
    }

    /// Times read back from storage (already checked when first stored).
    public init(start: ResolvedTime, end: ResolvedTime) {
        self.start = start
        self.end = end
    }

    /// Length in minutes, from the instants (a 00:30–02:30 shift on the October night is 3 hours).
    public var minutes: Int { Int(end.instant.secondsSince1970 - start.instant.secondsSince1970) / 60 }

    /// True when the two shifts share any moment; touching ends (12:00–14:00 after 10:00–12:00)
    /// do not overlap.
    public func overlaps(_ other: ShiftTimes) -> Bool {
        start.instant < other.end.instant && other.start.instant < end.instant
    }

    /// Notes on times that happen twice, to show the organiser which was taken.
    public var ambiguityNotes: [String] {
        [start, end].compactMap { time in time.ambiguity.map { $0.explain(time.local) } }
    }
}

/// How many volunteers a shift needs and can take.
public struct Capacity: Hashable, Sendable {
    /// Fewer than this is a gap to fill.
    public let minimum: Int
    /// More than this go on the waiting list.
    public let maximum: Int

    /// - throws: `VolunteersError.capacityBelowMinimum` when `maximum < minimum`, or
    ///   `.badCapacity` for a minimum below 1 or a maximum above 500.
    public init(minimum: Int, maximum: Int) throws(VolunteersError) {
        guard minimum >= 1, maximum <= 500 else { throw .badCapacity }
        guard maximum >= minimum else { throw .capacityBelowMinimum(minimum: minimum, maximum: maximum) }
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// What an organiser says about a shift.
public struct ShiftDetails: Hashable, Sendable {
    public var activity: ActivityID
    public var times: ShiftTimes
    public var capacity: Capacity
    /// The job on the shift ("teller", "knocker-up", "committee room", "stall lead").
    public var role: String?
    /// A skill every volunteer on it must have (a driver for the leaflet van).
    public var requiredSkill: Skill?

    public init(
        activity: ActivityID, times: ShiftTimes, capacity: Capacity, role: String? = nil, requiredSkill: Skill? = nil
    ) {
        self.activity = activity
        self.times = times
        self.capacity = capacity
        let trimmed = role?.trimmingWhitespace
        self.role = trimmed?.isEmpty == true ? nil : trimmed
        self.requiredSkill = requiredSkill
    }
}

/// A shift as stored.
public struct Shift: Hashable, Sendable {
    public var id: ShiftID
    public var details: ShiftDetails

    public init(id: ShiftID, details: ShiftDetails) {
        self.id = id
        self.details = details
    }

    public var times: ShiftTimes { details.times }
}
