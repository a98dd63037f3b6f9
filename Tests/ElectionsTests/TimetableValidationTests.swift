import RosetteCore
import Testing

@testable import Elections

/// Requests the engine must refuse, each with a one-sentence reason naming the bad value.
@Suite struct TimetableValidationTests {
    struct BadRequest: Sendable, CustomTestStringConvertible {
        let name: String
        let request: TimetableRequest
        let error: TimetableError
        var testDescription: String { name }
    }

    static let poll = day("2025-05-01")

    static let badRequests: [BadRequest] = [
        BadRequest(
            name: "Senedd in Scotland", request: TimetableRequest(kind: .senedd, nation: .scotland, pollDate: poll),
            error: .invalidNation(.senedd, .scotland)),
        BadRequest(
            name: "Scottish Parliament in Wales",
            request: TimetableRequest(kind: .scottishParliament, nation: .wales, pollDate: poll),
            error: .invalidNation(.scottishParliament, .wales)),
        BadRequest(
            name: "GLA in Wales", request: TimetableRequest(kind: .gla, nation: .wales, pollDate: poll),
            error: .invalidNation(.gla, .wales)),
        BadRequest(
            name: "PCC in Scotland", request: TimetableRequest(kind: .pcc, nation: .scotland, pollDate: poll),
            error: .invalidNation(.pcc, .scotland)),
        BadRequest(
            name: "PCC in NI", request: TimetableRequest(kind: .pcc, nation: .northernIreland, pollDate: poll),
            error: .invalidNation(.pcc, .northernIreland)),
        BadRequest(
            name: "Parish in Scotland", request: TimetableRequest(kind: .parish, nation: .scotland, pollDate: poll),
            error: .invalidNation(.parish, .scotland)),
        BadRequest(
            name: "Parish in NI", request: TimetableRequest(kind: .parish, nation: .northernIreland, pollDate: poll),
            error: .invalidNation(.parish, .northernIreland)),
        BadRequest(
            name: "Mayor in Wales", request: TimetableRequest(kind: .mayor, nation: .wales, pollDate: poll),
            error: .invalidNation(.mayor, .wales)),
        BadRequest(
            name: "NI Assembly in England", request: TimetableRequest(kind: .niAssembly, nation: .england, pollDate: poll),
            error: .invalidNation(.niAssembly, .england)),
        BadRequest(
            name: "City of London in Wales",
            request: TimetableRequest(kind: .cityOfLondon, nation: .wales, pollDate: poll),
            error: .invalidNation(.cityOfLondon, .wales)),
        BadRequest(
            name: "Local with no nation", request: TimetableRequest(kind: .local, pollDate: poll),
            error: .nationRequired(.local)),
        BadRequest(
            name: "Referendum with no nation", request: TimetableRequest(kind: .referendum, pollDate: poll),
            error: .nationRequired(.referendum)),
        BadRequest(
            name: "PCC with no nation", request: TimetableRequest(kind: .pcc, pollDate: poll),
            error: .nationRequired(.pcc)),
        BadRequest(
            name: "Poll in 1999", request: TimetableRequest(kind: .local, nation: .england, pollDate: day("1999-05-06")),
            error: .pollDateOutOfRange(day("1999-05-06"))),
        BadRequest(
            name: "Writ for a council election",
            request: TimetableRequest(kind: .local, nation: .england, pollDate: poll, writDate: day("2025-03-26")),
            error: .writNotApplicable(.local)),
        BadRequest(
            name: "Writ at a general election",
            request: TimetableRequest(kind: .ukParliament, pollDate: poll, writDate: day("2025-03-26")),
            error: .writNotApplicable(.ukParliament)),
        BadRequest(
            name: "General election flag on a council election",
            request: TimetableRequest(kind: .local, nation: .england, pollDate: poll, isGeneralElection: true),
            error: .generalElectionNotApplicable(.local)),
        BadRequest(
            name: "Writ after poll",
            request: TimetableRequest(kind: .ukParliament, nation: .england, pollDate: poll, writDate: day("2025-05-02")),
            error: .writNotBeforePoll(writ: day("2025-05-02"), poll: poll)),
        BadRequest(
            name: "Close of nominations after poll",
            request: TimetableRequest(
                kind: .ukParliament, nation: .england, pollDate: poll, closeOfNominations: day("2025-05-02")),
            error: .closeOfNominationsNotBeforePoll(closeOfNominations: day("2025-05-02"), poll: poll)),
        BadRequest(
            name: "Close of nominations on Easter Monday",
            request: TimetableRequest(
                kind: .ukParliament, nation: .england, pollDate: poll, closeOfNominations: day("2025-04-21")),
            error: .closeOfNominationsNotWorkingDay(day("2025-04-21"))),
        // Writ received Wed 26 Mar 2025: nominations may close from Mon 31 Mar to Fri 4 Apr.
        BadRequest(
            name: "Close of nominations after the writ window",
            request: TimetableRequest(
                kind: .ukParliament, nation: .england, pollDate: poll, writDate: day("2025-03-26"),
                closeOfNominations: day("2025-04-07")),
            error: .closeOfNominationsOutsideWritWindow(
                closeOfNominations: day("2025-04-07"), earliest: day("2025-03-31"), latest: day("2025-04-04"))),
        BadRequest(
            name: "Close of nominations before the writ window",
            request: TimetableRequest(
                kind: .ukParliament, nation: .england, pollDate: poll, writDate: day("2025-03-26"),
                closeOfNominations: day("2025-03-28")),
            error: .closeOfNominationsOutsideWritWindow(
                closeOfNominations: day("2025-03-28"), earliest: day("2025-03-31"), latest: day("2025-04-04"))),
        BadRequest(
            name: "Close of nominations not the statutory day",
            request: TimetableRequest(
                kind: .local, nation: .england, pollDate: poll, closeOfNominations: day("2025-04-03")),
            error: .closeOfNominationsFixedByLaw(given: day("2025-04-03"), expected: day("2025-04-02"), kind: .local)),
        BadRequest(
            name: "Close of nominations at a referendum",
            request: TimetableRequest(
                kind: .referendum, nation: .england, pollDate: poll, closeOfNominations: day("2025-04-02")),
            error: .closeOfNominationsNotApplicable(.referendum)),
        BadRequest(
            name: "Declaration before poll",
            request: TimetableRequest(
                kind: .local, nation: .england, pollDate: poll, declarationDate: day("2025-04-30")),
            error: .declarationBeforePoll(declaration: day("2025-04-30"), poll: poll)),
        BadRequest(
            name: "Override of a deadline the kind does not have",
            request: TimetableRequest(
                kind: .parish, nation: .england, pollDate: poll,
                overrides: TimetableOverrides(offsets: [.electionAgentAppointment: 19])),
            error: .overrideNotApplicable(.electionAgentAppointment, .parish)),
        BadRequest(
            name: "Override of a fixed-day deadline",
            request: TimetableRequest(
                kind: .local, nation: .england, pollDate: poll, overrides: TimetableOverrides(offsets: [.poll: 1])),
            error: .overrideNotApplicable(.poll, .local)),
        BadRequest(
            name: "Override out of range",
            request: TimetableRequest(
                kind: .local, nation: .wales, pollDate: poll,
                overrides: TimetableOverrides(offsets: [.noticeOfElection: -3])),
            error: .overrideOutOfRange(.noticeOfElection, -3)),
    ]

    @Test(arguments: badRequests)
    func refuses(_ bad: BadRequest) {
        #expect(throws: bad.error) { try TimetableEngine.timetable(for: bad.request) }
    }

    /// Every message is one sentence that names the bad value.
    @Test(arguments: badRequests)
    func messagesAreOneSentence(_ bad: BadRequest) {
        let text = bad.error.description
        #expect(bad.error.kind == .badData)
        #expect(text.hasSuffix("."))
        #expect(!text.contains("\n"))
        #expect(text.first?.isUppercase == true)
    }

    @Test func messageNamesValues() {
        let error = TimetableError.invalidNation(.senedd, .scotland)
        #expect(error.description == "A senedd election cannot be held in scotland; expected one of: wales.")
        let window = TimetableError.closeOfNominationsOutsideWritWindow(
            closeOfNominations: day("2025-04-07"), earliest: day("2025-03-31"), latest: day("2025-04-04"))
        #expect(window.description.contains("2025-04-07") && window.description.contains("2025-04-04"))
    }

    /// Every valid kind and nation combination builds a timetable; single-nation kinds imply it.
    @Test(arguments: ElectionKind.allCases)
    func everyValidCombinationBuilds(kind: ElectionKind) throws {
        for nation in kind.validNations {
            let timetable = try TimetableEngine.timetable(
                for: TimetableRequest(kind: kind, nation: nation, pollDate: Self.poll))
            #expect(timetable.nation == nation)
            #expect(timetable[.poll]?.date == Self.poll)
        }
        if kind.validNations.count == 1 {
            let implied = try TimetableEngine.timetable(for: TimetableRequest(kind: kind, pollDate: Self.poll))
            #expect(implied.nation == kind.validNations.first)
        }
    }

    @Test func rawValuesAreTheCommandLineSpellings() {
        #expect(Nation.allCases.map(\.rawValue) == ["england", "wales", "scotland", "northern-ireland"])
        #expect(
            ElectionKind.allCases.map(\.rawValue) == [
                "uk-parliament", "local", "parish", "mayor", "pcc", "gla", "scottish-parliament", "senedd",
                "ni-assembly", "city-of-london", "referendum",
            ])
        for key in [
            "notice_of_election", "close_of_nominations", "withdrawal", "election_agent_appointment",
            "sopn_publication", "registration", "postal_vote_application", "proxy_application", "vac_application",
            "notice_of_poll", "polling_and_counting_agents", "emergency_proxy", "poll", "spending_return",
            "candidate_declaration", "earliest_close_of_nominations", "latest_close_of_nominations", "earliest_poll",
            "latest_poll",
        ] {
            #expect(DeadlineKey(rawValue: key) != nil, "\(key)")
        }
    }
}
