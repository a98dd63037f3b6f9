import Elections
import Finance
import Members
import RosetteCore
import RosetteStore
import Testing

@Suite struct FinanceRepositoryTests {
    let database: AppDatabase
    let finance: FinanceRepository
    let today = CalendarDate(iso: "2026-11-25") ?? .earliest

    init() throws {
        database = try AppDatabase.inMemory()
        finance = FinanceRepository(database, actor: Actor("treasurer"))
    }

    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? .earliest }

    @Test func recordsChecksAndAcceptsADonationInOneAuditedStepEach() throws {
        let unit = try finance.addUnit(name: "Leith branch")
        let donor = try finance.addDonor(DonorDetails(kind: .individual, name: "Secret Name", address: "1 Street"))
        let donation = try finance.addDonation(
            NewDonation(donor: donor.id, unit: unit.id, amount: Pence(75_000), received: day("2026-11-20")), today: today)
        #expect(throws: FinanceError.noRegisterCheck(donation: donation.id, donor: donor.id)) {
            try finance.decide(donation.id, .accepted(on: today), today: today)
        }
        _ = try finance.recordRegisterCheck(donor.id, RegisterCheck(checkedOn: day("2026-11-21"), evidence: "LW-1"), today: today)
        let accepted = try finance.decide(donation.id, .accepted(on: day("2026-11-22")), today: today)
        #expect(accepted.acceptedOn == day("2026-11-22"))
        #expect(try finance.donations() == [accepted])
        let trail = try AuditRepository(database).entries(recordKind: "donor", recordId: donor.id.rawValue)
        #expect(trail.count == 2)
        #expect(trail.allSatisfy { !$0.fields.contains("Secret") })
        #expect(throws: FinanceError.duplicateUnit) { try finance.addUnit(name: "Leith branch") }
    }

    @Test func refusesUnknownRecords() throws {
        #expect(throws: FinanceError.donorNotFound(DonorID(rawValue: 9))) {
            try finance.addDonation(NewDonation(donor: DonorID(rawValue: 9), amount: Pence(100), received: today), today: today)
        }
        let donor = try finance.addDonor(DonorDetails(kind: .trust, name: "T"))
        #expect(throws: FinanceError.unitNotFound(AccountingUnitID(rawValue: 4))) {
            try finance.addDonation(
                NewDonation(donor: donor.id, unit: AccountingUnitID(rawValue: 4), amount: Pence(100), received: today), today: today)
        }
        #expect(throws: FinanceError.registerCheckForNonIndividual(donor.id)) {
            try finance.recordRegisterCheck(donor.id, RegisterCheck(checkedOn: today, evidence: "x"), today: today)
        }
        #expect(throws: ElectionsStoreError.notFound(ElectionID(rawValue: 3))) {
            try finance.setSpendingFacts(SpendingFacts(electorate: 10), for: ElectionID(rawValue: 3))
        }
    }

    @Test func theBookJoinsDuesElectionsAndSpending() throws {
        let members = MemberRepository(database, actor: Actor("treasurer"))
        var changes = MemberChanges()
        changes.firstName = "Ada"
        changes.lastName = "Byron"
        changes.branch = "Leith"
        changes.joinedOn = "2026-01-10"
        let member = try members.add(try changes.newDetails(today: today))
        _ = try members.renew(member.id, until: day("2027-01-10"), paidOn: day("2026-01-10"), amountPence: 1200, today: today)
        let election = try ElectionRepository(database, actor: Actor("t")).add(
            PartyElectionDetails(name: "Ward", kind: .local, nation: .england, pollDate: day("2026-12-17")))
        try finance.setSpendingFacts(SpendingFacts(electorate: 7_200), for: election.id)
        _ = try finance.addExpense(
            NewExpense(
                kind: .candidate, election: election.id, category: .advertising, description: "Posters", amount: Pence(6_000),
                incurred: day("2026-11-24")), today: today)
        let book = try finance.book()
        #expect(book.dues == [DuesIncome(paidOn: day("2026-01-10"), amount: Pence(1200), branch: "Leith")])
        let stored = try #require(book.elections.first)
        #expect(stored.facts?.electorate == 7_200)
        #expect(stored.spendingReturnDue != nil)
        #expect(SpendingLimits.limit(for: stored).amount == Pence(153_600))
        #expect(book.spentAgainstLimit(election.id) == Pence(6_000))
    }
}
