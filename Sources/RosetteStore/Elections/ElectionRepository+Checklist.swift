internal import GRDB
public import Elections
public import RosetteCore

/// A subscriber on the party's nomination paper, with its row id (for removal).
public struct StoredSubscriber: Sendable, Equatable {
    public var id: Int64
    public var subscriber: Subscriber
}

// MARK: - Forms, subscribers and excluded days

extension ElectionRepository {
    /// Recorded progress per form of an election (forms nobody has touched are absent: to do).
    public func formProgress(of id: ElectionID) throws -> [FormKind: FormProgress] {
        try database.dbWriter.read { db in
            _ = try Self.record(id, in: db)
            var result: [FormKind: FormProgress] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT form, status, assignee, note FROM formProgress WHERE electionId = ?",
                arguments: [id.rawValue])
            {
                guard let form = FormKind(rawValue: row["form"]), let status = FormStatus(rawValue: row["status"])
                else { throw StoredDataError(kind: "election", id: id.rawValue, field: "formProgress") }
                result[form] = FormProgress(status: status, assignee: row["assignee"], note: row["note"])
            }
            return result
        }
    }

    /// Updates one checklist item; `nil` leaves a value as it is.
    ///
    /// - throws: `ElectionsStoreError.notOnTheChecklist` when the election's kind has no such form.
    public func setForm(
        _ form: FormKind, of id: ElectionID, status: FormStatus?, assignee: String?, note: String?,
        checklist: [FormRequirement]
    ) throws {
        guard checklist.contains(where: { $0.kind == form }) else {
            throw ElectionsStoreError.notOnTheChecklist(id, form.rawValue)
        }
        try database.dbWriter.write { db in
            if try Self.record(id, in: db).cancelledOn != nil { throw ElectionsStoreError.alreadyCancelled(id) }
            try db.execute(
                sql: """
                    INSERT INTO formProgress (electionId, form, status, assignee, note, updatedAt)
                    VALUES (?, ?, coalesce(?, 'to-do'), ?, ?, ?)
                    ON CONFLICT (electionId, form) DO UPDATE SET
                        status = coalesce(?, status),
                        assignee = coalesce(?, assignee),
                        note = coalesce(?, note),
                        updatedAt = excluded.updatedAt
                    """,
                arguments: [
                    id.rawValue, form.rawValue, status?.rawValue, assignee, note, Timestamp.now(), status?.rawValue,
                    assignee, note,
                ])
            try AuditLog.record(
                db, actor: actor, kind: "election", id: id.rawValue, action: .update, fields: ["form:\(form.rawValue)"])
        }
    }

    /// The subscribers on the party's nomination paper for an election, in the order added.
    public func subscribers(of id: ElectionID) throws -> [StoredSubscriber] {
        try database.dbWriter.read { db in
            _ = try Self.record(id, in: db)
            return try Self.subscribers(of: id.rawValue, in: db)
        }
    }

    /// Adds a subscriber (elector number already normalised by `ElectorNumber`).
    ///
    /// - throws: `ElectionsStoreError.notOnTheChecklist` for an election with no nomination paper
    ///   (a referendum), `.alreadyCancelled` for a cancelled one.
    public func addSubscriber(_ subscriber: Subscriber, to id: ElectionID) throws -> StoredSubscriber {
        guard try checklist(of: id).contains(where: { $0.kind == .nominationPaper }) else {
            throw ElectionsStoreError.notOnTheChecklist(id, FormKind.nominationPaper.rawValue)
        }
        return try database.dbWriter.write { db in
            let record = try Self.record(id, in: db)
            if record.cancelledOn != nil { throw ElectionsStoreError.alreadyCancelled(id) }
            try db.execute(
                sql: """
                    INSERT INTO nominationSubscriber (electionId, name, electorNumber, role, createdAt)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [id.rawValue, subscriber.name, subscriber.electorNumber, subscriber.role.rawValue, Timestamp.now()])
            let rowID = db.lastInsertedRowID
            try AuditLog.record(
                db, actor: actor, kind: "subscriber", id: rowID, action: .create,
                fields: ["name", "elector_number", "role"])
            return StoredSubscriber(id: rowID, subscriber: subscriber)
        }
    }

    /// Removes a subscriber from a paper.
    public func removeSubscriber(_ subscriberID: Int64) throws {
        try database.dbWriter.write { db in
            try db.execute(sql: "DELETE FROM nominationSubscriber WHERE id = ?", arguments: [subscriberID])
            guard db.changesCount == 1 else { throw ElectionsStoreError.subscriberNotFound(subscriberID) }
            try AuditLog.record(db, actor: actor, kind: "subscriber", id: subscriberID, action: .delete, fields: [])
        }
    }

    /// Elector numbers on the party's other papers for the same poll in the same area: an elector
    /// may subscribe only one paper there. Keyed by a label naming the other election.
    public func otherPapers(than id: ElectionID) throws -> [String: [String]] {
        try database.dbWriter.read { db in
            let record = try Self.record(id, in: db)
            let others = try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM election
                    WHERE id != ? AND pollDate = ? AND coalesce(area, '') = coalesce(?, '')
                      AND cancelledOn IS NULL
                    """, arguments: [id.rawValue, record.pollDate, record.area])
            var papers: [String: [String]] = [:]
            for other in others {
                papers["election \(other)"] = try Self.subscribers(of: other, in: db).map(\.subscriber.electorNumber)
            }
            return papers
        }
    }

    static func subscribers(of election: Int64, in db: Database) throws -> [StoredSubscriber] {
        try Row.fetchAll(
            db,
            sql: "SELECT id, name, electorNumber, role FROM nominationSubscriber WHERE electionId = ? ORDER BY id",
            arguments: [election]
        ).map { row in
            guard let role = SubscriberRole(rawValue: row["role"]) else {
                throw StoredDataError(kind: "subscriber", id: row["id"], field: "role")
            }
            return StoredSubscriber(
                id: row["id"], subscriber: Subscriber(name: row["name"], electorNumber: row["electorNumber"], role: role))
        }
    }

    // MARK: Excluded days

    /// Days every stored election's timetable disregards, with the reason.
    public func excludedDays() throws -> [(day: CalendarDate, reason: String)] {
        try database.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT day, reason FROM excludedDay ORDER BY day").compactMap { row in
                CalendarDate(iso: row["day"] as String).map { ($0, row["reason"]) }
            }
        }
    }

    /// Adds (or re-labels) an excluded day; it applies to every election at once.
    public func excludeDay(_ day: CalendarDate, reason: String) throws {
        try database.dbWriter.write { db in
            try db.execute(
                sql: "INSERT INTO excludedDay (day, reason) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET reason = excluded.reason",
                arguments: [day.iso, reason])
        }
    }

    /// Removes an excluded day.
    public func removeExcludedDay(_ day: CalendarDate) throws {
        try database.dbWriter.write { db in
            try db.execute(sql: "DELETE FROM excludedDay WHERE day = ?", arguments: [day.iso])
            guard db.changesCount == 1 else {
                throw InvalidInput(field: "excluded day", value: day.iso, expected: "one of the listed excluded days")
            }
        }
    }
}
