internal import GRDB
public import Privacy
public import RosetteCore

/// One entry of the do-not-contact list as stored.
public struct SuppressionEntry: Sendable, Equatable {
    public var id: Int64
    public var key: SuppressionKey
    public var source: String
    public var addedOn: CalendarDate
    public var addedBy: String
}

/// The do-not-contact list: adding, removing, importing and reading it.
public struct SuppressionRepository: Sendable {
    let database: AppDatabase
    let actor: Actor

    public init(_ database: AppDatabase, actor: Actor) {
        self.database = database
        self.actor = actor
    }

    // MARK: - Database Access: Writes

    /// Adds `key` (a second add of the same key changes nothing). Returns true when it was new.
    @discardableResult
    public func suppress(_ key: SuppressionKey, source: String = "manual", today: CalendarDate) throws -> Bool {
        try database.dbWriter.write { db in
            let added = try Self.insert(key, source: source, today: today, actor: actor, in: db)
            if let added {
                try AuditLog.record(db, actor: actor, kind: "suppression", id: added, action: .create, fields: ["kind", "value"])
            }
            return added != nil
        }
    }

    /// Removes `key` (the person asked to hear from the party again).
    ///
    /// - throws: `PrivacyError.notSuppressed` when it is not on the list.
    public func remove(_ key: SuppressionKey) throws {
        try database.dbWriter.write { db in
            guard
                let id = try Int64.fetchOne(
                    db, sql: "SELECT id FROM suppression WHERE kind = ? AND value = ?", arguments: [key.kind.rawValue, key.value])
            else { throw PrivacyError.notSuppressed }
            try db.execute(sql: "DELETE FROM suppression WHERE id = ?", arguments: [id])
            try AuditLog.record(db, actor: actor, kind: "suppression", id: id, action: .delete, fields: ["kind", "value"])
        }
    }

    /// Imports an opt-out file, all or nothing: one transaction with a prepared statement; if
    /// any row is bad nothing is written and every bad row is reported.
    ///
    /// - parameter next: returns the next record, `nil` at the end; the first is the header.
    /// - returns: keys added, and keys already on the list.
    public func importOptOuts(
        next: () throws -> CSVRecord?, source: String, today: CalendarDate, ignoredHeaders: ([String]) -> Void = { _ in }
    ) throws -> (added: Int, alreadyListed: Int) {
        try database.dbWriter.write { db in
            guard let header = try next() else { throw PrivacyError.emptySuppressionFile }
            let layout = try SuppressionFileLayout(header: header.fields)
            ignoredHeaders(layout.ignoredHeaders)
            var bad: [BadRow] = []
            var added = 0
            var already = 0
            let now = Timestamp.now()
            while let record = try next() {
                if record.fields.allSatisfy({ $0.isEmpty }) { continue }
                switch ImportedSuppression.parse(record.fields, layout: layout) {
                case .failure(let problems):
                    bad.append(BadRow(line: record.row, reason: problems.description))
                case .success(let keys):
                    guard bad.isEmpty else { continue }
                    for key in keys {
                        if let id = try Self.insert(key, source: source, today: today, actor: actor, in: db) {
                            added += 1
                            try AuditLog.record(
                                db, actor: actor, kind: "suppression", id: id, action: .create, fields: ["kind", "value"],
                                at: now)
                        } else {
                            already += 1
                        }
                    }
                }
            }
            if !bad.isEmpty { throw SuppressionImportFailure(badRows: bad) }
            return (added, already)
        }
    }

    // MARK: - Database Access: Reads

    /// Every entry, by kind then value.
    public func entries() throws -> [SuppressionEntry] {
        try database.dbWriter.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, kind, value, source, addedOn, addedBy FROM suppression ORDER BY kind, value"
            ).map { row in
                guard let kind = SuppressionKey.Kind(rawValue: row["kind"]), let day = CalendarDate(iso: row["addedOn"] as String)
                else { throw StoredDataError(kind: "suppression", id: row["id"], field: "kind") }
                return SuppressionEntry(
                    id: row["id"], key: SuppressionKey(kind: kind, value: row["value"]), source: row["source"], addedOn: day,
                    addedBy: row["addedBy"])
            }
        }
    }

    /// The list as a set, for filtering contact lists.
    public func list() throws -> SuppressionList {
        try database.dbWriter.read { db in try Self.list(in: db) }
    }

    static func list(in db: Database) throws -> SuppressionList {
        SuppressionList(
            try Row.fetchAll(db, sql: "SELECT kind, value FROM suppression").compactMap { row in
                SuppressionKey.Kind(rawValue: row["kind"]).map { SuppressionKey(kind: $0, value: row["value"]) }
            })
    }

    /// Inserts `key` unless present; returns the new row's id, or nil when it was listed.
    static func insert(_ key: SuppressionKey, source: String, today: CalendarDate, actor: Actor, in db: Database) throws
        -> Int64?
    {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO suppression (kind, value, source, addedOn, addedBy) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (kind, value) DO NOTHING
                """)
        try statement.execute(arguments: [key.kind.rawValue, key.value, source, today.iso, actor.name])
        return db.changesCount == 0 ? nil : db.lastInsertedRowID
    }
}

/// An opt-out import that failed because of bad rows. Nothing was written.
public struct SuppressionImportFailure: RosetteFailure {
    public var badRows: [BadRow]
    public var kind: FailureKind { .badData }
    public var description: String { PrivacyError.badSuppressionRows(count: badRows.count).description }
}

extension SuppressionRepository {
    /// The list as a set, read in its own transaction.
    static func list(in database: AppDatabase) throws -> SuppressionList {
        try database.dbWriter.read { db in try list(in: db) }
    }
}
