import Foundation
import RosetteCore

/// Instants for file stamps (the calendar's DTSTAMP). Dates for rules come from `Today`.
enum Clock {
    /// Now in UTC as RFC 5545 writes it: `20261125T101500Z`.
    static func utcStamp() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date())
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(c.year, 4))\(pad(c.month, 2))\(pad(c.day, 2))T\(pad(c.hour, 2))\(pad(c.minute, 2))\(pad(c.second, 2))Z"
    }
}

extension Clock {
    /// Now, as an instant: when a sign-up or a cancellation was recorded.
    static func now() -> Instant { Instant(secondsSince1970: Int64(Date().timeIntervalSince1970.rounded(.down))) }
}
