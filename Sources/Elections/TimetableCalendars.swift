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
    ///
    /// `timetableCountsChristmasEve` is the unconfirmed Scottish council reading (see
    /// `scottishCouncilChristmasEveReading`); it affects the election timetable only.
    init(
        nation: Nation, excludesEasterMonday: Bool, excludesCityBreaks: Bool, holidays: BankHolidays,
        request: TimetableRequest, timetableCountsChristmasEve: Bool = false
    ) {
        func make(
            _ regions: Set<BankHolidayRegion>, easter: Bool = false, city: Bool = false, christmasEve: Bool = true
        ) -> WorkingDayCalendar {
            WorkingDayCalendar(
                holidays: holidays, regions: regions, excludesEasterMonday: easter, excludesCityOfLondonBreaks: city,
                excludesChristmasEve: christmasEve, extraExcludedDays: request.extraExcludedDays,
                notBankHolidays: request.overrides.notBankHolidays)
        }
        let own: Set<BankHolidayRegion> = [nation.bankHolidayRegion]
        calendars = [
            .timetable: make(
                own, easter: excludesEasterMonday, city: excludesCityBreaks, christmasEve: !timetableCountsChristmasEve),
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

    /// Why a date is provisional when another reading of an unconfirmed calendar rule moves it.
    static let generalElectionQuestion =
        "depends on which bank holidays count at a general election (unconfirmed, open-questions.md item 1)"
    static let christmasEveQuestion =
        "depends on whether Christmas Eve is disregarded in a Scottish council timetable (SSI 2011/399 Sch 1 r.2 not confirmed; East Dunbartonshire Council counted it as a working day for the Bearsden South by-election of 29 Jan 2026)"

    /// The other reading of the Scottish council computation rule: Christmas Eve counts as a
    /// working day in the election timetable.
    ///
    /// Evidence: East Dunbartonshire Council's key dates for the Bearsden South (Ward 3)
    /// by-election, poll 29 Jan 2026, give close of nominations "23 days (4pm)" on Tue 23 Dec 2025
    /// and the notice of election "35 days" on Fri 5 Dec 2025. With Christmas Eve disregarded they
    /// would be 22 Dec and 4 Dec; both published dates fit only if Christmas Eve counts, and the
    /// council's first technical note allows for "the 4 public holidays over the Christmas and New
    /// Year period" (25, 26 Dec, 1, 2 Jan). The text of SSI 2011/399 Sch 1 r.2 has not been read,
    /// so Rosette keeps the earlier (safe) date and marks a date provisional when this reading
    /// differs.
    static func scottishCouncilChristmasEveReading(holidays: BankHolidays, request: TimetableRequest)
        -> TimetableCalendars
    {
        TimetableCalendars(
            nation: .scotland, excludesEasterMonday: true, excludesCityBreaks: false, holidays: holidays,
            request: request, timetableCountsChristmasEve: true)
    }
}

/// Another reading of an unconfirmed calendar rule: a default date that differs under it is
/// provisional, and the reason says which question it turns on and what the other date is.
struct AlternativeReading {
    let calendars: TimetableCalendars
    /// "depends on …", the start of the provisional reason.
    let question: String
    /// An override of the rule's own number settles the question for that deadline (the user has
    /// entered the returning officer's date).
    let settledByOverride: Bool
}
