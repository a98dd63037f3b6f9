import RosetteCore
import Testing

@testable import Elections

/// The working-day model and counting semantics of timetables.md §1.
@Suite struct WorkingDayCalendarTests {
    static let englandAndWales = WorkingDayCalendar(regions: [.englandAndWales])
    static let scotlandTimetable = WorkingDayCalendar(regions: [.scotland], excludesEasterMonday: true)
    static let scotlandVoters = WorkingDayCalendar(regions: [.scotland])

    @Test(arguments: [
        ("2025-04-17", true),  // Maundy Thursday counts since EAA 2006 (Stroud, Runcorn 2025)
        ("2025-04-18", false),  // Good Friday
        ("2025-04-21", false),  // Easter Monday (E&W bank holiday)
        ("2025-12-24", false),  // Christmas Eve, never a bank holiday but always excluded
        ("2027-12-24", false),  // Christmas Eve on a Friday
        ("2022-09-19", false),  // State funeral of Queen Elizabeth II
        ("2023-05-08", false),  // Coronation
        ("2022-06-03", false),  // Platinum Jubilee
        ("2019-12-02", true),  // St Andrew's Day substitute: Scotland only
        ("2025-03-17", true),  // St Patrick's Day: NI only
        ("2025-04-19", false),  // Saturday
        ("2025-04-22", true),
    ])
    func englandAndWalesDays(iso: String, working: Bool) {
        #expect(Self.englandAndWales.isWorkingDay(day(iso)) == working)
    }

    /// Easter Monday is skipped in the Scottish election timetable but not for registration and
    /// absent votes (timetables.md §1: Scottish councils 2022).
    @Test func easterMondayInScotland() {
        #expect(!Self.scotlandTimetable.isWorkingDay(day("2022-04-18")))
        #expect(Self.scotlandVoters.isWorkingDay(day("2022-04-18")))
        #expect(!Self.scotlandVoters.isWorkingDay(day("2022-04-15")))
    }

    /// Poll is day 0; the Nth counted working day is the deadline.
    @Test(arguments: [
        // Stroud 2025 (poll 1 May): nominations 19 wd = 2 Apr; registration 12 wd = 11 Apr.
        ("2025-05-01", 19, "2025-04-02"), ("2025-05-01", 12, "2025-04-11"), ("2025-05-01", 11, "2025-04-14"),
        ("2025-05-01", 6, "2025-04-23"), ("2025-05-01", 5, "2025-04-24"), ("2025-05-01", 25, "2025-03-25"),
        ("2025-05-01", 1, "2025-04-30"), ("2025-05-01", 0, "2025-05-01"),
        // From a Monday, 1 wd back is the Friday.
        ("2025-04-28", 1, "2025-04-25"),
    ])
    func countBack(poll: String, count: Int, expected: String) {
        #expect(Self.englandAndWales.workingDays(count, before: day(poll)).date == day(expected))
    }

    @Test func countForwardAndRoll() {
        // Runcorn & Helsby 2025: writ received Wed 26 Mar → notice of election by Fri 28 Mar.
        #expect(Self.englandAndWales.workingDays(2, after: day("2025-03-26")).date == day("2025-03-28"))
        // A spending return due on Sun 27 Dec 2026 → next working day is Tue 29 Dec (Mon 28 is the
        // Boxing Day substitute).
        #expect(Self.englandAndWales.workingDay(onOrAfter: day("2026-12-27")).date == day("2026-12-29"))
        #expect(Self.englandAndWales.workingDay(onOrAfter: day("2026-12-30")).date == day("2026-12-30"))
        #expect(Self.englandAndWales.workingDaysBetween(day("2025-03-26"), and: day("2025-03-28")) == 2)
    }

    @Test func extraExcludedDayAppliesAtOnce() {
        let mourning = WorkingDayCalendar(regions: [.englandAndWales], extraExcludedDays: [day("2025-04-14")])
        #expect(!mourning.isWorkingDay(day("2025-04-14")))
        #expect(mourning.workingDays(12, before: day("2025-05-01")).date == day("2025-04-10"))
    }

    @Test func countsThroughGeneratedYearsAreProvisional() {
        #expect(Self.englandAndWales.workingDays(19, before: day("2025-05-01")).provisional == false)
        #expect(Self.englandAndWales.workingDays(19, before: day("2030-05-02")).provisional == true)
        #expect(Self.englandAndWales.workingDays(19, before: day("2011-05-05")).provisional == true)
        // A count that crosses from 2029 back into 2028 is still provisional.
        #expect(Self.englandAndWales.workingDays(19, before: day("2029-01-11")).provisional == true)
        // Scotland's unconfirmed 15 Jun 2026 makes a count across it provisional.
        #expect(Self.scotlandVoters.workingDays(12, before: day("2026-06-25")).provisional == true)
        #expect(Self.scotlandVoters.workingDays(5, before: day("2026-06-11")).provisional == false)
    }

    /// City of London breaks (DemocracyClub library): Maundy Thursday to Easter Tuesday, and the
    /// Christmas break from the last weekday before 25 Dec to the first weekday after it that is
    /// not a bank holiday.
    @Test func cityOfLondonBreaks() {
        let city = WorkingDayCalendar(regions: [.englandAndWales], excludesCityOfLondonBreaks: true)
        for iso in ["2025-04-17", "2025-04-22", "2025-12-24", "2025-12-26"] {
            #expect(!city.isWorkingDay(day(iso)), "\(iso)")
        }
        // 2025: 24 Dec is a Wednesday, so the break starts then; 27 Dec is a Saturday and 29 Dec the
        // first weekday after Christmas that is not a bank holiday, so the break ends on 29 Dec.
        #expect(!city.isWorkingDay(day("2025-12-29")))
        #expect(city.isWorkingDay(day("2025-12-30")))
        #expect(city.isWorkingDay(day("2025-12-23")))
        #expect(city.isWorkingDay(day("2025-04-23")))
    }
}
