internal import GRDB
import Elections
import Finance
import RosetteCore

/// One row of `expense`. Internal: the rest of Rosette sees `Expense`.
struct ExpenseRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "expense"

    var id: Int64?
    var spendingKind: String
    var electionId: Int64?
    var accountingUnitId: Int64?
    var category: String
    var description: String
    var amountPence: Int
    var incurredOn: String
    var invoiceReceivedOn: String?
    var paidOn: String?
    var createdAt: String
    var updatedAt: String
    /// Entered by mistake (v0008): kept for the audit trail, left out of the book.
    var voidedOn: String?
    var voidReason: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ details: NewExpense, now: String) {
        spendingKind = details.kind.rawValue
        electionId = details.election?.rawValue
        accountingUnitId = details.unit?.rawValue
        category = details.category.rawValue
        description = details.description
        amountPence = details.amount.value
        incurredOn = details.incurred.iso
        invoiceReceivedOn = details.invoiceReceived?.iso
        paidOn = details.paid?.iso
        createdAt = now
        updatedAt = now
    }

    func expense() throws -> Expense {
        guard let id else { throw StoredDataError(kind: "expense", id: 0, field: "id") }
        func required<T>(_ field: String, _ value: T?) throws -> T {
            guard let value else { throw StoredDataError(kind: "expense", id: id, field: field) }
            return value
        }
        let details = NewExpense(
            kind: try required("spendingKind", SpendingKind(rawValue: spendingKind)),
            election: electionId.map(ElectionID.init(rawValue:)), unit: accountingUnitId.map(AccountingUnitID.init(rawValue:)),
            category: try required("category", ExpenseCategory(rawValue: category)), description: description,
            amount: Pence(amountPence), incurred: try required("incurredOn", CalendarDate(iso: incurredOn)),
            invoiceReceived: try invoiceReceivedOn.map { try required("invoiceReceivedOn", CalendarDate(iso: $0)) },
            paid: try paidOn.map { try required("paidOn", CalendarDate(iso: $0)) })
        return Expense(id: ExpenseID(rawValue: id), details: details)
    }
}

/// One row of `electionSpending`.
struct ElectionSpendingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "electionSpending"

    var electionId: Int64
    var electorate: Int
    var county: Bool
    var jointCandidates: Int
    var limitOverridePence: Int?
    var overrideSource: String?
    var updatedAt: String

    var facts: SpendingFacts {
        SpendingFacts(
            electorate: electorate, county: county, jointCandidates: jointCandidates,
            limitOverride: limitOverridePence.map(Pence.init), overrideSource: overrideSource)
    }
}
