import Foundation
import RosetteCore

/// The current date in Europe/London: the one place the CLI reads the clock. Domain rules take
/// the day as a parameter. `ROSETTE_TODAY=YYYY-MM-DD` pins it (tests, "what if" questions).
enum Today {
    static func resolve() throws -> CalendarDate {
        if let pinned = ProcessInfo.processInfo.environment["ROSETTE_TODAY"], !pinned.isEmpty {
            guard let date = CalendarDate(iso: pinned) else {
                throw InvalidInput(field: "ROSETTE_TODAY", value: pinned, expected: "a date as YYYY-MM-DD")
            }
            return date
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: 0)
    }
}
