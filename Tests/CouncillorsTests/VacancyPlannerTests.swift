import Councillors
import Elections
import RosetteCore
import Testing

/// The casual-vacancy rules per tier and nation (timetables.md §3c–§3g, open questions 4, 6, 7, 15).
@Suite struct VacancyPlannerTests {
    func vacancy(notice: String, requested: String? = nil) -> CasualVacancy {
        CasualVacancy(
            id: 1, councillorID: CouncillorID(rawValue: 1), councilID: CouncilID(rawValue: 1),
            wardID: WardID(rawValue: 1), reason: .resignation, noticeOn: day(notice),
            requestedOn: requested.map(day))
    }

    func council(_ tier: CouncilTier, _ nation: Nation, next: String? = "2028-05-04") -> CouncilDetails {
        CouncilDetails(name: "C", tier: tier, nation: nation, nextOrdinaryElection: next.map(day))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var tier: CouncilTier
        var nation: Nation
        var notice: String
        var requested: String?
        var route: VacancyPlan.Route
        var latest: String?
        var openQuestions: [Int]
        var testDescription: String { "\(tier.rawValue) in \(nation.rawValue), notice \(notice)" }
    }

    /// Dates worked by hand on the England and Wales calendar: 2026-09-01 (Tue) + 35 wd skips
    /// weekends only (no bank holiday in September or October 2026) = 2026-10-20.
    static let cases: [Case] = [
        Case(tier: .district, nation: .england, notice: "2026-09-01", requested: nil, route: .byElectionIfRequested,
            latest: "2026-10-20", openQuestions: [15]),
        Case(tier: .district, nation: .england, notice: "2026-09-01", requested: "2026-09-03", route: .byElection,
            latest: "2026-10-22", openQuestions: [15]),
        Case(tier: .welshPrincipal, nation: .wales, notice: "2026-09-01", requested: nil, route: .byElectionIfRequested,
            latest: "2026-10-20", openQuestions: [15]),
        // Parish: 14 wd after 2026-09-01 is 2026-09-21; 60 wd is 2026-11-24.
        Case(tier: .parish, nation: .england, notice: "2026-09-01", requested: nil, route: .coOptionUnlessRequested,
            latest: "2026-11-24", openQuestions: [4]),
        Case(tier: .parish, nation: .england, notice: "2026-09-01", requested: "2026-09-21", route: .byElection,
            latest: "2026-11-24", openQuestions: [4]),
        Case(tier: .parish, nation: .wales, notice: "2026-09-01", requested: "2026-09-22", route: .coOption,
            latest: nil, openQuestions: [4]),
        // Scotland: three calendar months (the earliest poll rests on open question 5).
        Case(tier: .scottishCouncil, nation: .scotland, notice: "2026-09-01", requested: nil, route: .byElection,
            latest: "2026-12-01", openQuestions: [5]),
        Case(tier: .district, nation: .northernIreland, notice: "2026-09-01", requested: nil, route: .partyCoOption,
            latest: nil, openQuestions: [7]),
        // Within six months of the ordinary election (2028-05-04): no by-election.
        Case(tier: .county, nation: .england, notice: "2027-12-01", requested: nil, route: .noByElection,
            latest: nil, openQuestions: []),
        Case(tier: .scottishCouncil, nation: .scotland, notice: "2028-01-10", requested: nil, route: .noByElection,
            latest: nil, openQuestions: [6]),
        Case(tier: .parish, nation: .england, notice: "2028-02-01", requested: nil, route: .coOption,
            latest: nil, openQuestions: [4]),
    ]

    @Test(arguments: cases)
    func routeAndLatestPoll(_ c: Case) {
        let plan = VacancyPlanner.plan(
            for: vacancy(notice: c.notice, requested: c.requested), council: council(c.tier, c.nation),
            today: day("2026-09-10"))
        #expect(plan.route == c.route)
        #expect(plan.latestPoll == c.latest.map(day))
        #expect(plan.openQuestions == c.openQuestions)
        #expect(plan.provisional == !c.openQuestions.isEmpty || plan.steps.contains(where: \.provisional))
    }

    @Test func parishWithoutRequestAfterTheWindowIsCoOption() {
        let plan = VacancyPlanner.plan(
            for: vacancy(notice: "2026-09-01"), council: council(.parish, .england), today: day("2026-09-22"))
        #expect(plan.route == .coOption)
        #expect(!plan.allowsElection)
    }

    @Test func suggestedPollIsAThursdayInsideTheWindow() throws {
        let plan = VacancyPlanner.plan(
            for: vacancy(notice: "2026-09-01"), council: council(.district, .england), today: day("2026-09-10"))
        let poll = try #require(plan.suggestedPoll)
        #expect(poll.weekday == .thursday)
        #expect(poll == day("2026-10-15"))
        #expect(plan.allowsElection)
        #expect(plan.electionKind == .local)
    }

    @Test func unknownNextElectionIsFlagged() {
        let plan = VacancyPlanner.plan(
            for: vacancy(notice: "2026-09-01"), council: council(.district, .england, next: nil),
            today: day("2026-09-10"))
        #expect(plan.steps.contains { $0.title.contains("not recorded") && $0.provisional })
        #expect(plan.provisional)
    }

    @Test func aValueThePartySetIsNoLongerProvisional() throws {
        let values = try VacancyRuleValues.defaults.overriding("principal_poll_working_days", value: 30)
        let plan = VacancyPlanner.plan(
            for: vacancy(notice: "2026-09-01"), council: council(.district, .england), values: values,
            today: day("2026-09-10"))
        #expect(plan.openQuestions.isEmpty)
        #expect(plan.latestPoll == day("2026-10-13"))
    }

    @Test func badRuleValuesAreRefused() {
        #expect(throws: CouncillorsError.unknownRuleValue("nope")) {
            try VacancyRuleValues.defaults.overriding("nope", value: 3)
        }
        #expect(throws: CouncillorsError.badRuleValue("parish_electors", 0)) {
            try VacancyRuleValues.defaults.overriding("parish_electors", value: 0)
        }
    }
}
