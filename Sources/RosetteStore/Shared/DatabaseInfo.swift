import Foundation
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

    /// A random identifier of this database, made on first use: it keeps calendar UIDs of two
    /// parties (or of the demo and the real database) from colliding in one calendar app.
    public func identifier() throws -> String {
        try dbWriter.write { db in
            if let id = try String.fetchOne(db, sql: "SELECT value FROM databaseInfo WHERE key = 'id'") { return id }
            let id = UUID().uuidString.lowercased()
            try db.execute(sql: "INSERT INTO databaseInfo (key, value) VALUES ('id', ?)", arguments: [id])
            return id
        }
    }
}
