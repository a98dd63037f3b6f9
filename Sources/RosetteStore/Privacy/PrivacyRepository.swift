internal import GRDB
public import Privacy
public import RosetteCore

/// Subject access, erasure and the retention sweep, across every module that holds personal
/// data (`PersonalDataSources.all`).
public struct PrivacyRepository: Sendable {
    let database: AppDatabase
    let actor: Actor

    public init(_ database: AppDatabase, actor: Actor) {
        self.database = database
        self.actor = actor
    }

    // MARK: - Database Access: Reads

    /// Everything Rosette holds about the person `request` names, table by table.
    ///
    /// - throws: `PrivacyError.nobodyFound` when no module holds anything for them.
    public func subjectAccess(_ request: PersonRequest) throws -> [PersonalDataSection] {
        try database.dbWriter.read { db in
            let keys = try Self.resolve(request, in: db)
            return try PersonalDataSources.all.flatMap { try $0.export(keys, in: db) }
        }
    }

    // MARK: - Database Access: Writes

    /// Removes or anonymises the person everywhere, keeping what the law requires, in one
    /// transaction; with `dryRun` the transaction is rolled back, so the report is exactly what
    /// would happen. After a real erasure freed pages are zeroed, the write-ahead log is
    /// checkpointed and truncated, and the file is vacuumed, so no copy of the erased values
    /// stays in the database file.
    public func erase(
        _ request: PersonRequest, today: CalendarDate, policy: RetentionPolicy, gracePeriodDays: Int,
        keepSuppression: Bool, dryRun: Bool
    ) throws -> [PrivacyAction] {
        let context = PrivacyContext(
            actor: actor, today: today, policy: policy, gracePeriodDays: gracePeriodDays, keepSuppression: keepSuppression)
        let actions = try inTransaction(dryRun: dryRun) { db in
            let keys = try Self.resolve(request, in: db)
            return try PersonalDataSources.all.flatMap { try $0.erase(keys, context: context, in: db) }
        }
        if !dryRun { try scrubFile() }
        return actions
    }

    /// Applies the retention policy everywhere, in one transaction (rolled back for `dryRun`).
    public func sweep(today: CalendarDate, policy: RetentionPolicy, gracePeriodDays: Int, dryRun: Bool) throws
        -> [PrivacyAction]
    {
        let context = PrivacyContext(actor: actor, today: today, policy: policy, gracePeriodDays: gracePeriodDays)
        let actions = try inTransaction(dryRun: dryRun) { db in
            let actions = try PersonalDataSources.all.flatMap { try $0.sweep(context: context, in: db) }
            if !actions.isEmpty {
                try AuditLog.record(
                    db, actor: actor, kind: "retention", id: 0, action: .erase,
                    fields: actions.map { "\($0.module).\($0.table)" }, at: context.now)
            }
            return actions
        }
        if !dryRun && !actions.isEmpty { try scrubFile() }
        return actions
    }

    // MARK: - Helpers

    /// The person's keys across every module: start from the request, then let each source add
    /// what its records link to until nothing new turns up.
    static func resolve(_ request: PersonRequest, in db: Database) throws -> PersonKeys {
        var keys = PersonKeys.start(request)
        for _ in 0..<5 {
            let before = keys
            for source in PersonalDataSources.all { try source.link(&keys, in: db) }
            if keys == before { break }
        }
        let held = try PersonalDataSources.all.contains { try !$0.export(keys, in: db).isEmpty }
        if !held { throw PrivacyError.nobodyFound(request.description) }
        return keys
    }

    /// Runs `body` in one transaction, committed unless `dryRun`. `secure_delete` makes SQLite
    /// overwrite deleted content with zeros rather than leave it in free space.
    func inTransaction<T>(dryRun: Bool, _ body: (Database) throws -> T) throws -> T {
        try database.dbWriter.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            var result: T?
            try db.inTransaction {
                result = try body(db)
                return dryRun ? .rollback : .commit
            }
            guard let result else { throw StoredDataError(kind: "transaction", id: 0, field: "result") }
            return result
        }
    }

    /// Leaves no copy of erased values in the file: moves the write-ahead log into the database
    /// and truncates it, rebuilds the file (VACUUM), and truncates the log again.
    func scrubFile() throws {
        try database.dbWriter.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            try db.execute(sql: "VACUUM")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }
}
