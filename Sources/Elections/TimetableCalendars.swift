import RosetteCore

/// The working-day calendar for each kind of deadline in one timetable (timetables.md §1,
/// "Which calendar").
struct TimetableCalendars {
    let calendars: [CalendarRole: WorkingDayCalendar]

    func callAsFunction(_ role: CalendarRole) -> WorkingDayCalendar {
        calendars[role] ?? WorkingDayCalendar(regions: Set(BankHolidayRegion.allCases))
    }

    /// Calendars for an election held under one nation's rules.
    ///
    /// Scottish Parliament and council timetables skip Easter Monday, but not for registration,
    /// absent votes or after the poll; City of London timetables skip the City breaks.
    init(
        nation: Nation, excludesEasterMonday: Bool, excludesCityBreaks: Bool, holidays: BankHolidays,
        request: TimetableRequest
    ) {
        func make(_ regions: Set<BankHolidayRegion>, easter: Bool = false, city: Bool = false) -> WorkingDayCalendar {
            WorkingDayCalendar(
                holidays: holidays, regions: regions, excludesEasterMonday: easter, excludesCityOfLondonBreaks: city,
                extraExcludedDays: request.extraExcludedDays, notBankHolidays: request.overrides.notBankHolidays)
        }
        let own: Set<BankHolidayRegion> = [nation.bankHolidayRegion]
        calendars = [
            .timetable: make(own, easter: excludesEasterMonday, city: excludesCityBreaks),
            .registration: make(own), .absentVoting: make(own), .afterPoll: make(own),
        ]
    }

    /// Calendars for a UK general election under a policy. `nil` policy is Rosette's default
    /// reading of the GE 2019 evidence: any part of the UK for the timetable and absent votes, the
    /// constituency's own calendar (England and Wales if none) for registration and after the poll.
    init(
        generalElectionIn nation: Nation?, policy: GeneralElectionCalendar?, holidays: BankHolidays,
        request: TimetableRequest
    ) {
        func make(_ regions: Set<BankHolidayRegion>) -> WorkingDayCalendar {
            WorkingDayCalendar(
                holidays: holidays, regions: regions, extraExcludedDays: request.extraExcludedDays,
                notBankHolidays: request.overrides.notBankHolidays)
        }
        let own: Set<BankHolidayRegion> = [(nation ?? .england).bankHolidayRegion]
        let all = Set(BankHolidayRegion.allCases)
        switch policy {
        case .anyPartOfUK?:
            calendars = [.timetable: make(all), .registration: make(all), .absentVoting: make(all), .afterPoll: make(all)]
        case .constituencyNation?:
            calendars = [.timetable: make(own), .registration: make(own), .absentVoting: make(own), .afterPoll: make(own)]
        case nil:
            calendars = [.timetable: make(all), .registration: make(own), .absentVoting: make(all), .afterPoll: make(own)]
        }
    }

    /// Every calendar role on the same regions: one reading of the unconfirmed general-election
    /// rule, used to find the dates that depend on it.
    init(uniform regions: Set<BankHolidayRegion>, holidays: BankHolidays, request: TimetableRequest) {
        let calendar = WorkingDayCalendar(
            holidays: holidays, regions: regions, extraExcludedDays: request.extraExcludedDays,
            notBankHolidays: request.overrides.notBankHolidays)
        calendars = [.timetable: calendar, .registration: calendar, .absentVoting: calendar, .afterPoll: calendar]
    }

    /// The readings of the general-election rule other than Rosette's default: a bank holiday in
    /// any part of the UK, the constituency's own calendar, and England and Wales (which the GE
    /// 2019 registration deadline fitted). A default date that differs from any of them is
    /// provisional.
    static func generalElectionReadings(
        in nation: Nation?, holidays: BankHolidays, request: TimetableRequest
    ) -> [TimetableCalendars] {
        let own = (nation ?? .england).bankHolidayRegion
        let readings: [Set<BankHolidayRegion>] = [Set(BankHolidayRegion.allCases), [own], [.englandAndWales]]
        return readings.map { TimetableCalendars(uniform: $0, holidays: holidays, request: request) }
    }
}
