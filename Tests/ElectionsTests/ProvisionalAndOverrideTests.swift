import RosetteCore
import Testing

@testable import Elections

/// Unconfirmed rules are provisional and overridable; defaulted inputs are provisional; warnings
/// tell the user what to check (domain README rule 2).
@Suite struct ProvisionalAndOverrideTests {
    /// City of London, poll 20 Mar 2025: the SoPN offset (15 working days) is unconfirmed.
    static let city2025 = TimetableRequest(kind: .cityOfLondon, pollDate: day("2025-03-20"))

    @Test func unconfirmedRuleIsProvisionalUntilOverridden() throws {
        let plain = try TimetableEngine.timetable(for: Self.city2025)
        #expect(plain[.sopnPublication]?.provisional == true)
        #expect(plain[.closeOfNominations]?.provisional == false)

        var request = Self.city2025
        request.overrides = TimetableOverrides(offsets: [.sopnPublication: 16])
        let overridden = try TimetableEngine.timetable(for: request)
        #expect(overridden[.sopnPublication]?.date == day("2025-02-26"))
        #expect(overridden[.sopnPublication]?.provisional == false)
        #expect(overridden[.sopnPublication]?.rule.contains("user override") == true)
        #expect(overridden[.sopnPublication]?.source.hasPrefix("User override") == true)
    }

    /// The mayoral SoPN (18 working days) is confirmed from published CARO timetables
    /// (open-questions.md item 9), so a mayoral timetable with its declaration is not provisional.
    @Test func mayoralSOPNIsConfirmed() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .mayor, pollDate: day("2024-05-02"), declarationDate: day("2024-05-03")))
        #expect(timetable[.sopnPublication]?.provisional == false)
        #expect(!timetable.provisional, "\(timetable.deadlines.filter(\.provisional).map(\.key.rawValue))")
    }

    /// Welsh offsets are unconfirmed: the close and everything on its day are provisional; an
    /// override of the close clears all of them except the rules that are unconfirmed in their own
    /// right, which can be overridden in turn (0 = the same day as nominations close).
    @Test func welshCouncilOverrides() throws {
        var request = TimetableRequest(kind: .local, nation: .wales, pollDate: day("2025-05-01"))
        let plain = try TimetableEngine.timetable(for: request)
        for key in [DeadlineKey.noticeOfElection, .closeOfNominations, .withdrawal, .sopnPublication, .noticeOfPoll] {
            #expect(plain[key]?.provisional == true, "\(key.rawValue)")
        }
        #expect(plain[.pollingAndCountingAgents]?.provisional == false)
        request.overrides = TimetableOverrides(offsets: [
            .noticeOfElection: 25, .closeOfNominations: 19, .withdrawal: 0, .electionAgentAppointment: 0,
            .sopnPublication: 18, .noticeOfPoll: 6,
        ])
        let confirmed = try TimetableEngine.timetable(for: request)
        #expect(confirmed.deadlines.filter { $0.key != .spendingReturn && $0.key != .candidateDeclaration }
            .allSatisfy { !$0.provisional })
        #expect(confirmed[.closeOfNominations]?.date == plain[.closeOfNominations]?.date)
        // Withdrawals one working day after the close, if the user says so.
        request.overrides.offsets[.withdrawal] = 1
        #expect(try TimetableEngine.timetable(for: request)[.withdrawal]?.date == day("2025-04-03"))
    }

    @Test func declarationDate() throws {
        let assumed = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .local, nation: .england, pollDate: day("2025-05-01")))
        #expect(assumed[.spendingReturn]?.date == day("2025-06-05"))
        #expect(assumed[.spendingReturn]?.provisional == true)
        #expect(assumed[.candidateDeclaration]?.provisional == true)
        #expect(assumed.warnings.contains { $0.contains("assumed to be declared on polling day") })

        let declared = try TimetableEngine.timetable(
            for: TimetableRequest(
                kind: .local, nation: .england, pollDate: day("2025-05-01"), declarationDate: day("2025-05-02")))
        #expect(declared[.spendingReturn]?.date == day("2025-06-06"))
        #expect(declared[.spendingReturn]?.provisional == false)
        // 7 working days after Fri 6 Jun 2025.
        #expect(declared[.candidateDeclaration]?.date == day("2025-06-17"))
    }

    /// A spending return due on a non-working day moves to the next working day: declared Fri
    /// 20 Nov 2026 → 35 days is Fri 25 Dec 2026 → Tue 29 Dec (Boxing Day substitute Mon 28).
    @Test func spendingReturnRollsPastChristmas() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(
                kind: .local, nation: .england, pollDate: day("2026-11-19"), declarationDate: day("2026-11-20")))
        #expect(timetable[.spendingReturn]?.date == day("2026-12-29"))
    }

    /// GE 2019 under each reading of the unconfirmed general-election calendar.
    @Test func generalElectionCalendarOverride() throws {
        var request = TimetableRequest(kind: .ukParliament, pollDate: day("2019-12-12"))
        let fallback = try TimetableEngine.timetable(for: request)
        #expect(fallback[.noticeOfElection]?.provisional == true)
        #expect(fallback[.proxyApplication]?.provisional == false)
        #expect(fallback.warnings.contains { $0.contains("general election is unconfirmed") })

        request.overrides.generalElectionCalendar = .anyPartOfUK
        let anyPart = try TimetableEngine.timetable(for: request)
        #expect(anyPart[.noticeOfElection]?.date == day("2019-11-11"))
        #expect(anyPart[.registration]?.date == day("2019-11-25"))
        #expect(anyPart[.noticeOfElection]?.provisional == false)

        request.overrides.generalElectionCalendar = .constituencyNation
        let own = try TimetableEngine.timetable(for: request)
        #expect(own[.noticeOfElection]?.date == day("2019-11-12"))
        #expect(own[.closeOfNominations]?.date == day("2019-11-15"))
        #expect(own[.registration]?.date == day("2019-11-26"))
    }

    /// GE 2019 in a Scottish constituency: the Scottish calendar gives registration on 25 Nov, the
    /// E&W reading the published 26 Nov, so the date is provisional and the warning names both.
    @Test func generalElectionInScotland() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(
                kind: .ukParliament, nation: .scotland, pollDate: day("2019-12-12"), isGeneralElection: true))
        #expect(timetable[.registration]?.date == day("2019-11-25"))
        #expect(timetable[.registration]?.provisional == true)
        #expect(timetable[.registration]?.provisionalReasons.contains { $0.contains("2019-11-26") } == true)
        #expect(timetable[.proxyApplication]?.provisional == false)
    }

    /// Scotland's 15 Jun 2026 holiday is listed but unconfirmed (open-questions.md item 11).
    @Test func unconfirmedListedHoliday() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .local, nation: .scotland, pollDate: day("2026-06-25")))
        #expect(timetable[.registration]?.provisional == true)
        #expect(timetable[.pollingAndCountingAgents]?.provisional == false)
    }

    /// A generated holiday the user says is not one (here Easter Monday 2030) counts again.
    @Test func notBankHolidaysOverride() throws {
        let request = TimetableRequest(
            kind: .local, nation: .england, pollDate: day("2030-05-02"),
            overrides: TimetableOverrides(notBankHolidays: [day("2030-04-22")]))
        #expect(try TimetableEngine.timetable(for: request)[.closeOfNominations]?.date == day("2030-04-04"))
    }

    @Test(arguments: [
        ("2024-11-20", true),  // Skipton North, a Wednesday
        ("2025-05-01", false),
    ])
    func notThursdayWarning(poll: String, warned: Bool) throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .parish, nation: .england, pollDate: day(poll)))
        #expect(timetable.warnings.contains { $0.contains("normally on a Thursday") } == warned)
    }

    @Test func warningsForOddInputs() throws {
        let bankHoliday = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .local, nation: .england, pollDate: day("2025-05-05")))
        #expect(bankHoliday.warnings.contains { $0.contains("is not a working day") })
        let old = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .local, nation: .england, pollDate: day("2011-05-05")))
        #expect(old.warnings.contains { $0.contains("before 2015-01-01") })
        #expect(old[.closeOfNominations]?.provisionalReasons.contains { $0.contains("before 2015") } == true)
        let generalElection = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .ukParliament, pollDate: day("2024-07-04")))
        #expect(generalElection.isGeneralElection)
        #expect(generalElection.warnings.contains { $0.contains("Northern Ireland") })
    }

    @Test func brokenHolidayListMakesEverythingProvisional() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .local, nation: .england, pollDate: day("2025-05-01")),
            holidays: BankHolidays(json: []))
        #expect(timetable.warnings.contains { $0.contains("could not be read") })
        #expect(timetable[.closeOfNominations]?.date == day("2025-04-02"))
        #expect(timetable[.closeOfNominations]?.provisional == true)
    }

    /// Every literal effective-from date in the rule tables is real.
    @Test func ruleDatesAreReal() {
        for date in [
            RuleDates.modelledFrom, RuleDates.voterIDLocal, RuleDates.voterIDGeneralElection,
            RuleDates.scottishParliament2021, RuleDates.afterScottishParliament2021,
        ] {
            #expect(date.year >= 2000)
        }
    }

    /// East Dunbartonshire Council, Technical Notes 2025 issues 206, 212 and 216 and "By-election -
    /// Ward 3 - January 2026" (notice of by-election), Bearsden South by-election, poll Thu 29 Jan
    /// 2026: notice of election "35 days" Fri 5 Dec 2025; close of nominations, withdrawals and
    /// election agents 4pm Tue 23 Dec 2025 ("23 days (4pm)"); registration 13 Jan, postal 5pm
    /// 14 Jan, proxy 5pm 21 Jan 2026.
    ///
    /// Those dates fit only if Christmas Eve counts as a working day in the Scottish council
    /// timetable; the text of SSI 2011/399 Sch 1 r.2 has not been confirmed, so Rosette keeps the
    /// earlier date (22 Dec) and marks it provisional, naming 23 Dec. An override of the offset
    /// (the returning officer's date) settles it.
    @Test func bearsdenSouthChristmasEveIsProvisional() throws {
        var request = TimetableRequest(kind: .local, nation: .scotland, pollDate: day("2026-01-29"))
        let plain = try TimetableEngine.timetable(for: request)
        for key in [DeadlineKey.closeOfNominations, .withdrawal, .electionAgentAppointment] {
            let deadline = try #require(plain[key])
            #expect(deadline.date == day("2025-12-22"), "\(key.rawValue)")
            #expect(deadline.provisional, "\(key.rawValue)")
            #expect(deadline.provisionalReasons.contains { $0.contains("Christmas Eve") && $0.contains("2025-12-23") })
        }
        #expect(plain[.noticeOfElection]?.provisionalReasons.contains { $0.contains("2025-12-16") } == true)
        // The voters' deadlines do not cross Christmas and match the council's notice.
        let voters: [DeadlineKey: String] = [
            .registration: "2026-01-13", .postalVoteApplication: "2026-01-14", .proxyApplication: "2026-01-21",
        ]
        for (key, iso) in voters {
            #expect(plain[key]?.date == day(iso), "\(key.rawValue)")
            #expect(plain[key]?.provisional == false, "\(key.rawValue)")
        }
        #expect(plain.warnings.contains { $0.contains("Christmas Eve") })

        // The returning officer's published date, entered as an override, is not provisional.
        request.overrides = TimetableOverrides(offsets: [.closeOfNominations: 22])
        let published = try TimetableEngine.timetable(for: request)
        for key in [DeadlineKey.closeOfNominations, .withdrawal, .electionAgentAppointment] {
            #expect(published[key]?.date == day("2025-12-23"), "\(key.rawValue)")
            #expect(published[key]?.provisional == false, "\(key.rawValue)")
        }
    }

    /// The Christmas Eve question is Scottish-council only, and only where a count crosses it:
    /// English councils over the same window, and Scottish councils in May, are not affected.
    @Test func christmasEveQuestionStaysInScotland() throws {
        let english = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .local, nation: .england, pollDate: day("2026-01-29")))
        #expect(!english.deadlines.contains { $0.provisionalReasons.contains { $0.contains("Christmas Eve") } })
        let may = try TimetableEngine.timetable(
            for: TimetableRequest(
                kind: .local, nation: .scotland, pollDate: day("2022-05-05"), declarationDate: day("2022-05-06")))
        #expect(!may.deadlines.contains { $0.provisionalReasons.contains { $0.contains("Christmas Eve") } })
    }

    /// Senedd close of nominations rests on the DemocracyClub library's SoPN figure, the source of
    /// the GLA and PCC errors, so it stays provisional until confirmed; an override clears it.
    @Test func seneddCloseIsProvisional() throws {
        var request = TimetableRequest(kind: .senedd, pollDate: day("2026-05-07"))
        let plain = try TimetableEngine.timetable(for: request)
        #expect(plain[.closeOfNominations]?.provisional == true)
        #expect(plain[.closeOfNominations]?.source.contains("UNCONFIRMED") == true)
        request.overrides = TimetableOverrides(offsets: [.closeOfNominations: 19])
        #expect(try TimetableEngine.timetable(for: request)[.closeOfNominations]?.provisional == false)
    }
}
