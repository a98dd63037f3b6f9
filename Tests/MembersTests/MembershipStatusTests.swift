import Members
import RosetteCore
import Testing

private func day(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(iso: text) else { preconditionFailure("bad test date \(text)") }
    return date
}

@Suite struct MembershipStatusTests {
    /// (joined, paid until, ending, today, grace days, expected)
    static let cases: [(String, String?, (MembershipEnding.EndReason, String)?, String, Int, MembershipStatus)] = [
        ("2026-01-10", nil, nil, "2026-01-10", 30, .pending),
        ("2020-01-10", nil, nil, "2026-11-25", 30, .pending),  // never paid stays pending, not lapsed
        ("2026-01-10", "2026-12-31", nil, "2026-01-10", 30, .current),
        ("2026-01-10", "2026-12-31", nil, "2026-12-31", 30, .current),  // last paid day is current
        ("2026-01-10", "2026-12-31", nil, "2027-01-01", 30, .grace),
        ("2026-01-10", "2026-12-31", nil, "2027-01-30", 30, .grace),  // day 30 of grace
        ("2026-01-10", "2026-12-31", nil, "2027-01-31", 30, .lapsed),
        ("2026-01-10", "2026-12-31", nil, "2027-01-01", 0, .lapsed),  // no grace configured
        ("2026-01-10", "2026-12-31", nil, "2027-02-14", 45, .grace),
        ("2026-01-10", "2026-12-31", (.resigned, "2026-06-01"), "2026-06-01", 30, .resigned),
        ("2026-01-10", "2026-12-31", (.resigned, "2026-06-01"), "2026-05-31", 30, .current),  // future resignation
        ("2026-01-10", nil, (.expelled, "2026-03-01"), "2026-11-25", 30, .expelled),
        ("2026-01-10", "2020-01-01", (.deceased, "2026-03-01"), "2026-11-25", 30, .deceased),
        ("2024-02-29", "2025-02-28", nil, "2025-03-01", 30, .grace),
    ]

    @Test(arguments: cases)
    func derivesStatusFromDates(
        _ testCase: (String, String?, (MembershipEnding.EndReason, String)?, String, Int, MembershipStatus)
    ) {
        let (joined, paid, ending, today, grace, expected) = testCase
        let status = MembershipStatus.derive(
            joinedOn: day(joined), paidUntil: paid.map(day),
            ending: ending.map { MembershipEnding(reason: $0.0, on: day($0.1)) }, on: day(today),
            gracePeriodDays: grace)
        #expect(status == expected)
    }

    @Test func activeMeansCurrentOrGrace() {
        #expect(MembershipStatus.allCases.filter(\.isActive) == [.current, .grace])
    }
}

@Suite struct AgeBandTests {
    static let cases: [(String, String, AgeBand, Int)] = [
        ("2010-11-26", "2026-11-25", .under18, 15),
        ("2008-11-26", "2026-11-25", .under18, 17),  // the day before the 18th birthday
        ("2008-11-25", "2026-11-25", .from18To24, 18),  // on the birthday
        ("2002-01-01", "2026-11-25", .from18To24, 24),
        ("2001-11-25", "2026-11-25", .from25To34, 25),
        ("1991-11-26", "2026-11-25", .from25To34, 34),
        ("1991-11-25", "2026-11-25", .from35To49, 35),
        ("1976-11-25", "2026-11-25", .from50To64, 50),
        ("1961-11-26", "2026-11-25", .from50To64, 64),
        ("1961-11-25", "2026-11-25", .over65, 65),
        ("1920-01-01", "2026-11-25", .over65, 106),
        ("2008-02-29", "2026-02-28", .under18, 17),  // leap-day birthday: 18 on 1 March in common years
        ("2008-02-29", "2026-03-01", .from18To24, 18),
        ("2008-02-29", "2028-02-29", .from18To24, 20),
    ]

    @Test(arguments: cases)
    func bandsByAgeOnTheDay(_ testCase: (String, String, AgeBand, Int)) {
        let (born, today, band, age) = testCase
        #expect(AgeBand.age(dateOfBirth: day(born), on: day(today)) == age)
        #expect(AgeBand.of(dateOfBirth: day(born), on: day(today)) == band)
    }

    @Test func youthIsUnder25() {
        #expect(AgeBand.allCases.filter(\.isYouth) == [.under18, .from18To24])
    }
}
