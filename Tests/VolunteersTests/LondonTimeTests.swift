import RosetteCore
import Testing

/// The one place wall-clock Europe/London times become instants: both clock changes, a time
/// that never happens and one that happens twice.
@Suite struct LondonTimeTests {
    let zone: LondonTime

    init() throws { zone = try LondonTime() }

    static func local(_ text: String) throws -> LocalDateTime { try #require(LocalDateTime(iso: text)) }

    @Test(arguments: [
        // Winter: GMT.
        ("2026-12-05T10:00", "2026-12-05T10:00:00Z"),
        // Summer: BST, an hour ahead.
        ("2026-07-04T10:00", "2026-07-04T09:00:00Z"),
        // 29 March 2026, last Sunday of March: 00:59 GMT, then 02:00 BST.
        ("2026-03-29T00:59", "2026-03-29T00:59:00Z"),
        ("2026-03-29T02:00", "2026-03-29T01:00:00Z"),
        // 25 October 2026, last Sunday of October: 00:59 BST; 02:00 is GMT again.
        ("2026-10-25T00:59", "2026-10-24T23:59:00Z"),
        ("2026-10-25T02:00", "2026-10-25T02:00:00Z"),
        // 2027's changes: 28 March and 31 October.
        ("2027-03-28T03:00", "2027-03-28T02:00:00Z"),
        ("2027-10-31T12:00", "2027-10-31T12:00:00Z"),
    ])
    func wallClockToInstant(_ text: String, _ expected: String) throws {
        let resolved = try zone.resolve(Self.local(text))
        #expect(resolved.instant.iso8601 == expected)
        #expect(resolved.ambiguity == nil)
        #expect(zone.local(resolved.instant) == (try Self.local(text)))
    }

    @Test(arguments: ["2026-03-29T01:00", "2026-03-29T01:30", "2026-03-29T01:59", "2027-03-28T01:15"])
    func theSkippedMarchHourIsRefused(_ text: String) throws {
        let local = try Self.local(text)
        #expect(throws: WallClockError.doesNotExist(local)) { try zone.resolve(local) }
        #expect(WallClockError.doesNotExist(local).description.contains("does not exist"))
    }

    @Test(arguments: ["2026-10-25T01:00", "2026-10-25T01:30", "2026-10-25T01:59"])
    func theRepeatedOctoberHourTakesTheFirst(_ text: String) throws {
        let resolved = try zone.resolve(Self.local(text))
        let ambiguity = try #require(resolved.ambiguity)
        #expect(ambiguity.takenOffset == 3600)
        #expect(ambiguity.other.secondsSince1970 - ambiguity.taken.secondsSince1970 == 3600)
        #expect(resolved.instant == ambiguity.taken)
        #expect(ambiguity.explain(resolved.local).contains("first (BST"))
    }

    @Test(arguments: ["2026-12-05T10:0", "2026-12-05 10:00", "2026-12-05T24:00", "2026-02-30T10:00", "05/12/2026 10:00"])
    func onlyIsoWallClockParses(_ text: String) {
        #expect(LocalDateTime(iso: text) == nil)
    }

    @Test func instantsRoundTripThroughStorage() throws {
        let instant = try zone.resolve(Self.local("2026-10-25T01:30")).instant
        #expect(instant.utcText == "2026-10-25 00:30:00.000")
        #expect(Instant(utc: instant.utcText) == instant)
    }
}
