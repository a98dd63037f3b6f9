// rosette-bench: the in-process half of Scripts/bench. It times what has no sqlite3 equivalent:
// statutory timetable computations (Elections), over every kind and nation and six years of
// polling days, so the figure covers the holiday calendars and every rule table. Not a test: the
// figures depend on the machine. Usage: rosette-bench timetables [COUNT]
import Elections
import Foundation
import RosetteCore

let arguments = CommandLine.arguments.dropFirst()
guard arguments.first == "timetables" else {
    FileHandle.standardError.write(Data("usage: rosette-bench timetables [COUNT]\n".utf8))
    exit(64)
}
let count = arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000

var requests: [TimetableRequest] = []
let firstThursday = CalendarDate(iso: "2025-01-02")?.dayNumber ?? 0
var week = 0
while requests.count < count {
    let poll = CalendarDate(dayNumber: firstThursday + 7 * (week % 312))
    for kind in ElectionKind.allCases {
        for nation in Nation.allCases.sorted(by: { $0.rawValue < $1.rawValue }) where kind.validNations.contains(nation) {
            requests.append(
                TimetableRequest(
                    kind: kind, nation: kind == .ukParliament ? nil : nation, pollDate: poll,
                    isGeneralElection: kind == .ukParliament))
        }
    }
    week += 1
}
requests = Array(requests.prefix(count))

let clock = ContinuousClock()
var deadlines = 0
var refused = 0
let elapsed = clock.measure {
    for request in requests {
        do {
            deadlines += try TimetableEngine.timetable(for: request).deadlines.count
        } catch {
            refused += 1
        }
    }
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(
    "timetables \(requests.count) deadlines \(deadlines) refused \(refused) seconds "
        + String(format: "%.3f", seconds) + " per_timetable_us " + String(format: "%.1f", seconds / Double(max(1, requests.count)) * 1e6))
