import RosetteCore
import Testing
import Volunteers

/// Shift times, overlaps (including across both clock changes) and recurrence.
@Suite struct ShiftTimesTests {
    @Test(arguments: [
        // Plain overlap and touching ends.
        ("2026-12-05T10:00", "2026-12-05T12:00", "2026-12-05T11:00", "2026-12-05T13:00", true),
        ("2026-12-05T10:00", "2026-12-05T12:00", "2026-12-05T12:00", "2026-12-05T14:00", false),
        ("2026-12-05T10:00", "2026-12-05T12:00", "2026-12-05T09:00", "2026-12-05T10:00", false),
        ("2026-12-05T10:00", "2026-12-05T12:00", "2026-12-05T10:30", "2026-12-05T11:00", true),
        // October change: 00:30 BST–02:30 GMT lasts three hours, so it overlaps 01:59 (BST, the
        // first) and a 02:00 GMT start.
        ("2026-10-25T00:30", "2026-10-25T02:30", "2026-10-25T02:00", "2026-10-25T03:00", true),
        ("2026-10-25T00:00", "2026-10-25T01:00", "2026-10-25T01:30", "2026-10-25T03:00", false),
        // A shift in the repeated hour (taken as the first, BST) against one ending at 01:15 BST.
        ("2026-10-25T01:10", "2026-10-25T01:40", "2026-10-25T00:30", "2026-10-25T01:15", true),
        // March change: 00:30 GMT–03:00 BST is 1.5 hours and meets a 03:00 start without overlap.
        ("2026-03-29T00:30", "2026-03-29T03:00", "2026-03-29T03:00", "2026-03-29T04:00", false),
        ("2026-03-29T00:30", "2026-03-29T03:00", "2026-03-29T02:30", "2026-03-29T04:00", true),
    ])
    func overlaps(_ a1: String, _ a2: String, _ b1: String, _ b2: String, _ expected: Bool) throws {
        let a = try Fixture.times(a1, a2)
        let b = try Fixture.times(b1, b2)
        #expect(a.overlaps(b) == expected)
        #expect(b.overlaps(a) == expected)
    }

    @Test(arguments: [
        ("2026-12-05T10:00", "2026-12-05T12:00", 120),
        ("2026-10-25T00:30", "2026-10-25T02:30", 180),
        ("2026-03-29T00:30", "2026-03-29T03:00", 90),
        ("2026-12-05T22:00", "2026-12-06T02:00", 240),
    ])
    func lengthsComeFromInstants(_ start: String, _ end: String, _ minutes: Int) throws {
        #expect(try Fixture.times(start, end).minutes == minutes)
    }

    @Test(arguments: [
        ("2026-12-05T12:00", "2026-12-05T10:00"),
        ("2026-12-05T10:00", "2026-12-05T10:00"),
    ])
    func endBeforeStartIsRefused(_ start: String, _ end: String) {
        #expect(throws: VolunteersError.endNotAfterStart) { try Fixture.times(start, end) }
    }

    @Test func theMissingMarchHourIsRefusedForAShift() {
        #expect(throws: WallClockError.doesNotExist(Fixture.local("2026-03-29T01:30"))) {
            try Fixture.times("2026-03-29T01:30", "2026-03-29T03:00")
        }
    }

    @Test func theRepeatedOctoberHourSaysWhichWasTaken() throws {
        let times = try Fixture.times("2026-10-25T01:30", "2026-10-25T03:00")
        #expect(times.minutes == 150)
        #expect(times.ambiguityNotes.count == 1)
        #expect(times.ambiguityNotes.first?.contains("first (BST, 00:30 UTC)") == true)
    }

    @Test(arguments: [(1, 2, true), (2, 2, true), (3, 2, false), (0, 2, false), (1, 501, false)])
    func capacity(_ minimum: Int, _ maximum: Int, _ valid: Bool) {
        #expect(((try? Capacity(minimum: minimum, maximum: maximum)) != nil) == valid)
    }

    @Test func capacityBelowMinimumNamesBoth() {
        #expect(throws: VolunteersError.capacityBelowMinimum(minimum: 3, maximum: 2)) {
            try Capacity(minimum: 3, maximum: 2)
        }
    }

    @Test func weeklyStallKeepsItsWallClockAcrossTheOctoberChange() throws {
        let recurrence = ShiftRecurrence(until: Fixture.date("2026-11-07"))
        let occurrences = try recurrence.occurrences(
            start: Fixture.local("2026-10-17T10:00"), end: Fixture.local("2026-10-17T12:00"))
        #expect(occurrences.map(\.start.iso) == [
            "2026-10-17T10:00", "2026-10-24T10:00", "2026-10-31T10:00", "2026-11-07T10:00",
        ])
        let instants = try occurrences.map { try ShiftTimes(start: $0.start, end: $0.end, zone: Fixture.zone).start.instant.iso8601 }
        #expect(instants == [
            "2026-10-17T09:00:00Z", "2026-10-24T09:00:00Z", "2026-10-31T10:00:00Z", "2026-11-07T10:00:00Z",
        ])
    }

    @Test(arguments: [
        (1, "2026-12-05", 1), (1, "2026-12-11", 1), (1, "2026-12-12", 2), (2, "2027-01-02", 3), (1, "2028-12-31", 0),
        (0, "2026-12-31", 0), (1, "2026-12-04", 0),
    ])
    func recurrenceCounts(_ everyWeeks: Int, _ until: String, _ count: Int) {
        let recurrence = ShiftRecurrence(everyWeeks: everyWeeks, until: Fixture.date(until))
        let result = try? recurrence.occurrences(start: Fixture.local("2026-12-05T10:00"), end: Fixture.local("2026-12-05T12:00"))
        #expect((result?.count ?? 0) == count)
    }
}
