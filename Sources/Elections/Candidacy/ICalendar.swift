import RosetteCore

/// Writes an RFC 5545 iCalendar document, so deadlines can be subscribed to in any calendar app.
///
/// * Lines end in CRLF and are folded at 75 octets, never inside a multi-byte UTF-8 character
///   (RFC 5545 §3.1).
/// * TEXT values escape backslash, semicolon, comma and newlines (§3.3.11).
/// * Timed events are `DTSTART;TZID=Europe/London` with a VTIMEZONE carrying the GMT/BST rules
///   (last Sunday of March 01:00 UTC, last Sunday of October 02:00 BST; Summer Time Act 1972 as
///   amended by SI 2002/262), and last 30 minutes — less for a deadline near midnight, so "23:59"
///   stays on its day, unless the event gives its own duration (a shift: an exact duration,
///   RFC 5545 §3.3.6, so it stays right across a clock change). All-day events are `VALUE=DATE` with `DTEND` the next day (§3.6.1).
/// * `stamp` (DTSTAMP, UTC `yyyyMMdd'T'HHmmss'Z'`) is passed in: no clock is read here.
public enum ICalendar {
    public static func document(_ events: [CalendarEvent], name: String, stamp: String) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rosette//Rosette Elections//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name), "X-WR-TIMEZONE:Europe/London",
        ]
        lines += timeZone
        for event in events {
            lines += [
                "BEGIN:VEVENT", "UID:" + escape(event.uid), "DTSTAMP:" + stamp, "LAST-MODIFIED:" + stamp,
                "SEQUENCE:\(sequence(stamp))",
            ]
            if event.cancelled { lines.append("STATUS:CANCELLED") }
            if let (hour, minute) = event.time.flatMap(parseTime) {
                let start = compact(event.date) + "T" + pad(hour) + pad(minute) + "00"
                lines.append("DTSTART;TZID=Europe/London:" + start)
                let minutes = event.durationMinutes.map { max(1, $0) } ?? min(30, 24 * 60 - (hour * 60 + minute))
                lines.append("DURATION:PT\(minutes)M")
            } else {
                lines.append("DTSTART;VALUE=DATE:" + compact(event.date))
                lines.append("DTEND;VALUE=DATE:" + compact(event.date.adding(days: 1)))
            }
            let summary = event.provisional ? event.summary + " (provisional)" : event.summary
            var description = event.description
            if event.provisional {
                description += (description.isEmpty ? "" : "\n\n")
                    + "Provisional: this date rests on an unconfirmed rule or figure. Check it before relying on it."
            }
            lines += ["SUMMARY:" + escape(summary)]
            if !description.isEmpty { lines.append("DESCRIPTION:" + escape(description)) }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map { fold($0) + "\r\n" }.joined()
    }

    /// The SEQUENCE of every event in an export: minutes from 2020 to the export's stamp, so each
    /// re-export carries a higher number and calendar clients take the new times (RFC 5545
    /// §3.8.7.4) without Rosette having to remember what it exported before.
    static func sequence(_ stamp: String) -> Int {
        let digits = Array(stamp.utf8)
        guard digits.count >= 13, let date = CalendarDate(
            iso: String(decoding: digits[0..<4], as: UTF8.self) + "-" + String(decoding: digits[4..<6], as: UTF8.self)
                + "-" + String(decoding: digits[6..<8], as: UTF8.self)),
            let hour = Int(String(decoding: digits[9..<11], as: UTF8.self)),
            let minute = Int(String(decoding: digits[11..<13], as: UTF8.self))
        else { return 0 }
        return max(0, (date.dayNumber - 18_262) * 1_440 + hour * 60 + minute)
    }

    /// Europe/London since 1996 (EU-aligned rules); DTSTART values are in local time before the
    /// change, per RFC 5545 §3.6.5.
    static let timeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    /// TEXT escaping (RFC 5545 §3.3.11): `\\`, `\;`, `\,`, and `\n` for any line break.
    static func escape(_ text: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            default: out.unicodeScalars.append(scalar)
            }
            previousCR = scalar == "\r"
        }
        return out
    }

    /// Folds a content line so no physical line exceeds 75 octets (continuations start with one
    /// space, which counts), splitting only between Unicode scalars.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = ""
        var current = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                out += current + "\r\n "
                current = ""
                octets = 0
                limit = 74
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        return out + current
    }

    /// `HH:MM` with a real hour and minute.
    static func parseTime(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        return (hour, minute)
    }

    private static func compact(_ date: CalendarDate) -> String {
        String(date.iso.filter { $0 != "-" })
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
