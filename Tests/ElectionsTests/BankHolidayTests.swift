import RosetteCore
import Testing

@testable import Elections

/// The shipped gov.uk list and the generator that replaces it outside 2012–2028 (timetables.md §2).
@Suite struct BankHolidayTests {
    @Test func shippedListLoadsEveryRegion() {
        let holidays = BankHolidays.shipped
        #expect(holidays.loadProblem == nil)
        #expect(holidays.listedYears == 2012...2028)
        // Counts from timetables.md §2: 140 / 158 / 174 dates.
        let counts = BankHolidayRegion.allCases.map { region in
            (2012...2028).reduce(0) { $0 + holidays.holidays(in: region, year: $1).count }
        }
        #expect(counts == [140, 158, 174])
    }

    /// Easter Sunday for known years (Book of Common Prayer tables).
    @Test(arguments: [
        (2011, "2011-04-24"), (2019, "2019-04-21"), (2022, "2022-04-17"), (2024, "2024-03-31"),
        (2025, "2025-04-20"), (2029, "2029-04-01"), (2030, "2030-04-21"), (2038, "2038-04-25"),
        (2285, "2285-03-22"),
    ])
    func easterSunday(year: Int, expected: String) {
        #expect(Easter.sunday(in: year) == day(expected))
    }

    /// One-off days by proclamation that the recurring rules cannot produce, listed in
    /// timetables.md §2; the rule-generated date each replaced is added back below.
    static let oneOffs: [BankHolidayRegion: Set<String>] = {
        let common: Set<String> = [
            "2012-06-04", "2012-06-05", "2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08",
        ]
        return [.englandAndWales: common, .scotland: common.union(["2026-06-15"]), .northernIreland: common]
    }()
    static let replacedByOneOffs: Set<String> = ["2012-05-28", "2020-05-04", "2022-05-30"]

    /// The generator reproduces the gov.uk list for every year 2012–2028 in every region, apart from
    /// the one-off days.
    @Test(arguments: BankHolidayRegion.allCases, Array(2012...2028))
    func generatorMatchesShippedList(region: BankHolidayRegion, year: Int) {
        let shipped = Set(BankHolidays.shipped.holidays(in: region, year: year).map(\.date.iso))
            .subtracting(Self.oneOffs[region] ?? [])
        let generated = Set(BankHolidayRules.holidays(in: region, year: year).map(\.date.iso))
            .subtracting(Self.replacedByOneOffs)
        #expect(generated == shipped, "\(region.rawValue) \(year)")
    }

    /// Substitute-day patterns from the table in timetables.md §2, in generated years.
    @Test(arguments: [
        // 1 Jan 2033 is a Saturday: Scotland Mon 3 and Tue 4; E&W Mon 3.
        (BankHolidayRegion.scotland, 2033, ["2033-01-03", "2033-01-04"], ["2033-01-01", "2033-01-02"]),
        (.englandAndWales, 2033, ["2033-01-03"], ["2033-01-04"]),
        // 1 Jan 2034 is a Sunday: Scotland Mon 2 and Tue 3.
        (.scotland, 2034, ["2034-01-02", "2034-01-03"], []),
        // 1 Jan 2038 is a Friday: Scotland 2 Jan moves to Mon 4.
        (.scotland, 2038, ["2038-01-01", "2038-01-04"], ["2038-01-02"]),
        // 25 Dec 2032 is a Saturday: Mon 27 and Tue 28.
        (.northernIreland, 2032, ["2032-12-27", "2032-12-28"], ["2032-12-25", "2032-12-26"]),
        // 25 Dec 2033 is a Sunday: Mon 26 and Tue 27.
        (.englandAndWales, 2033, ["2033-12-26", "2033-12-27"], ["2033-12-25"]),
        // 17 Mar 2029 is a Saturday; 12 Jul 2029 is a Thursday; summer: last Mon of Aug.
        (.northernIreland, 2029, ["2029-03-19", "2029-07-12", "2029-08-27"], ["2029-03-17"]),
        // 30 Nov 2030 is a Saturday: St Andrew's Day on Mon 2 Dec; summer: first Mon of Aug.
        (.scotland, 2030, ["2030-12-02", "2030-08-05", "2030-04-19"], ["2030-11-30", "2030-04-22"]),
        // 2011 (before the list): E&W Easter Monday 25 Apr, early May 2 May, spring 30 May.
        (.englandAndWales, 2011, ["2011-04-22", "2011-04-25", "2011-05-02", "2011-05-30", "2011-08-29"], []),
    ])
    func substituteDays(region: BankHolidayRegion, year: Int, present: [String], absent: [String]) {
        let dates = Set(BankHolidays.shipped.holidays(in: region, year: year).map(\.date.iso))
        for iso in present { #expect(dates.contains(iso), "\(iso) should be a holiday") }
        for iso in absent { #expect(!dates.contains(iso), "\(iso) should not be a holiday") }
    }

    @Test func generatedYearsAreProvisionalAndListedYearsAreNot() {
        let holidays = BankHolidays.shipped
        #expect(holidays.holidays(in: .englandAndWales, year: 2030).allSatisfy { $0.provisional })
        #expect(holidays.holidays(in: .englandAndWales, year: 2011).allSatisfy { $0.provisional })
        #expect(holidays.holidays(in: .englandAndWales, year: 2025).allSatisfy { !$0.provisional })
        // Scotland's 15 Jun 2026 is listed but unconfirmed (open-questions.md item 11).
        #expect(holidays.holiday(on: day("2026-06-15"), in: .scotland)?.provisional == true)
    }

    @Test func unreadableListFallsBackToGeneratedYears() {
        let broken = BankHolidays(json: Array("not json".utf8))
        #expect(broken.loadProblem != nil)
        #expect(broken.isGenerated(year: 2025))
        #expect(broken.holiday(on: day("2025-04-21"), in: .englandAndWales)?.provisional == true)
    }
}
