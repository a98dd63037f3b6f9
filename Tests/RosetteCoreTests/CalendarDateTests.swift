import Foundation
import RosetteCore
import Testing

struct CalendarDateTests {
    @Test(arguments: ["2023-02-29", "2024-2-1", "1/2/2024", "2024-13-01", "2024-00-10", "2024-04-31",
                      "0000-01-01", "2024-01-01 ", "2024/01/01", "20240101", "", "２０２４-01-01", "2024-01-0a"])
    func isoRefusesAnythingButRealYYYYMMDD(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test(arguments: [("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29), ("1970-01-01", 1970, 1, 1),
                      ("9999-12-31", 9999, 12, 31), ("0001-01-01", 1, 1, 1)])
    func isoParses(text: String, year: Int, month: Int, day: Int) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect((date.year, date.month, date.day) == (year, month, day))
        #expect(date.iso == text)
    }

    @Test func leapYears() {
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
    }

    @Test func dayNumberRoundTripsFromYear1To9999() {
        let first = CalendarDate(year: 1, month: 1, day: 1)?.dayNumber ?? 0
        let last = CalendarDate(year: 9999, month: 12, day: 31)?.dayNumber ?? 0
        #expect(first == -719_162)
        #expect(last == 2_932_896)
        var previous = CalendarDate(dayNumber: first - 1)
        for number in first...last {
            let date = CalendarDate(dayNumber: number)
            #expect(date.dayNumber == number)
            #expect(previous < date)
            previous = date
            if number % 997 == 0 {
                #expect(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
                #expect(CalendarDate(iso: date.iso) == date)
            }
        }
    }

    @Test(arguments: [("1970-01-01", Weekday.thursday), ("2000-01-01", .saturday), ("2024-07-04", .thursday),
                      ("1966-07-30", .saturday), ("2025-12-25", .thursday), ("1900-01-01", .monday),
                      ("0001-01-01", .monday), ("2024-05-02", .thursday)])
    func weekdaysOfKnownDates(text: String, weekday: Weekday) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(date.weekday == weekday)
        #expect(date.isWeekend == (weekday == .saturday || weekday == .sunday))
    }

    @Test(arguments: [("2024-01-31", 1, "2024-02-29"), ("2023-01-31", 1, "2023-02-28"), ("2024-03-31", -1, "2024-02-29"),
                      ("2024-05-31", 1, "2024-06-30"), ("2024-01-15", 12, "2025-01-15"), ("2024-01-15", -13, "2022-12-15"),
                      ("2024-08-31", 6, "2025-02-28"), ("2024-12-31", 0, "2024-12-31"), ("2020-02-29", 48, "2024-02-29")])
    func addingMonthsClamps(start: String, months: Int, expected: String) throws {
        let date = try #require(CalendarDate(iso: start))
        #expect(date.adding(months: months).iso == expected)
    }

    @Test func addingDaysAndDistance() throws {
        let date = try #require(CalendarDate(iso: "2024-02-28"))
        #expect(date.adding(days: 1).iso == "2024-02-29")
        #expect(date.adding(days: 2).iso == "2024-03-01")
        #expect(date.adding(days: -59).iso == "2023-12-31")
        #expect(date.days(to: date.adding(days: 400)) == 400)
    }

    @Test func weekdayAbbreviations() {
        #expect(Weekday.allCases.map(\.abbreviation) == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    }

    @Test func codableAsISO() throws {
        let date = try #require(CalendarDate(iso: "2024-05-02"))
        let json = try JSONEncoder().encode([date])
        #expect(String(decoding: json, as: UTF8.self) == "[\"2024-05-02\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: json) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data("[\"2/5/2024\"]".utf8)) }
    }

    /// Month arithmetic past the supported years clamps instead of wrapping or returning the
    /// original date.
    @Test func addingMonthsClampsAtTheEndsOfTheCalendar() throws {
        let early = try #require(CalendarDate(iso: "0001-01-15"))
        #expect(early.adding(months: -1) == CalendarDate.earliest)
        #expect(CalendarDate.earliest.iso == "0001-01-01")
        let late = try #require(CalendarDate(iso: "9999-12-15"))
        #expect(late.adding(months: 1) == CalendarDate.latest)
        #expect(CalendarDate.latest.iso == "9999-12-31")
    }
}
