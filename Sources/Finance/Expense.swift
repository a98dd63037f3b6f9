public import Elections
public import RosetteCore

/// Spending categories of the Electoral Commission's candidate spending return (advertising,
/// unsolicited material, transport, public meetings, agent and staff, accommodation and
/// administration) and of party campaign spending (market research, media, overheads).
public enum ExpenseCategory: String, CaseIterable, Sendable, Codable {
    case advertising
    case unsolicitedMaterial = "unsolicited-material"
    case transport
    case publicMeetings = "public-meetings"
    case agentAndStaff = "agent-and-staff"
    case accommodationAndAdministration = "accommodation-and-administration"
    case marketResearch = "market-research"
    case media
    case overheads
    /// Reasonable security costs, which do not count against a candidate's limit (SI 2024/428).
    case security
    case other
}

/// Whose spending it is, which decides the limit it counts against.
public enum SpendingKind: String, CaseIterable, Sendable, Codable {
    /// Candidate spending at one election: counts against that election's limit (RPA 1983 s.76).
    case candidate
    /// Party campaign spending (PPERA Part 5), not against a candidate's limit.
    case partyCampaign = "party-campaign"
    /// Running costs of the party.
    case general
}

/// An expense as entered.
public struct NewExpense: Sendable, Hashable {
    public var kind: SpendingKind
    public var election: ElectionID?
    public var unit: AccountingUnitID?
    public var category: ExpenseCategory
    public var description: String
    public var amount: Pence
    public var incurred: CalendarDate
    public var invoiceReceived: CalendarDate?
    public var paid: CalendarDate?

    public init(
        kind: SpendingKind, election: ElectionID? = nil, unit: AccountingUnitID? = nil, category: ExpenseCategory,
        description: String, amount: Pence, incurred: CalendarDate, invoiceReceived: CalendarDate? = nil,
        paid: CalendarDate? = nil
    ) {
        self.kind = kind
        self.election = election
        self.unit = unit
        self.category = category
        self.description = description
        self.amount = amount
        self.incurred = incurred
        self.invoiceReceived = invoiceReceived
        self.paid = paid
    }

    /// Refuses a zero or negative amount or one over `FinanceBounds.maximumItem`, dates after today, payment before the spending, and
    /// candidate spending with no election to count against.
    public func validated(today: CalendarDate) throws -> NewExpense {
        try FinanceBounds.check(amount, field: "the expense")
        var checked = self
        checked.description = description.trimmingWhitespace
        guard !checked.description.isEmpty else {
            throw InvalidInput(field: "description", value: description, expected: "what was bought")
        }
        if kind == .candidate, election == nil {
            throw InvalidInput(field: "election", value: "", expected: "--election ID for candidate spending")
        }
        for (field, date) in [("incurred", incurred), ("invoice", invoiceReceived), ("paid", paid)] {
            if let date, date > today { throw FinanceError.dateInFuture(field: field, date: date, today: today) }
        }
        if let paid, paid < incurred { throw FinanceError.paidBeforeIncurred(nil) }
        return checked
    }

    /// Counts against the candidate's limit: candidate spending that is not security.
    public var countsAgainstLimit: Bool { kind == .candidate && category != .security }
}

/// An expense as stored.
public struct Expense: Sendable, Hashable {
    public var id: ExpenseID
    public var details: NewExpense

    public init(id: ExpenseID, details: NewExpense) {
        self.id = id
        self.details = details
    }
}
