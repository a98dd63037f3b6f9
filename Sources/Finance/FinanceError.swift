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
    case amountTooLarge(field: String)
    case electorateOutOfRange(Int)
    case storedValueOutOfRange(record: String, id: Int64, field: String)
    case registerCheckNotForReceipt(donation: DonationID, donor: DonorID, checkedOn: CalendarDate, received: CalendarDate)
    case returnFromPermissibleDonor(donation: DonationID, donor: DonorID)
    case declineFromImpermissibleDonor(donation: DonationID, donor: DonorID)
    case badCompanyNumber(String)
    case quarterInFuture(String, today: CalendarDate)
    case alreadyVoided(String, Int64)
    case voidReasonRequired

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
        case .amountTooLarge(let field):
            return "\(field) is over \(FinanceBounds.maximumItem), the most Rosette records as one item; "
                + "check for a typo, or split it as the paperwork does"
        case .electorateOutOfRange(let count):
            return "\(count) is not a usable number of electors (\(FinanceBounds.electorate.lowerBound) to "
                + "\(FinanceBounds.electorate.upperBound))"
        case .storedValueOutOfRange(let record, let id, let field):
            return "\(record) \(id) has a \(field) outside what Rosette can add up (over \(FinanceBounds.maximumItem) or "
                + "not positive); it was not entered through Rosette: correct or void it before running reports"
        case .registerCheckNotForReceipt(let donation, let donor, let checkedOn, let received):
            return "donation \(donation) cannot be accepted: donor \(donor)'s register check (\(checkedOn)) does not show the "
                + "register on the day it was received (\(received)); check again (rosette finance donors check \(donor) "
                + "--on DATE --evidence TEXT) between \(received.adding(days: -DonationRules.registerCheckLeadDays)) and the "
                + "day you accept"
        case .returnFromPermissibleDonor(let donation, let donor):
            return "donation \(donation) is from donor \(donor), who is on record as permissible; a gift you do not want "
                + "is declined, not returned as impermissible: rosette finance donations decline \(donation) --on DATE --method TEXT"
        case .declineFromImpermissibleDonor(let donation, let donor):
            return "donation \(donation) is from donor \(donor), an impermissible or unverified source: return it with "
                + "rosette finance donations return \(donation) (it goes on the quarterly report)"
        case .badCompanyNumber(let text):
            return "company number \"\(text)\" is not a Companies House number: 8 characters, all digits or two "
                + "letters and 6 digits (e.g. 01234567, SC123456)"
        case .quarterInFuture(let quarter, let today):
            return "quarter \(quarter) has not started yet (today is \(today)); there is nothing to report"
        case .alreadyVoided(let kind, let id): return "\(kind) \(id) is already void"
        case .voidReasonRequired: return "say why it is void with --reason (kept in the book for the audit trail)"
        }
    }
}
