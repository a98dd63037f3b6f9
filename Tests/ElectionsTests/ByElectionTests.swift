import RosetteCore
import Testing

@testable import Elections

/// UK Parliament by-elections: the writ windows and the (A)RO's close of nominations
/// (timetables.md §3a and §3g).
@Suite struct ByElectionTests {
    /// Runcorn & Helsby 2025 (Halton BC): notice of election Fri 28 Mar, the 2nd working day after
    /// the writ, so the writ was received Wed 26 Mar; nominations closed Wed 2 Apr.
    static let runcorn = TimetableRequest(
        kind: .ukParliament, nation: .england, pollDate: day("2025-05-01"), writDate: day("2025-03-26"),
        closeOfNominations: day("2025-04-02"))

    @Test func writWindows() throws {
        let timetable = try TimetableEngine.timetable(for: Self.runcorn)
        #expect(timetable[.noticeOfElection]?.date == day("2025-03-28"))
        #expect(timetable[.earliestCloseOfNominations]?.date == day("2025-03-31"))
        #expect(timetable[.latestCloseOfNominations]?.date == day("2025-04-04"))
        #expect(timetable[.earliestPoll]?.date == day("2025-04-29"))
        #expect(timetable[.latestPoll]?.date == day("2025-05-01"))
        #expect(timetable[.closeOfNominations]?.provisional == false)
        #expect(timetable[.noticeOfElection]?.provisional == false)
        #expect(timetable[.closeOfNominations]?.source.contains("Returning officer") == true)
        #expect(!timetable.warnings.contains { $0.contains("legal window") || $0.contains("assumed to be 19") })
    }

    /// Without the (A)RO's date the window runs from the earliest to the latest legal close.
    @Test func pollWindowFromTheWritAlone() throws {
        var request = Self.runcorn
        request.closeOfNominations = nil
        let timetable = try TimetableEngine.timetable(for: request)
        // Earliest close Mon 31 Mar + 17 wd (Easter skipped) = Fri 25 Apr; latest close Fri 4 Apr
        // + 19 wd = Tue 6 May (Mon 5 May is the early May bank holiday).
        #expect(timetable[.earliestPoll]?.date == day("2025-04-25"))
        #expect(timetable[.latestPoll]?.date == day("2025-05-06"))
        #expect(timetable[.closeOfNominations]?.date == day("2025-04-02"))
        #expect(timetable[.closeOfNominations]?.provisional == true)
        #expect(timetable[.withdrawal]?.provisional == true)
        #expect(timetable.warnings.contains { $0.contains("assumed to be 19 working days") })
    }

    /// Copeland, poll 23 Feb 2017: the RO closed nominations 18 working days before the poll
    /// (timetables.md §3a), later than the EC's simplified 19.
    @Test func closeOfNominationsAtEighteenWorkingDays() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(
                kind: .ukParliament, nation: .england, pollDate: day("2017-02-23"),
                closeOfNominations: day("2017-01-30")))
        #expect(timetable[.closeOfNominations]?.date == day("2017-01-30"))
        #expect(timetable[.withdrawal]?.date == day("2017-01-30"))
        #expect(timetable[.earliestPoll]?.date == day("2017-02-22"))
        #expect(timetable[.latestPoll]?.date == day("2017-02-24"))
        #expect(timetable.warnings.allSatisfy { !$0.contains("legal window") })
        // Notice of election at least 3 wd before close: Wed 25 Jan 2017.
        #expect(timetable[.noticeOfElection]?.date == day("2017-01-25"))
    }

    /// A poll the close of nominations (or the writ) does not allow is refused, not just warned
    /// about: a QA run found an edit could leave a stored election with an unlawful poll.
    @Test func pollOutsideTheWindowIsRefused() throws {
        #expect(throws: TimetableError.self) {
            try TimetableEngine.timetable(
                for: TimetableRequest(
                    kind: .ukParliament, nation: .england, pollDate: day("2025-05-08"),
                    closeOfNominations: day("2025-04-02")))
        }
        // Writ received a week before the poll: no lawful close of nominations fits.
        #expect(throws: TimetableError.self) {
            try TimetableEngine.timetable(
                for: TimetableRequest(
                    kind: .ukParliament, nation: .scotland, pollDate: day("2026-12-17"), writDate: day("2026-12-10")))
        }
    }

    /// A writ received on a Saturday: the earliest notice is the Monday.
    @Test func writOnANonWorkingDay() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(
                kind: .ukParliament, nation: .england, pollDate: day("2025-07-03"), writDate: day("2025-05-31")))
        #expect(timetable[.earliestCloseOfNominations]?.date == day("2025-06-05"))
        #expect(timetable[.latestCloseOfNominations]?.date == day("2025-06-10"))
        #expect(timetable[.noticeOfElection]?.date == day("2025-06-03"))
    }

    /// No VAC before photo ID reached UK Parliament by-elections (4 May 2023).
    @Test func voterIDStartDate() throws {
        let before = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .ukParliament, nation: .england, pollDate: day("2023-04-13")))
        let after = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .ukParliament, nation: .england, pollDate: day("2023-07-20")))
        #expect(before[.vacApplication] == nil)
        #expect(after[.vacApplication]?.date == day("2023-07-12"))
        // General elections only from 5 Oct 2023.
        let generalElection = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .ukParliament, pollDate: day("2023-07-20")))
        #expect(generalElection[.vacApplication] == nil)
    }
}
