internal import GRDB
public import Privacy
public import RosetteCore

extension AuditRepository {
    /// Entries matching every filter given, oldest first.
    ///
    /// - parameter since: entries on or after this day (UTC, as stored).
    public func entries(record: RecordReference?, actor: String?, since: CalendarDate?) throws -> [AuditEntry] {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let record {
            clauses.append("recordKind = ? AND recordId = ?")
            arguments += [record.kind, record.id]
        }
        if let actor {
            clauses.append("actor = ?")
            arguments += [actor]
        }
        if let since {
            clauses.append("at >= ?")
            arguments += [since.iso]
        }
        let condition = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return try database.dbWriter.read { db in
            try Row.fetchAll(
                db, sql: "SELECT at, actor, recordKind, recordId, action, fields FROM auditEntry \(condition) ORDER BY id",
                arguments: arguments
            ).map {
                AuditEntry(
                    at: $0["at"], actor: $0["actor"], recordKind: $0["recordKind"], recordId: $0["recordId"],
                    action: $0["action"], fields: $0["fields"])
            }
        }
    }
}
