import Finance
import RosetteCore
import Testing

@Suite struct DonationRulesTests {
    typealias F = Fixture

    /// 30 calendar days from receipt, never moved off a weekend.
    @Test(arguments: [
        ("2026-01-02", "2026-02-01", Weekday.sunday),  // received Friday, due Sunday
        ("2026-01-03", "2026-02-02", Weekday.monday),  // received Saturday
        ("2026-12-02", "2027-01-01", Weekday.friday),  // across the year end and a bank holiday
        ("2024-02-01", "2024-03-02", Weekday.saturday),  // leap year
    ])
    func decisionDueIsThirtyCalendarDays(_ received: String, _ due: String, _ weekday: Weekday) {
        let donation = Donation(
            id: DonationID(rawValue: 1), details: NewDonation(donor: DonorID(rawValue: 1), amount: F.pounds("600"), received: F.day(received)))
        #expect(donation.decisionDue == F.day(due))
        #expect(donation.decisionDue.weekday == weekday)
    }

    @Test(arguments: [("500.00", false), ("500.01", true), ("0.01", false), ("12000", true)])
    func donationThresholdIsStrictlyOverFiveHundred(_ amount: String, _ over: Bool) {
        let book = FinanceBook()
        let donation = Donation(
            id: DonationID(rawValue: 1), details: NewDonation(donor: DonorID(rawValue: 1), amount: F.pounds(amount), received: F.day("2026-05-01")))
        #expect(book.isOverThreshold(donation) == over)
    }

    @Test func badDonationsAreRefused() {
        let today = F.day("2026-11-25")
        #expect(throws: FinanceError.amountNotPositive) {
            try NewDonation(donor: DonorID(rawValue: 1), amount: .zero, received: today).validated(today: today)
        }
        #expect(throws: FinanceError.dateInFuture(field: "received", date: F.day("2026-11-26"), today: today)) {
            try NewDonation(donor: DonorID(rawValue: 1), amount: F.pounds("10"), received: F.day("2026-11-26")).validated(today: today)
        }
        #expect(throws: InvalidInput.self) {
            try NewDonation(donor: DonorID(rawValue: 1), amount: F.pounds("10"), form: .inKind(nature: " "), received: today)
                .validated(today: today)
        }
        #expect(throws: FinanceError.companyNumberRequired) { try DonorDetails(kind: .company, name: "X").validated() }
    }

    @Test func decisionsKeepTheRules() throws {
        let today = F.day("2026-11-25")
        let donation = Donation(
            id: DonationID(rawValue: 4), details: NewDonation(donor: DonorID(rawValue: 2), amount: F.pounds("900"), received: F.day("2026-11-01")))
        let unchecked = Donor(id: DonorID(rawValue: 2), details: DonorDetails(kind: .individual, name: "A"))
        let foreign = Donor(id: DonorID(rawValue: 2), details: DonorDetails(kind: .impermissible, name: "B"))
        var checked = unchecked
        checked.details.registerCheck = RegisterCheck(checkedOn: F.day("2026-11-02"), evidence: "register")
        #expect(throws: FinanceError.noRegisterCheck(donation: DonationID(rawValue: 4), donor: DonorID(rawValue: 2))) {
            try donation.deciding(.accepted(on: today), donor: unchecked, today: today)
        }
        #expect(throws: FinanceError.impermissibleSource(DonationID(rawValue: 4))) {
            try donation.deciding(.accepted(on: today), donor: foreign, today: today)
        }
        #expect(throws: FinanceError.decisionBeforeReceipt(DonationID(rawValue: 4))) {
            try donation.deciding(.accepted(on: F.day("2026-10-31")), donor: checked, today: today)
        }
        let accepted = try donation.deciding(.accepted(on: today), donor: checked, today: today)
        #expect(accepted.acceptedOn == today)
        #expect(throws: FinanceError.alreadyDecided(DonationID(rawValue: 4))) {
            try accepted.deciding(.returned(on: today, method: "cheque"), donor: checked, today: today)
        }
        #expect(try donation.deciding(.returned(on: today, method: "cheque"), donor: foreign, today: today).returnedOn == today)
    }

    @Test(arguments: [
        ("2026Q1", "2026-01-01", "2026-03-31", "2026-04-30"),
        ("2026q2", "2026-04-01", "2026-06-30", "2026-07-30"),
        ("2026Q3", "2026-07-01", "2026-09-30", "2026-10-30"),
        ("2026Q4", "2026-10-01", "2026-12-31", "2027-01-30"),
    ])
    func quartersAndTheirReportDates(_ text: String, _ first: String, _ last: String, _ due: String) throws {
        let quarter = try Quarter(parsing: text)
        #expect(quarter.firstDay == F.day(first))
        #expect(quarter.lastDay == F.day(last))
        #expect(quarter.reportDue == F.day(due))
    }

    @Test(arguments: ["2026Q5", "2026-Q1", "Q1", "26Q1", "", "2026Q0"])
    func badQuartersAreRefused(_ text: String) {
        #expect(throws: FinanceError.badQuarter(text)) { try Quarter(parsing: text) }
    }
}
