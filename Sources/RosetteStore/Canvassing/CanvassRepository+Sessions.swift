internal import GRDB
public import Canvassing
public import RosetteCore

/// A stored session with what was logged under it.
public struct StoredSession: Sendable, Equatable {
    public var session: CanvassSession
    /// Attempts logged under the session, and those where someone was spoken to.
    public var attempts: Int
    public var contacts: Int

    public init(session: CanvassSession, attempts: Int, contacts: Int) {
        self.session = session
        self.attempts = attempts
        self.contacts = contacts
    }
}

extension CanvassRepository {
    /// Records a canvass session and its team; returns its id.
    public func addSession(_ session: CanvassSession) throws -> Int64 {
        try database.dbWriter.write { db in
            try db.execute(
                sql: "INSERT INTO canvassSession (heldOn, area, questions, notes, createdAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    session.heldOn.iso, session.area, session.questions.map(\.rawValue).joined(separator: ","),
                    session.notes, Timestamp.now(),
                ])
            let id = db.lastInsertedRowID
            for name in session.canvassers {
                try db.execute(
                    sql: "INSERT INTO canvassSessionCanvasser (sessionId, name) VALUES (?, ?)", arguments: [id, name])
            }
            try AuditLog.record(
                db, actor: actor, kind: "canvassSession", id: id, action: .create,
                fields: ["held_on", "area", "canvassers", "questions"])
            return id
        }
    }

    /// Every session, newest first, with the attempts logged under it.
    public func sessions() throws -> [StoredSession] {
        try database.dbWriter.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.heldOn, s.area, s.questions, s.notes,
                        (SELECT count(*) FROM canvassAttempt a WHERE a.sessionId = s.id) AS attempts,
                        (SELECT count(*) FROM canvassAttempt a WHERE a.sessionId = s.id AND a.outcome = 'spoke')
                            AS contacts
                    FROM canvassSession s ORDER BY s.heldOn DESC, s.id DESC
                    """)
            return try rows.map { row in
                let id: Int64 = row["id"]
                let team = try String.fetchAll(
                    db, sql: "SELECT name FROM canvassSessionCanvasser WHERE sessionId = ? ORDER BY rowid",
                    arguments: [id])
                guard let day = CalendarDate(iso: row["heldOn"] as String) else {
                    throw StoredDataError(kind: "canvassSession", id: id, field: "heldOn")
                }
                let questions = (row["questions"] as String).split(separator: ",").compactMap {
                    SessionQuestion(rawValue: String($0))
                }
                let session = CanvassSession(
                    id: id, heldOn: day, area: row["area"], canvassers: team, questions: questions, notes: row["notes"])
                return StoredSession(session: session, attempts: row["attempts"], contacts: row["contacts"])
            }
        }
    }

    /// The day a session was held, or `CanvassingError.unknownSession`.
    public func sessionDay(_ id: Int64) throws -> CalendarDate {
        try database.dbWriter.read { db in
            guard let text = try String.fetchOne(db, sql: "SELECT heldOn FROM canvassSession WHERE id = ?", arguments: [id]),
                let day = CalendarDate(iso: text)
            else { throw CanvassingError.unknownSession(id) }
            return day
        }
    }

    static func sessionExists(_ id: Int64, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM canvassSession WHERE id = ?", arguments: [id]) ?? false
    }
}
