import Elections
import Finance
import RosetteCore

/// `finance units ... --json`.
struct UnitJSON: Encodable {
    var id: Int64
    var name: String
    @Nullable var reference: String?

    init(_ unit: AccountingUnit) {
        id = unit.id.rawValue
        name = unit.name
        reference = unit.reference
    }
}

/// `finance donors ... --json`.
struct DonorJSON: Encodable {
    var id: Int64
    var kind: String
    var name: String
    @Nullable var address: String?
    @Nullable var companyNumber: String?
    @Nullable var registerCheckedOn: String?
    @Nullable var registerEvidence: String?
    var evidenceNeeded: String

    init(_ donor: Donor) {
        id = donor.id.rawValue
        kind = donor.details.kind.rawValue
        name = donor.details.name
        address = donor.details.address
        companyNumber = donor.details.companyNumber
        registerCheckedOn = donor.details.registerCheck?.checkedOn.iso
        registerEvidence = donor.details.registerCheck?.evidence
        evidenceNeeded = donor.details.kind.evidenceNeeded
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, name, address, companyNumber = "company_number", registerCheckedOn = "register_checked_on"
        case registerEvidence = "register_evidence", evidenceNeeded = "evidence_needed"
    }
}

/// `finance donations ... --json`.
struct DonationJSON: Encodable {
    var id: Int64
    var donorId: Int64
    @Nullable var accountingUnitId: Int64?
    var amountPence: Int
    var form: String
    @Nullable var nature: String?
    var receivedOn: String
    @Nullable var acceptedOn: String?
    @Nullable var returnedOn: String?
    @Nullable var returnMethod: String?
    /// `accepted`, `returned` (impermissible), `declined` (permissible, sent back), `to-decide`
    /// (over the threshold), `below-threshold`.
    var status: String
    @Nullable var decisionDue: String?
    @Nullable var reportQuarter: String?

    init(_ donation: Donation, book: FinanceBook) {
        id = donation.id.rawValue
        donorId = donation.donor.rawValue
        accountingUnitId = donation.details.unit?.rawValue
        amountPence = donation.amount.value
        form = donation.details.form.key
        if case .inKind(let what) = donation.details.form { nature = what }
        receivedOn = donation.received.iso
        acceptedOn = donation.acceptedOn?.iso
        if case .accepted = donation.decision {} else { returnedOn = donation.decision?.day.iso }
        returnMethod = donation.decision?.method
        let over = book.isOverThreshold(donation)
        status = donation.decision?.status ?? (over ? "to-decide" : "below-threshold")
        decisionDue = over ? donation.decisionDue.iso : nil
        reportQuarter = Reportability.evaluate(book.donations, figures: book.figures)[donation.id]?.quarter.description
    }

    enum CodingKeys: String, CodingKey {
        case id, donorId = "donor_id", accountingUnitId = "accounting_unit_id", amountPence = "amount_pence", form, nature
        case receivedOn = "received_on", acceptedOn = "accepted_on", returnedOn = "returned_on"
        case returnMethod = "return_method", status, decisionDue = "decision_due", reportQuarter = "report_quarter"
    }
}

/// `finance check --json`: one open obligation.
struct ObligationJSON: Encodable {
    @Nullable var donationId: Int64?
    @Nullable var electionId: Int64?
    @Nullable var expenseId: Int64?
    @Nullable var period: String?
    var obligation: String
    var dueOn: String
    var title: String
    var daysLeft: Int
    var overdue: Bool
    var provisional: Bool
    var source: String

    init(_ obligation: Obligation, today: CalendarDate) {
        donationId = obligation.donation?.rawValue
        electionId = obligation.election?.rawValue
        expenseId = obligation.expense?.rawValue
        period = obligation.period
        self.obligation = obligation.kind.rawValue
        dueOn = obligation.dueOn.iso
        title = obligation.title
        daysLeft = today.days(to: obligation.dueOn)
        overdue = obligation.dueOn < today
        provisional = obligation.provisional
        source = obligation.source
    }

    enum CodingKeys: String, CodingKey {
        case donationId = "donation_id", electionId = "election_id", expenseId = "expense_id", period, obligation
        case dueOn = "due_on", title, daysLeft = "days_left", overdue, provisional, source
    }
}
