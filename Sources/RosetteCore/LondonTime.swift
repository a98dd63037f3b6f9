import Foundation

/// Europe/London wall-clock time turned into instants and back: the one place Rosette applies
/// the clock changes (last Sunday of March 01:00 UTC forward, last Sunday of October 02:00 BST
/// back; Summer Time Act 1972 as amended by SI 2002/262), using the system's tz database
/// through Foundation's `TimeZone`.
///
/// A value, so domain rules receive it as an argument and never look anything up themselves.
/// It reads no clock: it only converts.
public struct LondonTime: Sendable {
    private let zone: TimeZone

    /// The Europe/London rules from the tz database.
    ///
    /// - throws: `WallClockError.zoneUnavailable` when the system has no tz data (install the
    ///   `tzdata` package).
    public init() throws(WallClockError) {
        try self.init(identifier: "Europe/London")
    }

    /// Another zone's rules, for tests of the general logic.
    init(identifier: String) throws(WallClockError) {
        guard let zone = TimeZone(identifier: identifier) else { throw .zoneUnavailable(identifier) }
        self.zone = zone
    }

    /// The offset from UTC in seconds at an instant (0 in GMT, 3600 in BST).
    public func offset(at instant: Instant) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.secondsSince1970)))
    }

    /// The wall-clock reading at an instant (seconds dropped).
    public func local(_ instant: Instant) -> LocalDateTime {
        let seconds = instant.secondsSince1970 + Int64(offset(at: instant))
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let minutes = Int(seconds - day * 86_400) / 60
        return LocalDateTime(date: CalendarDate(dayNumber: Int(day)), time: TimeOfDay(minutesSinceMidnight: minutes))
    }

    /// The instant a wall-clock time names.
    ///
    /// Each offset in force around that day is tried; a candidate counts when the zone really
    /// has that offset at the instant it gives. None means the time was skipped (01:30 on the
    /// last Sunday of March); two means it happens twice (01:30 on the last Sunday of October),
    /// and the first is taken, as RFC 5545 §3.3.5 also reads an ambiguous local time, with
    /// `ResolvedTime.ambiguity` saying so.
    ///
    /// - throws: `WallClockError.doesNotExist` for a skipped time.
    public func resolve(_ local: LocalDateTime) throws(WallClockError) -> ResolvedTime {
        let naive = local.naiveSeconds
        let offsets = Set([-86_400, 0, 86_400].map { offset(at: Instant(secondsSince1970: naive + Int64($0))) })
        let candidates = offsets.map { Instant(secondsSince1970: naive - Int64($0)) }
            .filter { self.local($0) == local }
            .sorted()
        guard let first = candidates.first else { throw .doesNotExist(local) }
        if candidates.count > 1, let last = candidates.last {
            return ResolvedTime(
                local: local, instant: first,
                ambiguity: Ambiguity(taken: first, other: last, takenOffset: offset(at: first)))
        }
        return ResolvedTime(local: local, instant: first, ambiguity: nil)
    }
}

/// A wall-clock time and the instant it was taken to mean.
public struct ResolvedTime: Hashable, Sendable {
    public let local: LocalDateTime
    public let instant: Instant
    /// Set when the time happens twice (the October change): which of the two was taken.
    public let ambiguity: Ambiguity?

    /// A time as stored: the wall clock and the instant worked out when it was first given.
    public init(local: LocalDateTime, instant: Instant, ambiguity: Ambiguity? = nil) {
        self.local = local
        self.instant = instant
        self.ambiguity = ambiguity
    }
}

/// A wall-clock time that happens twice, and the occurrence Rosette took.
public struct Ambiguity: Hashable, Sendable {
    public let taken: Instant
    public let other: Instant
    /// The UTC offset of the taken occurrence, in seconds (3600: BST).
    public let takenOffset: Int

    /// For example "2026-10-25T01:30 happens twice; taken as the first (BST, 00:30 UTC)".
    public func explain(_ local: LocalDateTime) -> String {
        let zone = takenOffset == 3600 ? "BST" : (takenOffset == 0 ? "GMT" : "UTC\(takenOffset / 3600)")
        let utc = String(taken.iso8601.dropFirst(11).prefix(5))
        return "\(local) happens twice as the clocks go back; taken as the first (\(zone), \(utc) UTC)"
    }
}

/// A wall-clock time that cannot be turned into an instant.
public enum WallClockError: RosetteFailure, Equatable {
    case doesNotExist(LocalDateTime)
    case zoneUnavailable(String)

    public var kind: FailureKind {
        switch self {
        case .doesNotExist: return .badData
        case .zoneUnavailable: return .io
        }
    }

    public var description: String {
        switch self {
        case .doesNotExist(let local):
            return "\(local) does not exist in Europe/London: the clocks go forward an hour then; give a time outside the skipped hour"
        case .zoneUnavailable(let identifier):
            return "the \(identifier) time-zone rules are missing from this system (install the tzdata package)"
        }
    }
}
