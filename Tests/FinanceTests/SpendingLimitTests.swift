import Elections
import Finance
import RosetteCore
import Testing

@Suite struct SpendingLimitTests {
    typealias F = Fixture

    static func election(
        _ kind: ElectionKind, _ nation: Nation?, general: Bool = false, poll: String = "2026-05-07", facts: SpendingFacts?
    ) -> ElectionFinance {
        ElectionFinance(
            id: ElectionID(rawValue: 1), name: "Test", kind: kind, nation: nation, isGeneralElection: general,
            pollDate: F.day(poll), facts: facts)
    }

    /// Integer pence throughout; a joint reduction drops any fraction of a penny.
    @Test(arguments: [
        (7_200, 1, false, 153_600),  // £960 + 8p × 7,200 = £1,536.00
        (7_001, 1, false, 152_008),
        (7_001, 2, false, 114_006),  // less 25%
        (7_001, 3, false, 101_338),  // less a third: 101,338.67 rounded down
        (69_943, 1, true, 655_544),  // county rate ignored at a council election: 8p
    ])
    func englishCouncilLimit(_ electors: Int, _ joint: Int, _ county: Bool, _ pence: Int) {
        let limit = SpendingLimits.limit(
            for: Self.election(.local, .england, facts: SpendingFacts(electorate: electors, county: county, jointCandidates: joint)))
        #expect(limit.amount == Pence(pence))
        #expect(!limit.provisional)
    }

    @Test func generalElectionCountyRate() {
        // Mole Valley DC 2024: 69,943 × 12p + £11,390 = £19,783.16.
        let limit = SpendingLimits.limit(
            for: Self.election(.ukParliament, nil, general: true, poll: "2024-07-04", facts: SpendingFacts(electorate: 69_943, county: true)))
        #expect(limit.amount == Pence(1_978_316))
        #expect(limit.provisional)
    }

    @Test func unconfirmedAndMissingLimitsAreProvisionalUntilEntered() {
        let byElection = SpendingLimits.limit(for: Self.election(.ukParliament, .england, facts: nil))
        #expect(byElection.amount == Pence(10_000_000))
        #expect(byElection.provisional)
        let scottish = SpendingLimits.limit(for: Self.election(.local, .scotland, facts: SpendingFacts(electorate: 9_000)))
        #expect(scottish.amount == nil)
        #expect(scottish.provisional)
        let entered = SpendingLimits.limit(
            for: Self.election(.local, .scotland, facts: SpendingFacts(electorate: 9_000, limitOverride: Pence(172_500))))
        #expect(entered.amount == Pence(172_500))
        #expect(!entered.provisional)
        let noElectorate = SpendingLimits.limit(for: Self.election(.local, .england, facts: nil))
        #expect(noElectorate.amount == nil)
    }

    @Test(arguments: [
        (7_499, LimitStatus.within), (7_500, .approaching), (8_999, .approaching), (9_000, .close),
        (10_000, .close), (10_001, .over),
    ])
    func warningsAsTheLimitApproaches(_ spent: Int, _ status: LimitStatus) {
        #expect(SpendingLimits.status(spent: Pence(spent), limit: Pence(10_000)) == status)
    }

    @Test func badFactsAreRefused() {
        #expect(throws: FinanceError.electorateNotPositive) { try SpendingFacts(electorate: 0).validated() }
        #expect(throws: FinanceError.jointCandidates) { try SpendingFacts(electorate: 10, jointCandidates: 0).validated() }
    }
}

@Suite struct FinanceCheckTests {
    typealias F = Fixture
    static let today = F.day("2026-11-25")

    @Test func listsEveryOpenObligationSoonestFirst() {
        let individual = Donor(id: DonorID(rawValue: 1), details: DonorDetails(kind: .individual, name: "A"))
        let foreign = Donor(id: DonorID(rawValue: 2), details: DonorDetails(kind: .impermissible, name: "B"))
        let pending = Donation(
            id: DonationID(rawValue: 1), details: NewDonation(donor: individual.id, amount: F.pounds("750"), received: F.day("2026-11-20")))
        let foreignGift = Donation(
            id: DonationID(rawValue: 2), details: NewDonation(donor: foreign.id, amount: F.pounds("900"), received: F.day("2026-10-20")))
        let small = Donation(
            id: DonationID(rawValue: 3), details: NewDonation(donor: individual.id, amount: F.pounds("500"), received: F.day("2026-11-20")))
        let big = F.accepted(4, donor: 1, "12000", received: "2026-07-01", accepted: "2026-07-03")
        let book = FinanceBook(
            donors: [individual, foreign], donations: [pending, foreignGift, small, big],
            filings: [Filing(kind: .quarterly, period: "2026Q1", filedOn: F.day("2026-04-20"))])
        let obligations = FinanceCheck.obligations(book, today: Self.today)
        let summary = obligations.map { "\($0.kind.rawValue) \($0.donation.map(String.init(describing:)) ?? $0.period ?? "") \($0.dueOn)" }
        #expect(summary == [
            "report 4 2026-10-30",
            "quarterly_report 2026Q3 2026-10-30",
            "return_impermissible 2 2026-11-19",
            "permissibility_check 1 2026-12-20",
            "quarterly_report 2026Q4 2027-01-30",
        ])
        #expect(obligations.first { $0.donation == DonationID(rawValue: 2) }?.kind == .returnImpermissible)
        #expect(obligations.first { $0.donation == DonationID(rawValue: 1) }?.kind == .permissibilityCheck)
        #expect(!obligations.contains { $0.donation == DonationID(rawValue: 3) })
        #expect(obligations.contains { $0.kind == .report && $0.donation == DonationID(rawValue: 4) && $0.dueOn == F.day("2026-10-30") })
        #expect(!obligations.contains { $0.period == "2026Q1" })
        #expect(obligations.map(\.dueOn) == obligations.map(\.dueOn).sorted())
    }

    @Test func filingTheQuarterClosesItsReports() {
        let big = F.accepted(1, "12000", received: "2026-07-01")
        let book = FinanceBook(
            donors: [Donor(id: DonorID(rawValue: 1), details: DonorDetails(kind: .company, name: "C", companyNumber: "1"))],
            donations: [big], filings: [Filing(kind: .quarterly, period: "2026Q3", filedOn: F.day("2026-10-20"))])
        let kinds = FinanceCheck.obligations(book, today: Self.today).map(\.kind)
        #expect(!kinds.contains(.report))
    }

    @Test func unpaidElectionInvoicesAreDueAWeekBeforeTheReturn() {
        var election = SpendingLimitTests.election(.local, .england, facts: nil)
        election.spendingReturnDue = F.day("2026-06-11")
        let expense = Expense(
            id: ExpenseID(rawValue: 1),
            details: NewExpense(
                kind: .candidate, election: election.id, category: .advertising, description: "Posters", amount: F.pounds("60"),
                incurred: F.day("2026-05-01")))
        let obligations = FinanceCheck.obligations(FinanceBook(expenses: [expense], elections: [election]), today: F.day("2026-05-10"))
        #expect(obligations.contains { $0.kind == .payInvoice && $0.dueOn == F.day("2026-06-04") })
        #expect(obligations.contains { $0.kind == .spendingReturn && $0.dueOn == F.day("2026-06-11") })
    }

    @Test func quarterlyReportIsNilWhenNothingIsReportable() {
        let report = DonationReports.quarterly(FinanceBook(), quarter: Quarter(year: 2026, number: 1) ?? Quarter(containing: Self.today))
        #expect(report.isNil)
        #expect(report.rows.isEmpty)
        #expect(report.form.contains("RP10Q"))
    }
}
