internal import GRDB
public import Finance
public import RosetteCore

/// The treasurer's book: intent-named reads and writes. Each write is one transaction with its
/// audit entry (field names only: a donor's name is personal data and never enters the trail).
public struct FinanceRepository: Sendable {
    let database: AppDatabase
    let actor: Actor

    public init(_ database: AppDatabase, actor: Actor) {
        self.database = database
        self.actor = actor
    }

    // MARK: - Database Access: Writes

    /// Registers an accounting unit (a branch with its own books).
    public func addUnit(name: String, reference: String? = nil) throws -> AccountingUnit {
        let trimmed = name.trimmingWhitespace
        guard !trimmed.isEmpty else { throw InvalidInput(field: "name", value: name, expected: "the unit's name") }
        return try database.dbWriter.write { db in
            if try AccountingUnitRecord.filter(Column("name") == trimmed).fetchCount(db) > 0 { throw FinanceError.duplicateUnit }
            var record = AccountingUnitRecord(
                id: nil, name: trimmed, reference: reference?.trimmingWhitespace, createdAt: Timestamp.now())
            try record.insert(db)
            try AuditLog.record(
                db, actor: actor, kind: "accountingUnit", id: record.id ?? db.lastInsertedRowID, action: .create,
                fields: ["name"] + (reference == nil ? [] : ["reference"]))
            return try record.unit()
        }
    }

    /// Adds a donor after checking the details (a company needs its company number).
    public func addDonor(_ details: DonorDetails) throws -> Donor {
        let checked = try details.validated()
        return try database.dbWriter.write { db in
            var record = DonorRecord(checked, now: Timestamp.now())
            try record.insert(db)
            try AuditLog.record(
                db, actor: actor, kind: "donor", id: record.id ?? db.lastInsertedRowID, action: .create,
                fields: Self.fieldNames(checked))
            return try record.donor()
        }
    }

    /// Records that an individual donor was found on an electoral register.
    public func recordRegisterCheck(_ id: DonorID, _ check: RegisterCheck, today: CalendarDate) throws -> Donor {
        if check.checkedOn > today { throw FinanceError.dateInFuture(field: "check", date: check.checkedOn, today: today) }
        let evidence = check.evidence.trimmingWhitespace
        guard !evidence.isEmpty else {
            throw InvalidInput(field: "evidence", value: check.evidence, expected: "what was checked, e.g. \"Leith register, LW-1021\"")
        }
        return try database.dbWriter.write { db in
            guard var record = try DonorRecord.fetchOne(db, key: id.rawValue) else { throw FinanceError.donorNotFound(id) }
            guard record.kind == DonorKind.individual.rawValue else { throw FinanceError.registerCheckForNonIndividual(id) }
            record.registerCheckedOn = check.checkedOn.iso
            record.registerEvidence = evidence
            record.updatedAt = Timestamp.now()
            try record.update(db)
            try AuditLog.record(
                db, actor: actor, kind: "donor", id: id.rawValue, action: .update,
                fields: ["register_checked_on", "register_evidence"])
            return try record.donor()
        }
    }

    /// Records a donation received; its 30-day clock starts on the day received.
    public func addDonation(_ details: NewDonation, today: CalendarDate) throws -> Donation {
        let checked = try details.validated(today: today)
        return try database.dbWriter.write { db in
            guard try DonorRecord.exists(db, key: checked.donor.rawValue) else { throw FinanceError.donorNotFound(checked.donor) }
            if let unit = checked.unit, try !AccountingUnitRecord.exists(db, key: unit.rawValue) {
                throw FinanceError.unitNotFound(unit)
            }
            var record = DonationRecord(checked, now: Timestamp.now())
            try record.insert(db)
            try AuditLog.record(
                db, actor: actor, kind: "donation", id: record.id ?? db.lastInsertedRowID, action: .create,
                fields: ["donor_id", "amount_pence", "form", "received_on"] + (checked.unit == nil ? [] : ["accounting_unit_id"]))
            return try record.donation()
        }
    }

    /// Accepts, returns or declines a donation (see `Donation.deciding` for what is refused).
    public func decide(_ id: DonationID, _ decision: DonationDecision, today: CalendarDate) throws -> Donation {
        try database.dbWriter.write { db in
            guard var record = try DonationRecord.fetchOne(db, key: id.rawValue) else { throw FinanceError.donationNotFound(id) }
            if record.voidedOn != nil { throw FinanceError.alreadyVoided("donation", id.rawValue) }
            let current = try record.donation()
            guard let donor = try DonorRecord.fetchOne(db, key: current.donor.rawValue)?.donor() else {
                throw FinanceError.donorNotFound(current.donor)
            }
            let decided = try current.deciding(decision, donor: donor, today: today)
            record.apply(decided.decision)
            record.updatedAt = Timestamp.now()
            try record.update(db)
            let fields: [String]
            switch decided.decision {
            case .accepted: fields = ["accepted_on"]
            case .declined: fields = ["returned_on", "return_method", "declined"]
            case .returned, nil: fields = ["returned_on", "return_method"]
            }
            try AuditLog.record(db, actor: actor, kind: "donation", id: id.rawValue, action: .update, fields: fields)
            return decided
        }
    }

    /// Records that a report was filed with the Electoral Commission (replacing an earlier date).
    public func recordFiling(_ filing: Filing, today: CalendarDate) throws {
        if filing.filedOn > today { throw FinanceError.dateInFuture(field: "filed", date: filing.filedOn, today: today) }
        try database.dbWriter.write { db in
            let record = FinanceFilingRecord(
                report: filing.kind.rawValue, period: filing.period, filedOn: filing.filedOn.iso, recordedAt: Timestamp.now())
            try record.save(db)
            try AuditLog.record(db, actor: actor, kind: "financeFiling", id: 0, action: .create, fields: ["report", "period", "filed_on"])
        }
    }

    // MARK: - Database Access: Reads

    public func units() throws -> [AccountingUnit] {
        try database.dbWriter.read { db in try AccountingUnitRecord.order(Column("id")).fetchAll(db).map { try $0.unit() } }
    }

    public func donors() throws -> [Donor] {
        try database.dbWriter.read { db in try DonorRecord.order(Column("id")).fetchAll(db).map { try $0.donor() } }
    }

    /// Every donation not voided, in order of receipt.
    public func donations() throws -> [Donation] {
        try database.dbWriter.read { db in
            try DonationRecord.filter(Column("voidedOn") == nil).order(Column("receivedOn"), Column("id")).fetchAll(db)
                .map { try $0.donation() }
        }
    }

    public func filings() throws -> [Filing] {
        try database.dbWriter.read { db in
            try FinanceFilingRecord.order(Column("report"), Column("period")).fetchAll(db).map { try $0.filing() }
        }
    }

    static func fieldNames(_ details: DonorDetails) -> [String] {
        var names = ["kind", "name"]
        if details.address != nil { names.append("address") }
        if details.companyNumber != nil { names.append("company_number") }
        return names
    }
}
