internal import GRDB

/// One entry of the audit trail: who changed which record, when, and which fields (names only).
public struct AuditEntry: Sendable, Equatable, Codable {
    public var at: String
    public var actor: String
    public var recordKind: String
    public var recordId: Int64
    public var action: String
    public var fields: String
}

/// Reads the audit trail.
public struct AuditRepository: Sendable {
    let database: AppDatabase
    public init(_ database: AppDatabase) { self.database = database }

    /// The entries for one record, oldest first.
    public func entries(recordKind: String, recordId: Int64) throws -> [AuditEntry] {
        try database.dbWriter.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT at, actor, recordKind, recordId, action, fields FROM auditEntry
                    WHERE recordKind = ? AND recordId = ? ORDER BY id
                    """, arguments: [recordKind, recordId]
            ).map {
                AuditEntry(
                    at: $0["at"], actor: $0["actor"], recordKind: $0["recordKind"], recordId: $0["recordId"],
                    action: $0["action"], fields: $0["fields"])
            }
        }
    }
}
