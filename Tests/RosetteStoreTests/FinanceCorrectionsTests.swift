import Elections
import Finance
import RosetteCore
import RosetteStore
import Testing

/// Voiding, declining and keeping the treasurer's limit, as stored.
@Suite struct FinanceCorrectionsTests {
    let database: AppDatabase
    let finance: FinanceRepository
    let today = CalendarDate(iso: "2026-11-25") ?? .earliest

    init() throws {
        database = try AppDatabase.inMemory()
        finance = FinanceRepository(database, actor: Actor("treasurer"))
    }

    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? .earliest }

    @Test func aVoidedDonationLeavesTheBookButKeepsItsTrail() throws {
        let donor = try finance.addDonor(DonorDetails(kind: .individual, name: "Secret Name"))
        let donation = try finance.addDonation(
            NewDonation(donor: donor.id, amount: Pence(1_000_000_000), received: day("2026-11-24")), today: today)
        #expect(throws: FinanceError.voidReasonRequired) { try finance.voidDonation(donation.id, reason: " ", today: today) }
        try finance.voidDonation(donation.id, reason: "typed £10m for £100", today: today)
        #expect(try finance.donations().isEmpty)
        #expect(try finance.book().donations.isEmpty)
        #expect(throws: FinanceError.alreadyVoided("donation", donation.id.rawValue)) {
            try finance.voidDonation(donation.id, reason: "again", today: today)
        }
        #expect(throws: FinanceError.alreadyVoided("donation", donation.id.rawValue)) {
            try finance.decide(donation.id, .accepted(on: today), today: today)
        }
        let trail = try AuditRepository(database).entries(recordKind: "donation", recordId: donation.id.rawValue)
        #expect(trail.contains { $0.fields.contains("void_reason") && !$0.fields.contains("£") })
    }

    @Test func aVoidedExpenseLeavesTheTotals() throws {
        let expense = try finance.addExpense(
            NewExpense(kind: .general, category: .other, description: "Typo", amount: Pence(900_000_000), incurred: today),
            today: today)
        try finance.voidExpense(expense.id, reason: "mistyped", today: today)
        #expect(try finance.book().spending(in: 2026) == .zero)
        #expect(throws: FinanceError.alreadyVoided("expense", expense.id.rawValue)) {
            try finance.pay(expense.id, on: today, today: today)
        }
    }

    @Test func aDeclinedGiftIsStoredAsDeclined() throws {
        let donor = try finance.addDonor(DonorDetails(kind: .individual, name: "A"))
        _ = try finance.recordRegisterCheck(donor.id, RegisterCheck(checkedOn: day("2026-11-10"), evidence: "LW-1"), today: today)
        let donation = try finance.addDonation(
            NewDonation(donor: donor.id, amount: Pence(2_000_000), received: day("2026-11-11")), today: today)
        #expect(throws: FinanceError.returnFromPermissibleDonor(donation: donation.id, donor: donor.id)) {
            try finance.decide(donation.id, .returned(on: today, method: "cheque"), today: today)
        }
        _ = try finance.decide(donation.id, .declined(on: today, method: "cheque"), today: today)
        let stored = try #require(try finance.donations().first)
        #expect(stored.decision == .declined(on: today, method: "cheque"))
        #expect(Reportability.evaluate(try finance.donations()).isEmpty)
    }

    @Test func changingTheElectorateKeepsTheEnteredLimit() throws {
        let election = try ElectionRepository(database, actor: Actor("t")).add(
            PartyElectionDetails(name: "Ward", kind: .local, nation: .scotland, pollDate: day("2026-12-17")))
        try finance.setSpendingFacts(
            SpendingFacts(electorate: 7_200, limitOverride: Pence(172_500), overrideSource: "RO's letter"), for: election.id)
        let kept = try finance.setSpendingFacts(SpendingFacts(electorate: 7_700), for: election.id)
        #expect(kept.limitOverride == Pence(172_500))
        let stored = try #require(try finance.book().elections.first)
        #expect(stored.facts?.electorate == 7_700)
        #expect(SpendingLimits.limit(for: stored).amount == Pence(172_500))
        let cleared = try finance.setSpendingFacts(SpendingFacts(electorate: 7_700), for: election.id, clearingLimit: true)
        #expect(cleared.limitOverride == nil)
    }
}
