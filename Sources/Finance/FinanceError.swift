public import RosetteCore

/// Treasurer's-book failures a user can cause. Messages name records by id, never a donor's name.
public enum FinanceError: RosetteFailure, Equatable {
    case amountNotPositive
    case dateInFuture(field: String, date: CalendarDate, today: CalendarDate)
    case companyNumberRequired
    case alreadyDecided(DonationID)
    case impermissibleSource(DonationID)
    case noRegisterCheck(donation: DonationID, donor: DonorID)
    case decisionBeforeReceipt(DonationID)
    case donorNotFound(DonorID)
    case donationNotFound(DonationID)
    case unitNotFound(AccountingUnitID)
    case expenseNotFound(ExpenseID)
    case duplicateUnit
    case registerCheckForNonIndividual(DonorID)
    case badQuarter(String)
    case badPeriod(String)
    case electorateNotPositive
    case jointCandidates
    case paidBeforeIncurred(ExpenseID?)
    case alreadyPaid(ExpenseID)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .amountNotPositive: return "amount must be more than £0.00"
        case .dateInFuture(let field, let date, let today):
            return "\(field) date \(date) is after today (\(today)); record it when it has happened"
        case .companyNumberRequired:
            return "a company or LLP donor needs --company-number (its Companies House number) to show it is UK-registered"
        case .alreadyDecided(let id): return "donation \(id) has already been accepted or returned"
        case .impermissibleSource(let id):
            return "donation \(id) is from an impermissible source and cannot be accepted; return it within 30 days of receipt"
        case .noRegisterCheck(let donation, let donor):
            return "donation \(donation) cannot be accepted: donor \(donor) has no electoral-register check on record "
                + "(rosette finance donors check \(donor) --on DATE --evidence TEXT)"
        case .decisionBeforeReceipt(let id): return "donation \(id) cannot be accepted or returned before it was received"
        case .donorNotFound(let id): return "there is no donor \(id)"
        case .donationNotFound(let id): return "there is no donation \(id)"
        case .unitNotFound(let id): return "there is no accounting unit \(id)"
        case .expenseNotFound(let id): return "there is no expense \(id)"
        case .duplicateUnit: return "there is already an accounting unit with that name"
        case .registerCheckForNonIndividual(let id):
            return "donor \(id) is not an individual; the electoral-register check is for individuals"
        case .badQuarter(let text): return "quarter \(text) is not valid: expected a year and quarter such as 2026Q1"
        case .badPeriod(let text): return "period \(text) is not valid: expected 2026Q1 for a quarterly report or 2026 for accounts"
        case .electorateNotPositive: return "the number of electors must be more than 0"
        case .jointCandidates: return "joint candidates must be 1 (no joint candidature) or more"
        case .paidBeforeIncurred(let id):
            return (id.map { "expense \($0)" } ?? "the expense") + " cannot be paid before it was incurred"
        case .alreadyPaid(let id): return "expense \(id) is already paid"
        }
    }
}
