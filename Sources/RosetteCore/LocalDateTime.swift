/// A time of day on a wall clock, to the minute (`10:00`).
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// Creates a time, or `nil` outside 00:00–23:59.
    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// The time `minutes` after midnight, wrapped into one day.
    public init(minutesSinceMidnight minutes: Int) {
        let wrapped = ((minutes % 1440) + 1440) % 1440
        hour = wrapped / 60
        minute = wrapped % 60
    }

    /// Parses `HH:MM` exactly (two digits each), the only form Rosette writes.
    public init?(text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
            let hour = Self.digits(bytes[0], bytes[1]), let minute = Self.digits(bytes[3], bytes[4])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// Minutes since midnight.
    public var minutes: Int { hour * 60 + minute }

    /// `HH:MM`.
    public var description: String { Self.pad(hour) + ":" + Self.pad(minute) }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    static func digits(_ tens: UInt8, _ units: UInt8) -> Int? {
        let zero = UInt8(ascii: "0")
        guard (zero...zero + 9).contains(tens), (zero...zero + 9).contains(units) else { return nil }
        return Int(tens - zero) * 10 + Int(units - zero)
    }

    static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A date and a wall-clock time with no zone attached (`2026-12-05T10:00`), as people say when
/// a stall starts. Which instant it names depends on the zone's rules that day: see
/// `LondonTime`, which can also say when such a time does not exist or happens twice.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let date: CalendarDate
    public let time: TimeOfDay

    public init(date: CalendarDate, time: TimeOfDay) {
        self.date = date
        self.time = time
    }

    /// Parses ISO 8601 `YYYY-MM-DDTHH:MM` and nothing looser.
    public init?(iso text: some StringProtocol) {
        let string = String(text)
        guard string.utf8.count == 16, string.utf8.dropFirst(10).first == UInt8(ascii: "T"),
            let date = CalendarDate(iso: string.prefix(10)), let time = TimeOfDay(text: string.suffix(5))
        else { return nil }
        self.init(date: date, time: time)
    }

    /// `YYYY-MM-DDTHH:MM`, which sorts as text in time order.
    public var iso: String { date.iso + "T" + time.description }

    public var description: String { iso }

    /// The same wall-clock time `days` calendar days later: a weekly stall stays at 10:00 on
    /// each side of a clock change.
    public func adding(days: Int) -> LocalDateTime { LocalDateTime(date: date.adding(days: days), time: time) }

    /// Seconds since 1970-01-01T00:00 as if this wall clock were UTC; the zone's offset is then
    /// subtracted to find the instant.
    var naiveSeconds: Int64 { Int64(date.dayNumber) * 86_400 + Int64(time.minutes) * 60 }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.time) < (rhs.date, rhs.time)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = LocalDateTime(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected YYYY-MM-DDTHH:MM, got \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
