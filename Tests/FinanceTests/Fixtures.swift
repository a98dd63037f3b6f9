import Finance
import RosetteCore

/// Small builders for the finance tests.
enum Fixture {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? .earliest }

    static func pounds(_ text: String) -> Pence { (try? Pence(parsing: text)) ?? .zero }

    /// An accepted cash donation.
    static func accepted(
        _ id: Int64, donor: Int64 = 1, unit: Int64? = nil, _ amount: String, received: String, accepted: String? = nil
    ) -> Donation {
        Donation(
            id: DonationID(rawValue: id),
            details: NewDonation(
                donor: DonorID(rawValue: donor), unit: unit.map(AccountingUnitID.init(rawValue:)), amount: pounds(amount),
                received: day(received)),
            decision: .accepted(on: day(accepted ?? received)))
    }
}
