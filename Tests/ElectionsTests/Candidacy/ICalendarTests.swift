import RosetteCore
import Testing

@testable import Elections

@Suite struct ICalendarTests {
    static let stamp = "20250301T090000Z"
    static let tricky = "Back\\slash; semi, comma\nnew line\r\nCRLF — Senedd Cymru: ŵ ŷ, 選挙 🗳️ done"

    static let events = [
        CalendarEvent(
            uid: "1-timetable-close_of_nominations@rosette", date: day("2025-04-02"), time: "16:00",
            summary: "Runcorn: Close of nominations", description: "By hand to the ARO; 10 subscribers."),
        CalendarEvent(
            uid: "1-form-deposit@rosette", date: day("2025-12-31"), time: nil, summary: "All-day, year end",
            description: tricky),
        CalendarEvent(
            uid: "2-mail-handover@rosette", date: day("2025-04-10"), time: "23:59",
            summary: String(repeating: "🗳️ Royal Mail handover ", count: 8), description: String(repeating: "ŵ", count: 100),
            provisional: true),
        CalendarEvent(
            uid: "3-x,y;z@rosette", date: day("2025-06-01"), time: "4pm", summary: "Bad time is all-day",
            description: ""),
    ]

    static var document: String { ICalendar.document(events, name: "Rosette, elections; 2025", stamp: stamp) }

    @Test func linesEndInCRLFAndFoldAt75Octets() {
        let document = Self.document
        #expect(document.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ICalendarParser.physicalLines(document)
        for line in lines {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
            #expect(!line.unicodeScalars.contains("\n") && !line.unicodeScalars.contains("\r"), "bare line break")
        }
        #expect(lines.contains { $0.hasPrefix(" ") }, "long lines were folded")
        // Folding never splits a character: cut the raw bytes at CRLF and each piece must be
        // valid UTF-8 on its own.
        var piece: [UInt8] = []
        var bytes = Array(document.utf8)[...]
        while let byte = bytes.popFirst() {
            if byte == 13, bytes.first == 10 {
                bytes = bytes.dropFirst()
                #expect(String(validating: piece, as: UTF8.self) != nil, "a line ends inside a character")
                piece = []
            } else {
                piece.append(byte)
            }
        }
        #expect(piece.isEmpty)
    }

    @Test func foldingKeepsMultiByteCharactersWhole() {
        for prefix in 0..<8 {
            let line = "DESCRIPTION:" + String(repeating: "a", count: prefix) + String(repeating: "🗳️€ŵ", count: 40)
            let folded = ICalendar.fold(line)
            let physical = folded.components(separatedByCRLF: ())
            #expect(physical.allSatisfy { $0.utf8.count <= 75 })
            #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
            let rejoined = physical.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined()
            #expect(rejoined == line)
        }
        #expect(ICalendar.fold("SHORT:x") == "SHORT:x")
    }

    @Test func parsesBackWithUIDsDatesAndText() throws {
        let calendar = try #require(ICalendarParser.parse(Self.document))
        #expect(calendar.name == "VCALENDAR")
        #expect(calendar.first("VERSION")?.value == "2.0")
        #expect(calendar.first("PRODID") != nil)
        #expect(calendar.first("X-WR-CALNAME")?.text == "Rosette, elections; 2025")
        let zone = try #require(calendar.children.first { $0.name == "VTIMEZONE" })
        #expect(zone.first("TZID")?.value == "Europe/London")
        #expect(Set(zone.children.map(\.name)) == ["DAYLIGHT", "STANDARD"])
        #expect(zone.children.first { $0.name == "DAYLIGHT" }?.first("TZNAME")?.value == "BST")

        let events = calendar.children.filter { $0.name == "VEVENT" }
        #expect(events.map { $0.first("UID")?.text } == Self.events.map(\.uid))
        #expect(events.allSatisfy { $0.first("DTSTAMP")?.value == Self.stamp })

        let timed = events[0]
        #expect(timed.first("DTSTART")?.parameters["TZID"] == "Europe/London")
        #expect(timed.first("DTSTART")?.value == "20250402T160000")
        #expect(timed.first("DURATION")?.value == "PT30M")
        #expect(timed.first("SUMMARY")?.text == "Runcorn: Close of nominations")
        #expect(timed.first("DESCRIPTION")?.text == "By hand to the ARO; 10 subscribers.")

        let allDay = events[1]
        #expect(allDay.first("DTSTART")?.parameters["VALUE"] == "DATE")
        #expect(allDay.first("DTSTART")?.value == "20251231")
        #expect(allDay.first("DTEND")?.value == "20260101")
        #expect(allDay.first("DESCRIPTION")?.text == Self.tricky.replacing("\r\n", with: "\n"))

        let midnight = events[2]
        #expect(midnight.first("DTSTART")?.value == "20250410T235900")
        #expect(midnight.first("DURATION")?.value == "PT1M", "a 23:59 deadline stays on its day")
        #expect(midnight.first("SUMMARY")?.text == Self.events[2].summary + " (provisional)")
        #expect(midnight.first("DESCRIPTION")?.text.hasPrefix(String(repeating: "ŵ", count: 100)) == true)
        #expect(midnight.first("DESCRIPTION")?.text.contains("Provisional") == true)

        let badTime = events[3]
        #expect(badTime.first("DTSTART")?.value == "20250601")
        #expect(badTime.first("DESCRIPTION") == nil)
        #expect(badTime.first("UID")?.value == "3-x\\,y\\;z@rosette")
    }

    @Test(arguments: [
        ("a\\b", "a\\\\b"), ("a;b", "a\\;b"), ("a,b", "a\\,b"), ("a\nb", "a\\nb"), ("a\r\nb", "a\\nb"), ("a\rb", "a\\nb"),
        ("plain", "plain"),
    ])
    func escaping(_ raw: String, _ escaped: String) {
        #expect(ICalendar.escape(raw) == escaped)
    }

    @Test(arguments: [("16:00", true), ("00:00", true), ("23:59", true), ("24:00", false), ("9:00", false), ("+1:00", false)])
    func times(_ text: String, _ valid: Bool) {
        #expect((ICalendar.parseTime(text) != nil) == valid)
    }

    @Test func boardItemEventHasStableUID() {
        let item = BoardItem(
            electionID: 42, electionName: "Runcorn", source: .timetable, key: "poll", title: "Polling day",
            date: day("2025-05-01"), time: "22:00", responsible: nil, status: nil, done: false, provisional: false,
            nation: .england)
        let event = CalendarEvent(item: item)
        #expect(event.uid == "42-timetable-poll@rosette")
        #expect(event.summary == "Runcorn: Polling day")
        #expect(CalendarEvent(item: item) == event)
    }

    @Test func emptyCalendarIsStillValid() throws {
        let calendar = try #require(ICalendarParser.parse(ICalendar.document([], name: "Empty", stamp: Self.stamp)))
        #expect(calendar.children.filter { $0.name == "VEVENT" }.isEmpty)
    }
}
