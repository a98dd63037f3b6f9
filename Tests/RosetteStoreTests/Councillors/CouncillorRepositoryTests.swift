import Councillors
import Defections
import Elections
import RosetteCore
import RosetteStore
import Testing

private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? CalendarDate(dayNumber: 0) }

@Suite struct CouncillorRepositoryTests {
    let database: AppDatabase
    let councils: CouncilRepository
    let councillors: CouncillorRepository
    let today = day("2026-11-25")

    init() throws {
        database = try AppDatabase.inMemory()
        councils = CouncilRepository(database, actor: Actor("test"))
        councillors = CouncillorRepository(database, actor: Actor("test"))
        _ = try councils.addParty(name: "Rosette Party", shortName: "rosette", colour: "#AA0066")
        try SettingsRepository(database).set("party.short_name", to: "rosette")
    }

    func district() throws -> Council {
        try councils.addCouncil(
            CouncilDetails(name: "Stroud District", tier: .district, nation: .england, nextOrdinaryElection: day("2028-05-04")))
    }

    func add(_ name: String, council: Council, ward: String = "Central", party: String = "lab", elected: String = "2022-05-05")
        throws -> Councillor
    {
        try councillors.add(
            CouncillorDetails(name: PersonName(parsing: name), electedOn: day(elected)), council: council.id, ward: ward,
            party: party, today: today
        ).councillor
    }

    @Test func seededPartiesAndOurs() throws {
        #expect(try councils.parties().contains { $0.shortName == "lab" })
        #expect(try councils.ourParty()?.shortName == "rosette")
        #expect(throws: CouncillorsError.unknownParty("nope")) {
            try SettingsRepository(database).set("party.short_name", to: "nope")
        }
    }

    @Test func compositionAsOfADate() throws {
        let council = try district()
        _ = try councils.setWard(of: council.id, name: "Central", seats: 3)
        let crosser = try add("Ann Crosser", council: council)
        _ = try add("Bob Stayer", council: council)
        _ = try councillors.recordDefection(
            councillor: crosser.id, to: "rosette", effectiveOn: day("2025-03-01"), announcedOn: nil, note: nil,
            source: "press release", today: today)
        let before = try councils.composition(of: council.id, on: day("2024-05-01")).1
        #expect(before.shares.map(\.seats) == [2])
        let after = try councils.composition(of: council.id, on: day("2025-03-01")).1
        #expect(after.shares.count == 2)
        #expect(after.vacantSeats == 1)
        let ours = try #require(try councils.ourParty())
        #expect(try councillors.list(CouncillorFilter(asOf: day("2025-04-01"), party: ours.id)).map(\.id) == [crosser.id])
        #expect(try councillors.list(CouncillorFilter(asOf: day("2024-04-01"), party: ours.id)).isEmpty)
    }

    @Test func aRefusedDefectionChangesNothing() throws {
        let council = try district()
        let councillor = try add("Cat Person", council: council)
        _ = try councillors.recordDefection(
            councillor: councillor.id, to: "ind", effectiveOn: day("2025-01-10"), announcedOn: nil, note: nil,
            source: nil, today: today)
        let before = try councillors.find(councillor.id)
        #expect(throws: DefectionError.self) {
            try councillors.recordDefection(
                councillor: councillor.id, to: "rosette", effectiveOn: day("2024-12-01"), announcedOn: nil, note: nil,
                source: nil, today: today)
        }
        #expect(throws: CouncillorsError.unknownParty("Labor")) {
            try councillors.recordDefection(
                councillor: councillor.id, to: "Labor", effectiveOn: day("2025-06-01"), announcedOn: nil, note: nil,
                source: nil, today: today)
        }
        #expect(throws: CouncillorsError.councillorNotFound(CouncillorID(rawValue: 99))) {
            try councillors.recordDefection(
                councillor: CouncillorID(rawValue: 99), to: "rosette", effectiveOn: day("2025-06-01"), announcedOn: nil,
                note: nil, source: nil, today: today)
        }
        #expect(try councillors.find(councillor.id) == before)
        #expect(try councillors.defections().count == 1)
        #expect(AffiliationPeriod.isContiguous(before.affiliations))
    }

    @Test func oneSeatOnEachOfTwoCouncilsHasSeparateHistories() throws {
        let parish = try councils.addCouncil(CouncilDetails(name: "Minchinhampton", tier: .parish, nation: .england))
        let council = try district()
        let onDistrict = try add("Dee Double", council: council)
        let onParish = try add("Dee Double", council: parish, ward: "Box")
        _ = try councillors.recordDefection(
            councillor: onParish.id, to: "rosette", effectiveOn: day("2025-01-10"), announcedOn: nil, note: nil,
            source: nil, today: today)
        #expect(try councillors.find(onDistrict.id).affiliations.count == 1)
        #expect(try councillors.find(onParish.id).affiliations.count == 2)
    }

    @Test func aFullWardIsRefused() throws {
        let council = try district()
        _ = try add("First One", council: council, ward: "Slad")
        #expect(throws: CouncillorsError.wardFull(ward: "Slad", council: council.id, seats: 1)) {
            try add("Second One", council: council, ward: "slad")
        }
    }

    @Test func vacancyThenItsByElection() throws {
        let council = try district()
        let councillor = try add("Eve Leaving", council: council)
        let vacancy = try councillors.recordVacancy(
            councillor: councillor.id, reason: .resignation, noticeOn: day("2026-11-02"), requestedOn: day("2026-11-05"),
            note: nil, today: today)
        let values = try SettingsRepository(database).vacancyRuleValues()
        let report = try councillors.report(vacancy.id, values: values, today: today)
        #expect(report.plan.route == .byElection)
        #expect(try councils.composition(of: council.id, on: today).1.vacantSeats == 1)
        let (election, linked) = try councillors.createElection(for: vacancy.id, pollDate: nil, values: values, today: today)
        #expect(linked.vacancy.electionID == election.id.rawValue)
        #expect(election.details.kind == .local)
        #expect(election.details.pollDate == report.plan.suggestedPoll)
        #expect(try ElectionRepository(database, actor: Actor("t")).find(election.id) == election)
        #expect(throws: CouncillorsError.self) {
            try councillors.createElection(for: vacancy.id, pollDate: nil, values: values, today: today)
        }
        #expect(throws: CouncillorsError.vacancyAlreadyRecorded(councillor.id)) {
            try councillors.recordVacancy(
                councillor: councillor.id, reason: .death, noticeOn: day("2026-11-03"), requestedOn: nil, note: nil,
                today: today)
        }
    }

    /// QA: a vacancy dated before the councillor's later defection was accepted; a request
    /// before the notice said "ends before it starts"; a second request replaced the first.
    @Test func aVacancyIsNotDatedBeforeLaterEventsAndRequestsAreNotReplacedSilently() throws {
        let council = try district()
        let councillor = try add("Tom Moving", council: council)
        _ = try councillors.recordDefection(
            councillor: councillor.id, to: "rosette", effectiveOn: day("2026-06-28"), announcedOn: nil, note: nil, source: nil,
            today: today)
        #expect(throws: CouncillorsError.vacancyBeforeLaterEvent(
            councillor.id, notice: day("2026-06-01"), event: "party change", on: day("2026-06-28"))) {
            try councillors.recordVacancy(
                councillor: councillor.id, reason: .resignation, noticeOn: day("2026-06-01"), requestedOn: nil, note: nil,
                today: today)
        }
        let vacancy = try councillors.recordVacancy(
            councillor: councillor.id, reason: .resignation, noticeOn: day("2026-11-02"), requestedOn: nil, note: nil,
            today: today)
        #expect(throws: CouncillorsError.requestBeforeNotice(vacancy: vacancy.id, request: day("2026-11-01"), notice: day("2026-11-02"))) {
            try councillors.recordRequest(vacancy: vacancy.id, on: day("2026-11-01"), today: today)
        }
        _ = try councillors.recordRequest(vacancy: vacancy.id, on: day("2026-11-05"), today: today)
        #expect(throws: CouncillorsError.requestAlreadyRecorded(vacancy: vacancy.id, on: day("2026-11-05"))) {
            try councillors.recordRequest(vacancy: vacancy.id, on: day("2026-11-06"), today: today)
        }
        let corrected = try councillors.recordRequest(vacancy: vacancy.id, on: day("2026-11-06"), replacing: true, today: today)
        #expect(corrected.requestedOn == day("2026-11-06"))
    }

    @Test func ruleValuesCanBeSetByTheParty() throws {
        try SettingsRepository(database).setVacancyRuleValue("parish_request_working_days", to: 15)
        let values = try SettingsRepository(database).vacancyRuleValues()
        #expect(values.entry("parish_request_working_days")?.overridden == true)
        #expect(values.value("parish_request_working_days") == 15)
    }
}
