import Foundation
import Members
import RosetteStore

/// Reads the audit trail through the public API for assertions.
struct AuditTrailProbe {
    let database: AppDatabase
    init(_ database: AppDatabase) { self.database = database }

    func entries(for id: MemberID) throws -> [AuditEntry] {
        try AuditRepository(database).entries(recordKind: "member", recordId: id.rawValue)
    }
}
