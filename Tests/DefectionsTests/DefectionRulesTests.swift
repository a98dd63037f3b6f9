import Councillors
import Defections
import RosetteCore
import Testing

func day(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? CalendarDate(dayNumber: 0) }

let labour = PartyID(rawValue: 2)
let rosette = PartyID(rawValue: 20)
let independent = PartyID(rawValue: 14)

func labourCouncillor() throws -> Councillor {
    Councillor(
        id: CouncillorID(rawValue: 7),
        details: CouncillorDetails(name: try PersonName(parsing: "Test Person"), electedOn: day("2022-05-05")),
        councilID: CouncilID(rawValue: 1), wardID: WardID(rawValue: 1),
        affiliations: [AffiliationPeriod(party: labour, startedOn: day("2022-05-05"))])
}

@Suite struct DefectionRulesTests {
    @Test func closesOnePeriodAndOpensTheNext() throws {
        let change = try DefectionRules.change(
            for: NewDefection(councillorID: CouncillorID(rawValue: 7), to: rosette, effectiveOn: day("2025-02-10")),
            councillor: try labourCouncillor(), today: day("2026-01-01"))
        #expect(change.closed == AffiliationPeriod(party: labour, startedOn: day("2022-05-05"), endedOn: day("2025-02-10")))
        #expect(change.opened == AffiliationPeriod(party: rosette, startedOn: day("2025-02-10")))
        #expect(AffiliationPeriod.isContiguous([change.closed, change.opened]))
    }

    @Test(arguments: [
        ("2026-01-02", rosette, DefectionError.inFuture(CouncillorID(rawValue: 7), day("2026-01-02"))),
        ("2022-05-05", rosette, .beforeCurrentPeriod(CouncillorID(rawValue: 7), day("2022-05-05"), day("2022-05-05"))),
        ("2021-01-01", rosette, .beforeCurrentPeriod(CouncillorID(rawValue: 7), day("2021-01-01"), day("2022-05-05"))),
        ("2025-01-01", labour, .sameParty(CouncillorID(rawValue: 7))),
    ])
    func refusals(_ effective: String, _ to: PartyID, _ error: DefectionError) throws {
        let councillor = try labourCouncillor()
        #expect(throws: error) {
            try DefectionRules.change(
                for: NewDefection(councillorID: councillor.id, to: to, effectiveOn: day(effective)),
                councillor: councillor, today: day("2026-01-01"))
        }
    }

    @Test func notAfterTheSeatFellVacant() throws {
        var councillor = try labourCouncillor()
        councillor.leftOn = day("2025-01-01")
        #expect(throws: DefectionError.notSitting(councillor.id, day("2025-06-01"))) {
            try DefectionRules.change(
                for: NewDefection(councillorID: councillor.id, to: independent, effectiveOn: day("2025-06-01")),
                councillor: councillor, today: day("2026-01-01"))
        }
    }
}

@Suite struct DefectionTimelineTests {
    func defection(_ from: PartyID, _ to: PartyID, _ on: String) -> Defection {
        Defection(
            id: 1, councillorID: CouncillorID(rawValue: 1), councilID: CouncilID(rawValue: 1), from: from, to: to,
            effectiveOn: day(on))
    }

    @Test func monthsInOutAndNet() {
        let timeline = DefectionTimeline.build(
            [
                defection(labour, rosette, "2026-01-15"), defection(independent, rosette, "2026-01-20"),
                defection(rosette, independent, "2026-03-02"), defection(labour, independent, "2026-03-05"),
            ], ours: rosette, since: day("2025-12-01"), until: day("2026-04-10"))
        #expect(timeline.months.map(\.month) == ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04"])
        #expect(timeline.months.map(\.joined) == [0, 2, 0, 0, 0])
        #expect(timeline.months.map(\.left) == [0, 0, 0, 1, 0])
        #expect(timeline.months.map(\.other) == [0, 0, 0, 1, 0])
        #expect(timeline.months.map(\.net) == [0, 2, 0, -1, 0])
        #expect(timeline.totalJoined == 2 && timeline.totalLeft == 1)
    }

    @Test func emptyWithoutDefectionsOrStart() {
        #expect(DefectionTimeline.build([], ours: rosette, since: nil, until: day("2026-01-01")).months.isEmpty)
    }
}
