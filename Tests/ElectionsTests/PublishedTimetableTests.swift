import RosetteCore
import Testing

@testable import Elections

/// A published timetable and the dates Rosette must reproduce from it.
struct PublishedTimetable: Sendable, CustomTestStringConvertible {
    let name: String
    let request: TimetableRequest
    let expected: [DeadlineKey: String]
    /// Deadlines the law does not have for this election.
    var absent: [DeadlineKey] = []

    var testDescription: String { name }
}

/// Real timetables published by Returning Officers, councils and the Electoral Commission. Each
/// vector cites its publication; dates are the statutory deadlines ("not later than"), so where an
/// RO published a notice earlier than the deadline the vector says so and checks the deadline.
@Suite struct PublishedTimetableTests {
    static let vectors: [PublishedTimetable] = EnglandVectors.all + DevolvedVectors.all + GeneralElectionVectors.all

    @Test(arguments: vectors)
    func reproducesPublishedDates(_ vector: PublishedTimetable) throws {
        let timetable = try TimetableEngine.timetable(for: vector.request)
        for (key, iso) in vector.expected.sorted(by: { $0.key.rank < $1.key.rank }) {
            #expect(timetable[key]?.date == day(iso), "\(vector.name): \(key.rawValue)")
        }
        for key in vector.absent {
            #expect(timetable[key] == nil, "\(vector.name): \(key.rawValue) should not exist")
        }
    }
}
