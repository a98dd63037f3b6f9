/// A moment in time, to the second, independent of any zone: what "before" and "overlaps" are
/// judged on, so a shift in the repeated October hour is ordered correctly.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSince1970: Int64

    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    /// Parses the stored form `YYYY-MM-DD HH:MM:SS.SSS` (UTC; milliseconds ignored).
    public init?(utc text: some StringProtocol) {
        let string = String(text)
        let bytes = Array(string.utf8)
        guard bytes.count >= 19, bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), let date = CalendarDate(iso: string.prefix(10)),
            let hour = TimeOfDay.digits(bytes[11], bytes[12]), let minute = TimeOfDay.digits(bytes[14], bytes[15]),
            let second = TimeOfDay.digits(bytes[17], bytes[18]), hour < 24, minute < 60, second < 60
        else { return nil }
        secondsSince1970 = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The UTC calendar date and seconds into that day.
    private var utcParts: (date: CalendarDate, second: Int) {
        let day = secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400
        return (CalendarDate(dayNumber: Int(day)), Int(secondsSince1970 - day * 86_400))
    }

    /// The stored form: UTC `YYYY-MM-DD HH:MM:SS.000`, GRDB's convention, which sorts as text.
    public var utcText: String {
        let (date, second) = utcParts
        return date.iso + " " + Self.clock(second) + ".000"
    }

    /// ISO 8601 in UTC for JSON: `2026-12-05T10:00:00Z`.
    public var iso8601: String {
        let (date, second) = utcParts
        return date.iso + "T" + Self.clock(second) + "Z"
    }

    public var description: String { iso8601 }

    /// The instant `seconds` later.
    public func adding(seconds: Int64) -> Instant { Instant(secondsSince1970: secondsSince1970 + seconds) }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    private static func clock(_ second: Int) -> String {
        TimeOfDay.pad(second / 3600) + ":" + TimeOfDay.pad(second % 3600 / 60) + ":" + TimeOfDay.pad(second % 60)
    }
}
