import Foundation
import RosetteCore
import Testing

@testable import Elections

/// Properties every timetable must have, checked over every kind and nation and polls whose
/// windows hold Easter, Christmas, the one-off days of 2022–2023 and generated years.
@Suite struct TimetablePropertyTests {
    /// One election to check: kind, nation, and whether it is a general election.
    struct Election: Sendable, CustomTestStringConvertible {
        let kind: ElectionKind
        let nation: Nation?
        let generalElection: Bool

        var testDescription: String {
            "\(kind.rawValue) \(nation?.rawValue ?? "uk")\(generalElection && nation != nil ? " GE" : "")"
        }

        func request(poll: CalendarDate, extra: Set<CalendarDate> = []) -> TimetableRequest {
            TimetableRequest(
                kind: kind, nation: nation, pollDate: poll, isGeneralElection: generalElection && nation != nil,
                extraExcludedDays: extra)
        }
    }

    static let elections: [Election] =
        ElectionKind.allCases.flatMap { kind in
            kind.validNations.sorted { $0.rawValue < $1.rawValue }.map {
                Election(kind: kind, nation: $0, generalElection: false)
            }
        }
        + [Election(kind: .ukParliament, nation: nil, generalElection: true)]
        + Nation.allCases.map { Election(kind: .ukParliament, nation: $0, generalElection: true) }

    /// Polls whose windows hold: Easter 2022 and early May; the Platinum Jubilee; the state
    /// funeral; the coronation; Easter 2025; Christmas 2025; Christmas 2026 (after the poll);
    /// generated years 2011, 2029, 2030; GE 2019 (St Andrew's Day); GE 2024; Scotland's 2026 day.
    static let polls = [
        "2022-05-05", "2022-06-23", "2022-10-06", "2023-05-18", "2025-05-01", "2026-01-22", "2026-12-17",
        "2011-05-05", "2029-12-13", "2030-05-02", "2019-12-12", "2024-07-04", "2026-06-25",
    ].map(day)

    /// The bank-holiday region whose days no deadline may fall on (England and Wales for the
    /// Great Britain general-election timetable).
    static func region(_ election: Election) -> BankHolidayRegion {
        (election.nation ?? .england).bankHolidayRegion
    }

    /// Deadlines that are not counted in working days.
    static func isCounted(_ deadline: Deadline, _ election: Election) -> Bool {
        switch deadline.key {
        case .poll, .emergencyProxy: false
        case .registration: election.kind != .cityOfLondon
        default: true
        }
    }

    @Test(arguments: elections, polls)
    func deadlinesFallOnWorkingDays(_ election: Election, poll: CalendarDate) throws {
        let timetable = try TimetableEngine.timetable(for: election.request(poll: poll))
        let holidays = BankHolidays.shipped
        for deadline in timetable.deadlines where Self.isCounted(deadline, election) {
            let date = deadline.date
            #expect(!date.isWeekend, "\(deadline.key.rawValue) \(date)")
            #expect(!(date.month == 12 && (date.day == 24 || date.day == 25)), "\(deadline.key.rawValue) \(date)")
            #expect(date != Easter.goodFriday(in: date.year), "\(deadline.key.rawValue) \(date)")
            #expect(holidays.holiday(on: date, in: Self.region(election)) == nil, "\(deadline.key.rawValue) \(date)")
        }
    }

    @Test(arguments: elections, polls)
    func deadlinesAreInLegalOrder(_ election: Election, poll: CalendarDate) throws {
        let timetable = try TimetableEngine.timetable(for: election.request(poll: poll))
        let dates = timetable.deadlines.map(\.date)
        #expect(dates == dates.sorted(), "listed in date order")
        func date(_ key: DeadlineKey) -> CalendarDate? { timetable[key]?.date }
        let chain: [DeadlineKey] = [
            .noticeOfElection, .closeOfNominations, .withdrawal, .sopnPublication, .noticeOfPoll,
            .pollingAndCountingAgents, .poll, .spendingReturn, .candidateDeclaration,
        ]
        let present = chain.compactMap { key in date(key).map { (key, $0) } }
        for (earlier, later) in zip(present, present.dropFirst()) {
            #expect(earlier.1 <= later.1, "\(earlier.0.rawValue) before \(later.0.rawValue)")
        }
        #expect(date(.electionAgentAppointment).map { $0 == date(.closeOfNominations) } ?? true)
        for key in [DeadlineKey.registration, .postalVoteApplication, .proxyApplication, .vacApplication] {
            if let deadline = date(key) { #expect(deadline < poll, "\(key.rawValue)") }
        }
        if let postal = date(.postalVoteApplication), let proxy = date(.proxyApplication) { #expect(postal <= proxy) }
        if let close = date(.closeOfNominations), let registration = date(.registration), election.kind != .cityOfLondon {
            #expect(close < registration)
        }
        #expect(timetable[.poll]?.date == poll)
    }

    /// An excluded day far outside the window changes nothing.
    @Test(arguments: elections, polls)
    func irrelevantExtraDayChangesNothing(_ election: Election, poll: CalendarDate) throws {
        let plain = try TimetableEngine.timetable(for: election.request(poll: poll))
        let extra: Set<CalendarDate> = [poll.adding(days: 150), poll.adding(days: -120)]
        let withExtra = try TimetableEngine.timetable(for: election.request(poll: poll, extra: extra))
        #expect(plain.deadlines == withExtra.deadlines)
    }

    /// An excluded day inside the window (the postal deadline's own day) moves that deadline and
    /// every counted deadline before it earlier, and leaves the later ones alone.
    @Test(arguments: elections, polls)
    func relevantExtraDayMovesEarlierDeadlines(_ election: Election, poll: CalendarDate) throws {
        let plain = try TimetableEngine.timetable(for: election.request(poll: poll))
        let excluded = try #require(plain[.postalVoteApplication]?.date)
        let moved = try TimetableEngine.timetable(for: election.request(poll: poll, extra: [excluded]))
        // The City of London timetable already skips its Easter break, which can hold the postal
        // deadline (Easter Tuesday): excluding the day again must change nothing there.
        let city = WorkingDayCalendar(regions: [.englandAndWales], excludesCityOfLondonBreaks: true)
        let cityKeys: Set<DeadlineKey> = [.noticeOfElection, .closeOfNominations, .withdrawal, .sopnPublication]
        for deadline in plain.deadlines where Self.isCounted(deadline, election) {
            let after = try #require(moved[deadline.key]?.date)
            if election.kind == .cityOfLondon && cityKeys.contains(deadline.key) && !city.isWorkingDay(excluded) {
                #expect(after == deadline.date, "\(deadline.key.rawValue) already skips the City break")
            } else if deadline.date <= excluded {
                #expect(after < deadline.date, "\(deadline.key.rawValue) should move earlier")
            } else {
                #expect(after == deadline.date, "\(deadline.key.rawValue) should not move")
            }
        }
        #expect(moved[.postalVoteApplication]?.date != excluded)
    }

    @Test(arguments: elections)
    func timetableRoundTripsThroughJSON(_ election: Election) throws {
        let timetable = try TimetableEngine.timetable(for: election.request(poll: day("2025-05-01")))
        let data = try JSONEncoder().encode(timetable)
        let decoded = try JSONDecoder().decode(Timetable.self, from: data)
        #expect(decoded.deadlines == timetable.deadlines)
        #expect(decoded.kind == election.kind)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"poll\""))
    }
}
