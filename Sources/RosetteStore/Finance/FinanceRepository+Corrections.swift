internal import GRDB
public import Finance
public import RosetteCore

extension FinanceRepository {
    // MARK: - Database Access: Corrections

    /// Voids a donation entered by mistake (a mistyped amount, a duplicate): the row is kept with
    /// the day and the reason, so the audit trail still explains it, and it leaves the book
    /// (checks, deadlines and reports). One transaction.
    public func voidDonation(_ id: DonationID, reason: String, today: CalendarDate) throws {
        let why = try Self.voidReason(reason)
        try database.dbWriter.write { db in
            guard var record = try DonationRecord.fetchOne(db, key: id.rawValue) else { throw FinanceError.donationNotFound(id) }
            if record.voidedOn != nil { throw FinanceError.alreadyVoided("donation", id.rawValue) }
            record.voidedOn = today.iso
            record.voidReason = why
            record.updatedAt = Timestamp.now()
            try record.update(db)
            try AuditLog.record(
                db, actor: actor, kind: "donation", id: id.rawValue, action: .update, fields: ["voided_on", "void_reason"])
        }
    }

    /// Voids an expense entered by mistake, as `voidDonation` does.
    public func voidExpense(_ id: ExpenseID, reason: String, today: CalendarDate) throws {
        let why = try Self.voidReason(reason)
        try database.dbWriter.write { db in
            guard var record = try ExpenseRecord.fetchOne(db, key: id.rawValue) else { throw FinanceError.expenseNotFound(id) }
            if record.voidedOn != nil { throw FinanceError.alreadyVoided("expense", id.rawValue) }
            record.voidedOn = today.iso
            record.voidReason = why
            record.updatedAt = Timestamp.now()
            try record.update(db)
            try AuditLog.record(
                db, actor: actor, kind: "expense", id: id.rawValue, action: .update, fields: ["voided_on", "void_reason"])
        }
    }

    static func voidReason(_ text: String) throws -> String {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { throw FinanceError.voidReasonRequired }
        return trimmed
    }
}
