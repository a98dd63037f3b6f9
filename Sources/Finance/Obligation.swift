public import Elections
public import RosetteCore

/// What has to be done. Raw values are the `obligation` key of `finance check --json`.
public enum ObligationKind: String, CaseIterable, Sendable, Codable {
    /// Check the donor is permissible and accept or return the donation.
    case permissibilityCheck = "permissibility_check"
    /// Send back a donation from an impermissible source.
    case returnImpermissible = "return_impermissible"
    /// Put a reportable (or returned impermissible) donation on its quarterly report.
    case report
    /// File the quarterly donations report (a nil report when there is nothing to report).
    case quarterlyReport = "quarterly_report"
    /// File the annual statement of accounts.
    case annualAccounts = "annual_accounts"
    /// Deliver the candidate's spending return for an election.
    case spendingReturn = "spending_return"
    /// Pay an election invoice in time for the return.
    case payInvoice = "pay_invoice"
}

/// One open obligation with its deadline.
public struct Obligation: Sendable, Hashable {
    public let kind: ObligationKind
    public let dueOn: CalendarDate
    public let title: String
    public let donation: DonationID?
    public let election: ElectionID?
    public let expense: ExpenseID?
    /// The report period (`2026Q1`, `2026`) for filings.
    public let period: String?
    public let provisional: Bool
    public let source: String

    public init(
        kind: ObligationKind, dueOn: CalendarDate, title: String, donation: DonationID? = nil,
        election: ElectionID? = nil, expense: ExpenseID? = nil, period: String? = nil, provisional: Bool = false,
        source: String
    ) {
        self.kind = kind
        self.dueOn = dueOn
        self.title = title
        self.donation = donation
        self.election = election
        self.expense = expense
        self.period = period
        self.provisional = provisional
        self.source = source
    }
}
