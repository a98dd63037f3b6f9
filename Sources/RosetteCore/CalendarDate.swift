/// A day on the civil calendar, with no time and no zone.
///
/// Statutory deadlines are counted in whole days ("19 working days before the poll"), so dates are
/// plain values here; a clock or a time zone never enters a rule. Arithmetic uses the proleptic
/// Gregorian calendar through a day number (days since 1970-01-01), after Howard Hinnant's
/// `days_from_civil` / `civil_from_days` algorithms.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or `nil` when the day does not exist (e.g. 2023-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the date `dayNumber` days after 1970-01-01 (negative numbers go before it).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Parses the ISO 8601 calendar form `YYYY-MM-DD`, and nothing looser: a date typed as
    /// `1/2/2024` is ambiguous between British and American order, so it is refused.
    public init?(iso text: some StringProtocol) {
        self.init(iso: String(text))
    }

    /// `init(iso:)` for a `String`, the common case, parsed from its UTF-8 bytes in one pass
    /// with no array or generic iteration (imports and exports parse several dates per row).
    public init?(iso text: String) {
        var text = text
        guard let parts = text.withUTF8(Self.isoParts) else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    private static func isoParts(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return nil
        }
        return (year, month, day)
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[index]
    }

    /// True on Saturday and Sunday.
    public var isWeekend: Bool { weekday == .saturday || weekday == .sunday }

    /// The date `days` calendar days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Calendar days from `self` to `other` (positive when `other` is later).
    public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// The same day `months` months later, clamped to the month's last day (31 Jan + 1 month is
    /// 28 or 29 Feb), as people mean "a month after". Results beyond the supported years are
    /// clamped to 0001-01-01 or 9999-12-31 rather than wrapping.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        if total < 12 { return CalendarDate.earliest }
        if total >= 10_000 * 12 { return CalendarDate.latest }
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? CalendarDate.latest
    }

    /// The first and last dates Rosette represents.
    public static let earliest = CalendarDate(dayNumber: -719_162)  // 0001-01-01
    public static let latest = CalendarDate(dayNumber: 2_932_896)  // 9999-12-31

    /// `YYYY-MM-DD`.
    public var iso: String {
        // Arithmetic (`adding(days:)`) can step outside years 0–9999: keep the padded form.
        guard (0...9999).contains(year) else {
            func pad(_ value: Int, _ width: Int) -> String {
                let text = String(value)
                return String(repeating: "0", count: max(0, width - text.count)) + text
            }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        // Ten ASCII digits and hyphens written straight into a small string (exports write
        // several dates a row).
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, at end: Int, width: Int) {
                var rest = value
                for index in stride(from: end, to: end - width, by: -1) {
                    buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, at: 3, width: 4)
            buffer[4] = UInt8(ascii: "-")
            put(month, at: 6, width: 2)
            buffer[7] = UInt8(ascii: "-")
            put(day, at: 9, width: 2)
            return 10
        }
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// True in a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Days of the week, Monday first as in the UK.
public enum Weekday: String, CaseIterable, Sendable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Three-letter English abbreviation ("Mon").
    public var abbreviation: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst().prefix(2) }
}

extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, got \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
