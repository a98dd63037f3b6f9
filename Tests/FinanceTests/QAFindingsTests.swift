import Elections
import Finance
import RosetteCore
import Testing

/// Regressions for the QA findings on the treasurer's book: bounded amounts and electorates,
/// a kept treasurer's limit, declined gifts, the register check for the day of receipt.
@Suite struct QAFindingsTests {
    typealias F = Fixture
    static let today = F.day("2026-11-25")

    @Test(arguments: [
        (1_000_000_000, true), (1_000_000_001, false), (Int.max, false), (1, true),
    ])
    func oneItemIsAtMostTenMillionPounds(_ pence: Int, _ allowed: Bool) {
        let donation = NewDonation(donor: DonorID(rawValue: 1), amount: Pence(pence), received: Self.today)
        let expense = NewExpense(kind: .general, category: .other, description: "x", amount: Pence(pence), incurred: Self.today)
        #expect(((try? donation.validated(today: Self.today)) != nil) == allowed)
        #expect(((try? expense.validated(today: Self.today)) != nil) == allowed)
        if !allowed {
            #expect(throws: FinanceError.amountTooLarge(field: "the donation")) { try donation.validated(today: Self.today) }
        }
    }

    @Test(arguments: [
        (1, true), (10_000_000, true), (10_000_001, false), (99_999_999_999_999, false),
        (1_152_921_504_606_846_976, false), (Int.max, false),
    ])
    func electorateIsInRange(_ electorate: Int, _ allowed: Bool) {
        #expect(((try? SpendingFacts(electorate: electorate).validated()) != nil) == allowed)
    }

    /// A stored electorate past the range (written by hand) gives no limit rather than a trap.
    @Test(arguments: [Int.max, 1_152_921_504_606_846_976, 99_999_999_999_999])
    func hugeStoredElectorateDoesNotTrap(_ electorate: Int) {
        let election = ElectionFinance(
            id: ElectionID(rawValue: 1), name: "x", kind: .local, nation: .england, isGeneralElection: false,
            pollDate: F.day("2026-05-07"), facts: SpendingFacts(electorate: electorate))
        #expect(SpendingLimits.limit(for: election).amount == nil)
        #expect(throws: FinanceError.storedValueOutOfRange(record: "election", id: 1, field: "electorate")) {
            try FinanceBook(elections: [election]).validated()
        }
    }

    /// A donation or expense of Int.max pence written into the database by hand is refused, by
    /// id, when the book is read, so no report adds it up.
    @Test func handWrittenHugeAmountsAreRefusedByID() {
        let huge = Donation(
            id: DonationID(rawValue: 12),
            details: NewDonation(donor: DonorID(rawValue: 8), amount: Pence(Int.max), received: Self.today))
        let book = FinanceBook(donations: [F.accepted(1, "600", received: "2026-11-01"), huge])
        #expect(throws: FinanceError.storedValueOutOfRange(record: "donation", id: 12, field: "amount")) {
            try book.validated()
        }
        let expense = Expense(
            id: ExpenseID(rawValue: 3),
            details: NewExpense(kind: .general, category: .other, description: "x", amount: Pence(Int.max), incurred: Self.today))
        #expect(throws: FinanceError.storedValueOutOfRange(record: "expense", id: 3, field: "amount")) {
            try FinanceBook(expenses: [expense]).validated()
        }
    }

    /// (entered limit, earlier limit, clearing, kept limit).
    @Test(arguments: [
        (nil, 172_500, false, 172_500), (200_000, 172_500, false, 200_000), (nil, 172_500, true, nil),
        (nil, nil, false, nil),
    ] as [(Int?, Int?, Bool, Int?)])
    func changingTheElectorateKeepsTheEnteredLimit(_ entered: Int?, _ earlier: Int?, _ clearing: Bool, _ kept: Int?) {
        let previous = SpendingFacts(electorate: 7_200, limitOverride: earlier.map(Pence.init), overrideSource: "RO")
        let merged = SpendingFacts(electorate: 7_700, limitOverride: entered.map(Pence.init))
            .keepingLimit(of: previous, clearingLimit: clearing)
        #expect(merged.limitOverride == kept.map(Pence.init))
        #expect(merged.electorate == 7_700)
    }

    static func individual(checkedOn: String?) -> Donor {
        Donor(
            id: DonorID(rawValue: 2),
            details: DonorDetails(
                kind: .individual, name: "A", registerCheck: checkedOn.map { RegisterCheck(checkedOn: F.day($0), evidence: "r") }))
    }

    static let received = Donation(
        id: DonationID(rawValue: 4), details: NewDonation(donor: DonorID(rawValue: 2), amount: F.pounds("900"), received: F.day("2026-11-01")))

    /// (register check, accepted on, allowed): from 31 days before receipt to the acceptance.
    @Test(arguments: [
        ("2026-10-01", "2026-11-05", true), ("2026-09-30", "2026-11-05", false), ("2025-01-03", "2026-11-05", false),
        ("2026-11-03", "2026-11-05", true), ("2026-11-05", "2026-11-05", true), ("2026-11-06", "2026-11-05", false),
    ])
    func registerCheckMustShowTheDayOfReceipt(_ checked: String, _ acceptedOn: String, _ allowed: Bool) {
        let outcome = try? Self.received.deciding(
            .accepted(on: F.day(acceptedOn)), donor: Self.individual(checkedOn: checked), today: Self.today)
        #expect((outcome != nil) == allowed)
    }

    @Test func aPermissibleGiftSentBackIsDeclinedNotReturned() throws {
        let onRegister = Self.individual(checkedOn: "2026-11-02")
        let day = F.day("2026-11-10")
        #expect(throws: FinanceError.returnFromPermissibleDonor(donation: DonationID(rawValue: 4), donor: DonorID(rawValue: 2))) {
            try Self.received.deciding(.returned(on: day, method: "cheque"), donor: onRegister, today: Self.today)
        }
        let declined = try Self.received.deciding(.declined(on: day, method: "cheque"), donor: onRegister, today: Self.today)
        #expect(declined.decision?.status == "declined")
        #expect(declined.returnedOn == nil)
        let foreign = Donor(id: DonorID(rawValue: 2), details: DonorDetails(kind: .impermissible, name: "B"))
        #expect(throws: FinanceError.declineFromImpermissibleDonor(donation: DonationID(rawValue: 4), donor: DonorID(rawValue: 2))) {
            try Self.received.deciding(.declined(on: day, method: "cheque"), donor: foreign, today: Self.today)
        }
        // An individual never checked may be unidentifiable: returned (and reported), not declined.
        let unchecked = Self.individual(checkedOn: nil)
        #expect(try Self.received.deciding(.returned(on: day, method: "cheque"), donor: unchecked, today: Self.today).returnedOn == day)
    }

    @Test func aDeclinedGiftIsNotReported() {
        var declined = Self.received
        declined.details.amount = F.pounds("20000")
        declined.decision = .declined(on: F.day("2026-11-10"), method: "cheque")
        var returned = declined
        returned.id = DonationID(rawValue: 5)
        returned.decision = .returned(on: F.day("2026-11-10"), method: "cheque")
        let reportable = Reportability.evaluate([declined, returned])
        #expect(reportable[declined.id] == nil)
        #expect(reportable[returned.id]?.impermissible == true)
    }

    @Test(arguments: [("2026-12-01", false), ("2026-12-02", true)])
    func decidingAfterThirtyDaysIsLate(_ day: String, _ late: Bool) {
        #expect(Self.received.isLate(F.day(day)) == late)
    }

    @Test(arguments: [
        ("01234567", true), ("SC123456", true), ("oc301234", true), ("=1+2", false), ("1234567", false),
        ("SC1234567", false), ("S1234567", false), ("12 34 56 78", false),
    ])
    func companyNumbersAreCompaniesHouseNumbers(_ number: String, _ allowed: Bool) {
        let details = DonorDetails(kind: .company, name: "Co", companyNumber: number)
        #expect(((try? details.validated()) != nil) == allowed)
    }

    @Test(arguments: [("2026Q4", true), ("2027Q1", false), ("2020Q1", true)])
    func onlyQuartersThatHaveStartedAreReported(_ text: String, _ allowed: Bool) throws {
        let quarter = try Quarter(parsing: text)
        #expect(((try? quarter.started(by: Self.today)) != nil) == allowed)
    }
}
