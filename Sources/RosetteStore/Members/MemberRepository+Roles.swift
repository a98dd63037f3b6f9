internal import GRDB
public import Members
public import RosetteCore

// MARK: - Roles, consent and payments

extension MemberRepository {
    /// Gives a member a role from `startedOn`.
    ///
    /// - throws: `MembersError.roleAlreadyHeld` when the member holds it already.
    public func assign(_ role: Role, to id: MemberID, from startedOn: CalendarDate) throws {
        try database.dbWriter.write { db in
            try MembershipRules.checkRoleStart(of: try Self.record(id, in: db).member(), on: startedOn)
            let held = try Self.roles(of: [id], in: db)[id] ?? []
            if held.contains(where: { $0.role == role && $0.endedOn == nil }) {
                throw MembersError.roleAlreadyHeld(id, role)
            }
            try db.execute(
                sql: "INSERT INTO memberRole (memberId, role, startedOn) VALUES (?, ?, ?)",
                arguments: [id.rawValue, role.slug, startedOn.iso])
            try AuditLog.record(
                db, actor: actor, kind: "member", id: id.rawValue, action: .update,
                fields: ["roles"])
        }
    }

    /// Ends a role the member holds, on `endedOn` (the last day held).
    public func endRole(_ role: Role, of id: MemberID, on endedOn: CalendarDate) throws {
        try database.dbWriter.write { db in
            _ = try Self.record(id, in: db)
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT id, startedOn FROM memberRole
                        WHERE memberId = ? AND role = ? AND endedOn IS NULL
                        """, arguments: [id.rawValue, role.slug])
            else { throw MembersError.roleNotHeld(id, role) }
            let started: String = row["startedOn"]
            guard endedOn.iso >= started else { throw MembersError.endBeforeStart("the role") }
            let roleID: Int64 = row["id"]
            try db.execute(
                sql: "UPDATE memberRole SET endedOn = ? WHERE id = ?",
                arguments: [endedOn.iso, roleID])
            try AuditLog.record(
                db, actor: actor, kind: "member", id: id.rawValue, action: .update,
                fields: ["roles"])
        }
    }

    /// Appends a consent change for one channel. History is kept; the latest entry is current.
    public func recordConsent(
        _ id: MemberID, channel: ContactChannel, given: Bool, on day: CalendarDate, method: String?,
        today: CalendarDate
    ) throws {
        try MembershipRules.checkConsentDate(day, today: today)
        try database.dbWriter.write { db in
            _ = try Self.record(id, in: db)
            try db.execute(
                sql: """
                    INSERT INTO contactConsent (memberId, channel, given, recordedOn, method, recordedBy)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id.rawValue, channel.rawValue, given, day.iso, method, actor.name])
            try AuditLog.record(
                db, actor: actor, kind: "member", id: id.rawValue, action: .update,
                fields: ["consent_\(channel.rawValue)"])
        }
    }

    // MARK: Queries

    /// Roles of the members whose ids lie between the smallest and largest of `ids` (a page of
    /// an export, a list, or one member).

    static func roles(of ids: [MemberID], in db: Database) throws -> [MemberID: [RoleAssignment]] {
        guard let low = ids.min(), let high = ids.max() else { return [:] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT memberId, role, startedOn, endedOn FROM memberRole
                WHERE memberId BETWEEN ? AND ?
                ORDER BY memberId, startedOn, id
                """, arguments: [low.rawValue, high.rawValue])
        var result: [MemberID: [RoleAssignment]] = [:]
        for row in rows {
            let id = MemberID(rawValue: row["memberId"])
            guard let role = try? Role(parsing: row["role"] as String),
                let started = CalendarDate(iso: row["startedOn"] as String)
            else { throw StoredDataError(kind: "member", id: id.rawValue, field: "roles") }
            let ended = (row["endedOn"] as String?).flatMap { CalendarDate(iso: $0) }
            result[id, default: []].append(RoleAssignment(role: role, startedOn: started, endedOn: ended))
        }
        return result
    }

    static func payments(of id: MemberID, in db: Database) throws -> [DuesPayment] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT paidOn, amountPence, coversUntil FROM duesPayment
                WHERE memberId = ? ORDER BY paidOn, id
                """, arguments: [id.rawValue]
        ).map { row in
            guard let paid = CalendarDate(iso: row["paidOn"] as String),
                let covers = CalendarDate(iso: row["coversUntil"] as String)
            else { throw StoredDataError(kind: "member", id: id.rawValue, field: "payments") }
            return DuesPayment(paidOn: paid, amountPence: row["amountPence"], coversUntil: covers)
        }
    }

    static func consentHistory(of ids: [MemberID], in db: Database) throws -> [MemberID: [ConsentChange]] {
        guard let low = ids.min(), let high = ids.max() else { return [:] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT memberId, channel, given, recordedOn, method, recordedBy FROM contactConsent
                WHERE memberId BETWEEN ? AND ?
                ORDER BY memberId, recordedOn, id
                """, arguments: [low.rawValue, high.rawValue])
        var result: [MemberID: [ConsentChange]] = [:]
        for row in rows {
            let id = MemberID(rawValue: row["memberId"])
            guard let channel = ContactChannel(rawValue: row["channel"]),
                let day = CalendarDate(iso: row["recordedOn"] as String)
            else { throw StoredDataError(kind: "member", id: id.rawValue, field: "consent") }
            result[id, default: []].append(
                ConsentChange(
                    channel: channel, given: row["given"], recordedOn: day, method: row["method"],
                    recordedBy: row["recordedBy"]))
        }
        return result
    }
}

extension MemberRepository {
    /// Members who hold `role` on `day`, longest-serving first.
    public func holders(of role: Role, on day: CalendarDate) throws -> [MemberID] {
        try database.dbWriter.read { db in try Self.holders(of: role, on: day, in: db) }
    }

    static func holders(of role: Role, on day: CalendarDate, in db: Database) throws -> [MemberID] {
        try Int64.fetchAll(
            db,
            sql: """
                SELECT memberId FROM memberRole
                WHERE role = ? AND startedOn <= ? AND (endedOn IS NULL OR endedOn >= ?)
                ORDER BY startedOn, id
                """, arguments: [role.slug, day.iso, day.iso]
        ).map(MemberID.init(rawValue:))
    }
}
