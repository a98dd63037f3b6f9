internal import GRDB

extension AppDatabase {
    /// True when `rosette demo` created this database and nobody has changed it since (every
    /// audit entry is the demo's): only then may demo replace it.
    public func holdsOnlyDemoData() throws -> Bool {
        try dbWriter.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM databaseInfo WHERE key = 'demo'") == "1"
                && Int.fetchOne(db, sql: "SELECT count(*) FROM auditEntry WHERE actor != 'demo'") == 0
        }
    }

    /// True when the database holds no members (nothing to lose).
    public func isEmpty() throws -> Bool {
        try dbWriter.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM member") == 0 }
    }

    /// Marks the database as demo data.
    public func markAsDemo() throws {
        try dbWriter.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO databaseInfo (key, value) VALUES ('demo', '1')")
        }
    }
}
