internal import GRDB
public import Members
public import RosetteCore

/// What an import does with a row that matches an existing member (same email, or same name and
/// postcode), in the database or earlier in the same file.
public enum DuplicatePolicy: String, CaseIterable, Sendable {
    /// Reject the row: the import fails and nothing is written (the default).
    case error
    /// Leave the existing member as it is.
    case skip
    /// Overwrite the existing member with the row's values.
    case update
}

/// The outcome of a successful import.
public struct ImportSummary: Sendable, Equatable, Codable {
    public var added = 0
    /// Existing members that the import changed.
    public var updated = 0
    /// Rows that matched a member and were skipped by policy, or would have changed nothing.
    public var skipped = 0
    public init() {}
}

extension MemberRepository {
    /// Imports members from records read one at a time (a streaming CSV reader), all or nothing.
    ///
    /// Runs as one transaction with prepared statements: rows are validated and written as they
    /// stream past, and if any row is bad the transaction is rolled back and every bad row is
    /// reported. Memory stays flat apart from a map from new member to file line, used to name
    /// "duplicate of line N" within the file.
    ///
    /// - parameter next: returns the next record, `nil` at the end; the first is the header.
    /// - parameter ignoredHeaders: receives the headers that match no field, before any row.
    /// - parameter progress: called every 10,000 rows with the count so far.
    public func importMembers(
        next: () throws -> CSVRecord?, explicitMap: [String: String] = [:],
        policy: DuplicatePolicy, today: CalendarDate,
        ignoredHeaders: ([String]) -> Void = { _ in }, progress: (Int) -> Void = { _ in }
    ) throws -> ImportSummary {
        try database.dbWriter.write { db in
            guard let header = try next() else { throw MemberImportError.empty }
            let layout = try MemberFileLayout(header: header.fields, explicitMap: explicitMap)
            ignoredHeaders(layout.ignoredHeaders)
            var summary = ImportSummary()
            var bad: [BadRow] = []
            var lineOfNewMember: [Int64: Int] = [:]
            var rowsRead = 0
            let now = Timestamp.now()
            let statements = try ImportStatements(db)
            while let record = try next() {
                rowsRead += 1
                if rowsRead % 10_000 == 0 { progress(rowsRead) }
                if record.fields.allSatisfy({ $0.isEmpty }) { continue }
                let row: ImportedMember
                switch ImportedMember.parse(record.fields, layout: layout, defaultJoinedOn: today) {
                case .failure(let problems):
                    bad.append(BadRow(line: record.row, reason: problems.description))
                    continue
                case .success(let parsed): row = parsed
                }
                if let duplicate = try Self.sameMember(as: row, in: db) ?? statements.duplicate(of: row.details) {
                    switch policy {
                    case .error:
                        let reason: String
                        if let line = lineOfNewMember[duplicate.id.rawValue] {
                            reason = "duplicate of line \(line) (same email, or same name and postcode)"
                        } else {
                            reason = duplicate.error.description
                        }
                        bad.append(BadRow(line: record.row, reason: reason))
                    case .skip:
                        summary.skipped += 1
                    case .update:
                        if try Self.overwrite(duplicate.id, with: row, actor: actor, now: now, in: db) {
                            summary.updated += 1
                        } else {
                            summary.skipped += 1
                        }
                    }
                    continue
                }
                let id = try statements.insert(
                    MemberRecord(row.details, paidUntil: row.paidUntil, ending: row.ending, now: now))
                try AuditLog.record(
                    db, actor: actor, kind: "member", id: id, action: .create,
                    fields: MemberDetails.allFieldNames(of: row.details), at: now)
                lineOfNewMember[id] = record.row
                summary.added += 1
            }
            guard bad.isEmpty else { throw ImportFailure(badRows: bad) }
            return summary
        }
    }

    /// The member an exported row came from: the same id and the same name. (The name check
    /// keeps a file from another database from landing on whoever has that id here.)
    static func sameMember(as row: ImportedMember, in db: Database) throws -> Duplicate? {
        guard let id = row.id,
            let nameKey = try String.fetchOne(
                db, sql: "SELECT nameKey FROM member WHERE id = ?", arguments: [id.rawValue]),
            nameKey == MemberRecord.nameKey(row.details)
        else { return nil }
        return Duplicate(id: id, error: .duplicateID(id))
    }

    /// Overwrites an existing member with an imported row; dates the row leaves empty are kept.
    /// - returns: true when anything changed.
    static func overwrite(
        _ id: MemberID, with row: ImportedMember, actor: Actor, now: String, in db: Database
    ) throws -> Bool {
        var record = try record(id, in: db)
        let old = try record.member()
        let merged = row.merged(into: old.details)
        var changed = merged.changedFields(from: old.details)
        record.apply(merged)
        if let paid = row.paidUntil, paid != old.paidUntil {
            record.paidUntil = paid.iso
            changed.append("paid_until")
        }
        if let ending = row.ending, ending != old.ending {
            record.endedOn = ending.on.iso
            record.endReason = ending.reason.rawValue
            changed.append("ended_on")
        }
        guard !changed.isEmpty else { return false }
        try MembershipRules.checkDates(
            merged, paidUntil: record.paidUntil.flatMap { CalendarDate(iso: $0) },
            ending: row.ending ?? old.ending)
        record.updatedAt = now
        try record.update(db)
        try AuditLog.record(
            db, actor: actor, kind: "member", id: id.rawValue, action: .update, fields: changed)
        return true
    }
}
