public import Elections
public import RosetteCore

/// A membership dues payment, as the members module records it, with the member's branch.
/// Membership fees are income for the statement of accounts, not donations.
public struct DuesIncome: Sendable, Hashable {
    public var paidOn: CalendarDate
    public var amount: Pence
    /// `nil` when the member has no branch.
    public var branch: String?

    public init(paidOn: CalendarDate, amount: Pence, branch: String?) {
        self.paidOn = paidOn
        self.amount = amount
        self.branch = branch
    }
}

/// Reports the treasurer files with the Electoral Commission. Raw values are stable keys.
public enum FilingKind: String, CaseIterable, Sendable, Codable {
    /// The quarterly donations report (forms RP10Q..., PEF Online); period `2026Q1`.
    case quarterly
    /// The annual statement of accounts; period `2026`.
    case annual
}

/// A report the treasurer says was filed.
public struct Filing: Sendable, Hashable {
    public var kind: FilingKind
    public var period: String
    public var filedOn: CalendarDate

    public init(kind: FilingKind, period: String, filedOn: CalendarDate) {
        self.kind = kind
        self.period = period
        self.filedOn = filedOn
    }

    /// Checks the period's shape: `2026Q1` for a quarterly report, `2026` for accounts.
    public static func validatedPeriod(_ text: String, kind: FilingKind) throws -> String {
        switch kind {
        case .quarterly:
            do { return try Quarter(parsing: text).description } catch { throw FinanceError.badPeriod(text) }
        case .annual:
            guard text.count == 4, let year = Int(text), year >= 1 else { throw FinanceError.badPeriod(text) }
            return String(year)
        }
    }
}

/// Everything the treasurer's rules look at, loaded at once (a small party's books are a few
/// thousand rows). Every check and report is a pure function of a book and a day.
public struct FinanceBook: Sendable {
    public var units: [AccountingUnit]
    public var donors: [Donor]
    public var donations: [Donation]
    public var expenses: [Expense]
    public var elections: [ElectionFinance]
    public var dues: [DuesIncome]
    public var filings: [Filing]
    public var figures: FinanceFigures

    public init(
        units: [AccountingUnit] = [], donors: [Donor] = [], donations: [Donation] = [], expenses: [Expense] = [],
        elections: [ElectionFinance] = [], dues: [DuesIncome] = [], filings: [Filing] = [],
        figures: FinanceFigures = .shipped
    ) {
        self.units = units
        self.donors = donors
        self.donations = donations
        self.expenses = expenses
        self.elections = elections
        self.dues = dues
        self.filings = filings
        self.figures = figures
    }

    /// Refuses a book holding an amount or electorate past `FinanceBounds` (only possible for a
    /// row written into the database by hand), naming the record, so no report traps on overflow.
    public func validated() throws(FinanceError) -> FinanceBook {
        for donation in donations where !FinanceBounds.isStorable(donation.amount) {
            throw .storedValueOutOfRange(record: "donation", id: donation.id.rawValue, field: "amount")
        }
        for expense in expenses where !FinanceBounds.isStorable(expense.details.amount) {
            throw .storedValueOutOfRange(record: "expense", id: expense.id.rawValue, field: "amount")
        }
        for election in elections {
            guard let facts = election.facts else { continue }
            if !FinanceBounds.electorate.contains(facts.electorate) {
                throw .storedValueOutOfRange(record: "election", id: election.id.rawValue, field: "electorate")
            }
            if let limit = facts.limitOverride, !FinanceBounds.isStorable(limit) {
                throw .storedValueOutOfRange(record: "election", id: election.id.rawValue, field: "spending limit")
            }
        }
        return self
    }

    public func donor(_ id: DonorID) -> Donor? { donors.first { $0.id == id } }
    public func unit(_ id: AccountingUnitID?) -> AccountingUnit? { id.flatMap { id in units.first { $0.id == id } } }
    public func election(_ id: ElectionID?) -> ElectionFinance? { id.flatMap { id in elections.first { $0.id == id } } }

    public func isFiled(_ kind: FilingKind, _ period: String) -> Bool {
        filings.contains { $0.kind == kind && $0.period == period }
    }

    /// The name of the part of the party a record belongs to.
    public func unitName(_ id: AccountingUnitID?) -> String { unit(id)?.name ?? "Central party" }

    /// A donation is over the donation threshold in force on its day of receipt: a donation
    /// under PPERA that must be checked and recorded.
    public func isOverThreshold(_ donation: Donation) -> Bool {
        donation.amount > figures.figure(.donationThreshold, on: donation.received).amount
    }

    /// Candidate spending that counts against an election's limit.
    public func spentAgainstLimit(_ election: ElectionID) -> Pence {
        expenses.filter { $0.details.election == election && $0.details.countsAgainstLimit }
            .reduce(.zero) { $0 + $1.details.amount }
    }

    /// Income in a calendar year: accepted donations plus membership dues.
    public func income(in year: Int) -> Pence {
        let donated = donations.filter { $0.acceptedOn?.year == year }.reduce(Pence.zero) { $0 + $1.amount }
        return donated + dues.filter { $0.paidOn.year == year }.reduce(.zero) { $0 + $1.amount }
    }

    /// Spending in a calendar year, by the day it was incurred.
    public func spending(in year: Int) -> Pence {
        expenses.filter { $0.details.incurred.year == year }.reduce(.zero) { $0 + $1.details.amount }
    }
}
