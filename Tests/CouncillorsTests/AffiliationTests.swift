import Councillors
import Elections
import RosetteCore
import Testing

func day(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(iso: text) else {
        Issue.record("bad test date \(text)")
        return CalendarDate(dayNumber: 0)
    }
    return date
}

let labour = PartyID(rawValue: 2)
let rosette = PartyID(rawValue: 20)
let independent = PartyID(rawValue: 14)

/// A councillor elected for Labour on 2019-05-02 who crossed to Rosette on 2022-03-01.
func crossedCouncillor(leftOn: CalendarDate? = nil) throws -> Councillor {
    Councillor(
        id: CouncillorID(rawValue: 1),
        details: CouncillorDetails(
            name: try PersonName(parsing: "Test Councillor"), electedOn: day("2019-05-02"),
            termEndsOn: day("2023-05-04")),
        councilID: CouncilID(rawValue: 1), wardID: WardID(rawValue: 1),
        affiliations: [
            AffiliationPeriod(party: labour, startedOn: day("2019-05-02"), endedOn: day("2022-03-01")),
            AffiliationPeriod(party: rosette, startedOn: day("2022-03-01")),
        ], leftOn: leftOn)
}

@Suite struct AffiliationTests {
    @Test(arguments: [
        ("2019-05-01", nil), ("2019-05-02", labour), ("2022-02-28", labour), ("2022-03-01", rosette),
        ("2022-05-01", rosette), ("2023-05-04", rosette), ("2023-05-05", nil),
    ] as [(String, PartyID?)])
    func partyAsOf(_ date: String, _ expected: PartyID?) throws {
        #expect(try crossedCouncillor().party(on: day(date)) == expected)
    }

    @Test func aVacantSeatHasNoParty() throws {
        let councillor = try crossedCouncillor(leftOn: day("2022-06-01"))
        #expect(councillor.party(on: day("2022-05-31")) == rosette)
        #expect(councillor.party(on: day("2022-06-01")) == nil)
    }

    @Test func contiguityIsChecked() {
        let a = AffiliationPeriod(party: labour, startedOn: day("2020-01-01"), endedOn: day("2021-01-01"))
        #expect(AffiliationPeriod.isContiguous([a, AffiliationPeriod(party: rosette, startedOn: day("2021-01-01"))]))
        #expect(!AffiliationPeriod.isContiguous([a, AffiliationPeriod(party: rosette, startedOn: day("2021-01-02"))]))
        #expect(!AffiliationPeriod.isContiguous([a, AffiliationPeriod(party: rosette, startedOn: day("2020-12-31"))]))
        #expect(!AffiliationPeriod.isContiguous([a]))
        #expect(!AffiliationPeriod.isContiguous([]))
    }

    @Test func compositionCountsSittingCouncillorsAndVacancies() throws {
        var second = try crossedCouncillor()
        second.id = CouncillorID(rawValue: 2)
        second.affiliations = [AffiliationPeriod(party: labour, startedOn: day("2019-05-02"))]
        let wards = [Ward(id: WardID(rawValue: 1), councilID: CouncilID(rawValue: 1), name: "North", seats: 3)]
        let before = Composition.on(day("2022-01-01"), councillors: [try crossedCouncillor(), second], wards: wards)
        #expect(before.shares.map(\.seats) == [2])
        #expect(before.shares.first?.party == labour)
        #expect(before.vacantSeats == 1)
        let after = Composition.on(day("2022-05-01"), councillors: [try crossedCouncillor(), second], wards: wards)
        #expect(Set(after.shares.map(\.party)) == [labour, rosette])
        #expect(after.totalSeats == 3)
    }
}

@Suite struct CouncilValuesTests {
    @Test(arguments: [
        (CouncilTier.parish, Nation.england, true), (.parish, .wales, true), (.parish, .scotland, false),
        (.scottishCouncil, .scotland, true), (.scottishCouncil, .england, false), (.district, .northernIreland, true),
        (.londonBorough, .wales, false), (.welshPrincipal, .wales, true), (.combinedAuthority, .england, true),
    ])
    func tiersExistOnlyInTheirNations(_ tier: CouncilTier, _ nation: Nation, _ valid: Bool) {
        let details = CouncilDetails(name: "Somewhere", tier: tier, nation: nation)
        #expect(((try? details.validated()) != nil) == valid)
    }

    @Test(arguments: [("town", CouncilTier.parish), ("Community", .parish), ("borough", .district),
        ("london-borough", .londonBorough), ("Scottish Council", .scottishCouncil)])
    func tierAliases(_ text: String, _ tier: CouncilTier) throws {
        #expect(try CouncilTier(parsing: text) == tier)
    }

    @Test func unknownTierIsRefusedWithTheChoices() {
        #expect(throws: CouncillorsError.unknownTier("shire")) { try CouncilTier(parsing: "shire") }
    }

    @Test(arguments: [("Labour", "lab", "#e4003b", true), ("X", "Bad Short", nil, false), ("X", "x", "red", false),
        ("", "x", nil, false), ("Y", "y-2", "00FF00", true)] as [(String, String, String?, Bool)])
    func partyValidation(_ name: String, _ short: String, _ colour: String?, _ valid: Bool) {
        #expect(((try? Party.validated(name: name, shortName: short, colour: colour)) != nil) == valid)
    }

    @Test func partyMatchesShortNameOrName() {
        let party = Party(id: labour, name: "Labour Party", shortName: "lab")
        #expect(party.matches("LAB"))
        #expect(party.matches("labour party"))
        #expect(!party.matches("Labor"))
    }
}
