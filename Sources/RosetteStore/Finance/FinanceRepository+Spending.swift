internal import GRDB
public import Elections
public import Finance
public import RosetteCore

extension FinanceRepository {
    // MARK: - Database Access: Writes

    /// Records an expense, checking that its election and unit exist.
    public func addExpense(_ details: NewExpense, today: CalendarDate) throws -> Expense {
        let checked = try details.validated(today: today)
        return try database.dbWriter.write { db in
            if let election = checked.election, try !ElectionRecord.exists(db, key: election.rawValue) {
                throw ElectionsStoreError.notFound(election)
            }
            if let unit = checked.unit, try !AccountingUnitRecord.exists(db, key: unit.rawValue) {
                throw FinanceError.unitNotFound(unit)
            }
            var record = ExpenseRecord(checked, now: Timestamp.now())
            try record.insert(db)
            try AuditLog.record(
                db, actor: actor, kind: "expense", id: record.id ?? db.lastInsertedRowID, action: .create,
                fields: ["spending_kind", "category", "description", "amount_pence", "incurred_on"])
            return try record.expense()
        }
    }

    /// Records that an expense was paid.
    public func pay(_ id: ExpenseID, on day: CalendarDate, today: CalendarDate) throws -> Expense {
        if day > today { throw FinanceError.dateInFuture(field: "paid", date: day, today: today) }
        return try database.dbWriter.write { db in
            guard var record = try ExpenseRecord.fetchOne(db, key: id.rawValue) else { throw FinanceError.expenseNotFound(id) }
            if record.voidedOn != nil { throw FinanceError.alreadyVoided("expense", id.rawValue) }
            if record.paidOn != nil { throw FinanceError.alreadyPaid(id) }
            if day.iso < record.incurredOn { throw FinanceError.paidBeforeIncurred(id) }
            record.paidOn = day.iso
            record.updatedAt = Timestamp.now()
            try record.update(db)
            try AuditLog.record(db, actor: actor, kind: "expense", id: id.rawValue, action: .update, fields: ["paid_on"])
            return try record.expense()
        }
    }

    /// Stores the facts a candidate's spending limit is worked out from. A limit entered earlier
    /// is kept unless `facts` carries a new one or `clearingLimit` (`SpendingFacts.keepingLimit`).
    /// Returns the facts as stored.
    @discardableResult
    public func setSpendingFacts(_ facts: SpendingFacts, for election: ElectionID, clearingLimit: Bool = false) throws
        -> SpendingFacts
    {
        _ = try facts.validated()
        return try database.dbWriter.write { db in
            guard try ElectionRecord.exists(db, key: election.rawValue) else { throw ElectionsStoreError.notFound(election) }
            let previous = try ElectionSpendingRecord.fetchOne(db, key: election.rawValue)?.facts
            let checked = facts.keepingLimit(of: previous, clearingLimit: clearingLimit)
            let record = ElectionSpendingRecord(
                electionId: election.rawValue, electorate: checked.electorate, county: checked.county,
                jointCandidates: checked.jointCandidates, limitOverridePence: checked.limitOverride?.value,
                overrideSource: checked.overrideSource, updatedAt: Timestamp.now())
            try record.save(db)
            try AuditLog.record(
                db, actor: actor, kind: "electionSpending", id: election.rawValue, action: .update,
                fields: ["electorate", "county", "joint_candidates"]
                    + (facts.limitOverride == nil && !clearingLimit ? [] : ["limit_override_pence"]))
            return checked
        }
    }

    // MARK: - Database Access: Reads

    /// Every expense not voided, in order of incurring.
    public func expenses() throws -> [Expense] {
        try database.dbWriter.read { db in
            try ExpenseRecord.filter(Column("voidedOn") == nil).order(Column("incurredOn"), Column("id")).fetchAll(db)
                .map { try $0.expense() }
        }
    }

    /// Membership dues payments with the paying member's branch, from the members module.
    public func duesIncome() throws -> [DuesIncome] {
        try database.dbWriter.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT duesPayment.id, duesPayment.paidOn, duesPayment.amountPence, member.branch
                    FROM duesPayment JOIN member ON member.id = duesPayment.memberId
                    ORDER BY duesPayment.paidOn, duesPayment.id
                    """
            ).compactMap { row in
                let paidOn: String = row["paidOn"]
                guard let day = CalendarDate(iso: paidOn) else { return nil }
                let amount = Pence(row["amountPence"])
                // Summed in every report: refuse a hand-written amount past the book's bounds.
                if amount.value < 0 || amount > FinanceBounds.maximumItem {
                    throw FinanceError.storedValueOutOfRange(record: "dues payment", id: row["id"], field: "amount")
                }
                return DuesIncome(paidOn: day, amount: amount, branch: row["branch"])
            }
        }
    }

    /// Every election with its spending facts and its spending-return deadline (from the
    /// timetable engine, `DeadlineKey.spendingReturn`) and whether that form is done.
    public func electionFinances() throws -> [ElectionFinance] {
        let elections = ElectionRepository(database, actor: actor)
        let facts = try database.dbWriter.read { db in
            Dictionary(uniqueKeysWithValues: try ElectionSpendingRecord.fetchAll(db).map { ($0.electionId, $0.facts) })
        }
        return try elections.list(includeCancelled: true).map { election in
            var finance = ElectionFinance(
                id: election.id, name: election.details.name, kind: election.details.kind, nation: election.details.nation,
                isGeneralElection: election.details.timetableRequest().isGeneralElection, pollDate: election.details.pollDate,
                cancelled: election.cancelledOn != nil, facts: facts[election.id.rawValue])
            if election.cancelledOn == nil {
                let dossier = try elections.dossier(election.id)
                let form = dossier.checklist.first { $0.requirement.kind == .spendingReturn }
                let deadline = dossier.timetable[.spendingReturn]
                finance.spendingReturnDue = form?.requirement.dueDate ?? deadline?.date
                finance.spendingReturnProvisional = form?.requirement.provisional ?? deadline?.provisional ?? false
                finance.spendingReturnDone = form?.status.isDone ?? false
            }
            return finance
        }
    }

    /// The whole book, for checks and reports, refused (naming the record) if a hand-written row
    /// holds an amount the reports could not add up (`FinanceBook.validated`).
    public func book() throws -> FinanceBook {
        try FinanceBook(
            units: try units(), donors: try donors(), donations: try donations(), expenses: try expenses(),
            elections: try electionFinances(), dues: try duesIncome(), filings: try filings()
        ).validated()
    }
}
