import Foundation
public import RosetteCore

/// The bank holidays of each part of the UK: the shipped gov.uk list where it has the year, the
/// recurring rules (provisional) elsewhere.
///
/// Policy from timetables.md §2: ship the gov.uk list as the authority, generate years outside it
/// from the rules and mark them provisional. The list is embedded in the binary
/// (`Data/bank_holidays.json`), so loading it is a pure decode with no file I/O.
public struct BankHolidays: Sendable {
    /// Shipped dates per region, by date.
    private let listed: [BankHolidayRegion: [CalendarDate: BankHoliday]]
    /// The years the shipped list covers completely (2012–2028); `nil` if it could not be read.
    public let listedYears: ClosedRange<Int>?
    /// Why the shipped list could not be read, if it could not. Rosette then generates every year
    /// and marks all output provisional rather than failing.
    public let loadProblem: String?

    /// The gov.uk list shipped with Rosette.
    public static let shipped = BankHolidays(json: PackageResources.bank_holidays_json)

    /// Shipped dates that are themselves unconfirmed (open-questions.md item 11).
    static let unconfirmedListedDates: [BankHolidayRegion: Set<String>] = [
        .scotland: ["2026-06-15"]  // "World Cup bank holiday": only in the gov.uk-derived data
    ]

    /// Decodes the gov.uk-shaped JSON: `{"england-and-wales": [{"date", "title", "notes"}], ...}`.
    public init(json bytes: [UInt8]) {
        struct Entry: Decodable {
            let date: CalendarDate
            let title: String
        }
        struct File: Decodable {
            let englandAndWales: [Entry]
            let scotland: [Entry]
            let northernIreland: [Entry]
            enum CodingKeys: String, CodingKey {
                case englandAndWales = "england-and-wales"
                case scotland
                case northernIreland = "northern-ireland"
            }
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: Data(bytes))
            let raw: [BankHolidayRegion: [Entry]] = [
                .englandAndWales: file.englandAndWales, .scotland: file.scotland, .northernIreland: file.northernIreland,
            ]
            let marked = Dictionary(uniqueKeysWithValues: raw.map { region, entries in
                let unconfirmed = BankHolidays.unconfirmedListedDates[region] ?? []
                return (region, entries.map {
                    BankHoliday(date: $0.date, title: $0.title, provisional: unconfirmed.contains($0.date.iso))
                })
            })
            let years = marked.values.flatMap { $0.map(\.date.year) }
            guard let first = years.min(), let last = years.max() else {
                self.init(listed: [:], years: nil, problem: "the bank-holiday list is empty")
                return
            }
            self.init(listed: marked, years: first...last, problem: nil)
        } catch {
            self.init(listed: [:], years: nil, problem: "the bank-holiday list could not be decoded: \(error)")
        }
    }

    /// A calendar from explicit lists (tests, or a user-refreshed list). `years` are the years the
    /// lists cover completely; other years are generated.
    public init(listed: [BankHolidayRegion: [BankHoliday]], years: ClosedRange<Int>?, problem: String? = nil) {
        self.listed = listed.mapValues { Dictionary($0.map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first }) }
        self.listedYears = years
        self.loadProblem = problem
        // The generated years a timetable is most likely to step through, worked out once: a
        // working-day count asks about every day it passes, and regenerating a year's holidays
        // for each was half the cost of a timetable past the list (docs/performance.md).
        let soon = years.map { ($0.upperBound + 1)...($0.upperBound + Self.pregeneratedYears) }
        var generated: [BankHolidayRegion: [CalendarDate: BankHoliday]] = [:]
        for region in BankHolidayRegion.allCases {
            for year in soon.map { Array($0) } ?? [] {
                for holiday in BankHolidayRules.holidays(in: region, year: year) {
                    generated[region, default: [:]][holiday.date] = holiday
                }
            }
        }
        self.generated = generated
        self.generatedYears = soon
    }

    /// How many years after the list are generated up front.
    static let pregeneratedYears = 12
    private let generated: [BankHolidayRegion: [CalendarDate: BankHoliday]]
    private let generatedYears: ClosedRange<Int>?

    /// True when the year comes from the rules rather than the shipped list.
    public func isGenerated(year: Int) -> Bool {
        guard let listedYears else { return true }
        return !listedYears.contains(year)
    }

    /// All bank holidays of a region in a year, sorted.
    public func holidays(in region: BankHolidayRegion, year: Int) -> [BankHoliday] {
        if isGenerated(year: year) { return BankHolidayRules.holidays(in: region, year: year) }
        return (listed[region] ?? [:]).values.filter { $0.date.year == year }.sorted { $0.date < $1.date }
    }

    /// The bank holiday on a date in a region, if there is one.
    public func holiday(on date: CalendarDate, in region: BankHolidayRegion) -> BankHoliday? {
        if isGenerated(year: date.year) {
            if generatedYears?.contains(date.year) == true { return generated[region]?[date] }
            return BankHolidayRules.holidays(in: region, year: date.year).first { $0.date == date }
        }
        return listed[region]?[date]
    }
}
