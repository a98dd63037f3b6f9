import Finance
import RosetteCore
import Testing

@Suite struct ReportabilityTests {
    typealias F = Fixture

    /// A single central donation: reportable only when strictly over the central threshold.
    @Test(arguments: [
        ("11180.00", "2026-03-02", false),  // exactly at £11,180: not over
        ("11180.01", "2026-03-02", true),  // one penny over
        ("7500.00", "2023-06-01", false),  // exactly at the old £7,500
        ("7500.01", "2023-06-01", true),
        ("8000.00", "2023-12-31", true),  // old threshold still in force on 31 Dec 2023
        ("8000.00", "2024-01-01", false),  // new threshold from 1 Jan 2024
    ])
    func centralThresholdEdges(_ amount: String, _ day: String, _ reportable: Bool) {
        let result = Reportability.evaluate([F.accepted(1, amount, received: day)])
        #expect((result[DonationID(rawValue: 1)] != nil) == reportable)
    }

    @Test(arguments: [("2230.00", false), ("2230.01", true)])
    func unitThresholdEdges(_ second: String, _ reportable: Bool) {
        let first = F.accepted(1, unit: 1, "1000.00", received: "2026-02-02")
        let result = Reportability.evaluate([first, F.accepted(2, unit: 1, (F.pounds(second) - F.pounds("1000")).plainPounds, received: "2026-05-05")])
        #expect((result[DonationID(rawValue: 1)] != nil) == reportable)
        #expect((result[DonationID(rawValue: 2)] != nil) == reportable)
        if reportable {
            #expect(result[DonationID(rawValue: 1)]?.quarter == Quarter(year: 2026, number: 2))
            #expect(result[DonationID(rawValue: 1)]?.level == .accountingUnit)
            #expect(result[DonationID(rawValue: 1)]?.aggregated == true)
        }
    }

    @Test func aggregationResetsEachCalendarYear() {
        let split = [F.accepted(1, "6000", received: "2025-12-10"), F.accepted(2, "6000", received: "2026-01-10")]
        #expect(Reportability.evaluate(split).isEmpty)
        let same = [F.accepted(1, "6000", received: "2026-01-10"), F.accepted(2, "6000", received: "2026-11-10")]
        let result = Reportability.evaluate(same)
        #expect(result.count == 2)
        #expect(result[DonationID(rawValue: 1)]?.quarter == Quarter(year: 2026, number: 4))
    }

    /// EC "Grouping benefits" example 4: small gifts to many units add up at central level.
    @Test func smallGiftsToManyUnitsAddUpCentrally() {
        let gifts = (1...12).map { F.accepted(Int64($0), unit: Int64($0), "1000", received: "2026-0\(($0 - 1) / 2 + 1)-1\($0 % 2)") }
        let result = Reportability.evaluate(gifts)
        #expect(result.count == 12)
        #expect(result.values.allSatisfy { $0.level == .central })
        #expect(Reportability.evaluate(Array(gifts.prefix(11))).isEmpty)
    }

    @Test(arguments: [("2230.00", false), ("2230.01", true)])
    func laterGroupsInTheYearUseTheLowerThreshold(_ later: String, _ reportable: Bool) {
        let donations = [F.accepted(1, "11200", received: "2026-01-10"), F.accepted(2, later, received: "2026-06-10")]
        let result = Reportability.evaluate(donations)
        #expect(result[DonationID(rawValue: 1)] != nil)
        #expect((result[DonationID(rawValue: 2)] != nil) == reportable)
    }

    @Test func giftsOfFivePoundsHundredOrLessNeverCount() {
        let gifts = (1...30).map { F.accepted(Int64($0), "500.00", received: "2026-03-0\($0 % 9 + 1)") }
        #expect(Reportability.evaluate(gifts).isEmpty)
    }

    @Test func returnedImpermissibleDonationsAreReportedInTheQuarterReceived() {
        let returned = Donation(
            id: DonationID(rawValue: 1),
            details: NewDonation(donor: DonorID(rawValue: 9), amount: F.pounds("600"), received: F.day("2026-03-30")),
            decision: .returned(on: F.day("2026-04-10"), method: "to the payer"))
        let result = Reportability.evaluate([returned])
        #expect(result[DonationID(rawValue: 1)]?.impermissible == true)
        #expect(result[DonationID(rawValue: 1)]?.quarter == Quarter(year: 2026, number: 1))
    }

    @Test func penceAreAddedExactly() {
        // 3 × £3,726.67 = £11,180.01: over by one penny, with no rounding anywhere.
        let gifts = (1...3).map { F.accepted(Int64($0), "3726.67", received: "2026-0\($0)-15") }
        #expect(Reportability.evaluate(gifts).count == 3)
        let under = (1...3).map { F.accepted(Int64($0), "3726.66", received: "2026-0\($0)-15") }
        #expect(Reportability.evaluate(under).isEmpty)
    }
}
