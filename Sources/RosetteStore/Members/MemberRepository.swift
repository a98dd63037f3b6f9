internal import GRDB
public import Members
public import RosetteCore

/// Members: the intent-named reads and writes the CLI uses. Each write is one transaction that
/// also appends to the audit trail.
public struct MemberRepository: Sendable {
    let database: AppDatabase
    let actor: Actor

    public init(_ database: AppDatabase, actor: Actor) {
        self.database = database
        self.actor = actor
    }

    // MARK: - Database Access: Writes

    /// Adds a member.
    ///
    /// - throws: `MembersError.duplicateEmail` or `.duplicateNamePostcode` when the person is
    ///   already a member.
    public func add(_ details: MemberDetails) throws -> Member {
        try database.dbWriter.write { db in
            if let existing = try Self.duplicate(of: details, in: db) {
                throw existing.error
            }
            var record = MemberRecord(details, paidUntil: nil, ending: nil, now: Timestamp.now())
            try record.insert(db)
            let id = record.id ?? db.lastInsertedRowID
            try AuditLog.record(
                db, actor: actor, kind: "member", id: id, action: .create,
                fields: MemberDetails.allFieldNames(of: details))
            return try record.member()
        }
    }

    /// Replaces a member's details, recording which fields changed.
    public func update(_ id: MemberID, with details: MemberDetails) throws -> Member {
        try database.dbWriter.write { db in
            var record = try Self.record(id, in: db)
            let old = try record.member()
            if let existing = try Self.duplicate(of: details, in: db), existing.id != id {
                throw existing.error
            }
            let changed = details.changedFields(from: old.details)
            guard !changed.isEmpty else { return old }
            try MembershipRules.checkDates(details, paidUntil: old.paidUntil, ending: old.ending)
            record.apply(details)
            record.updatedAt = Timestamp.now()
            try record.update(db)
            try AuditLog.record(
                db, actor: actor, kind: "member", id: id.rawValue, action: .update, fields: changed)
            return try record.member()
        }
    }

    /// Records a dues payment and moves the paid-up date to `until`.
    ///
    /// - parameter amountPence: the amount paid; defaults to the member's dues (0 when unset).
    public func renew(
        _ id: MemberID, until: CalendarDate, paidOn: CalendarDate, amountPence: Int?, today: CalendarDate
    ) throws -> Member {
        try database.dbWriter.write { db in
            var record = try Self.record(id, in: db)
            let member = try record.member()
            let amount = try MembershipRules.renewal(
                of: member, until: until, paidOn: paidOn, amountPence: amountPence, today: today)
            try db.execute(
                sql: """
                    INSERT INTO duesPayment (memberId, paidOn, amountPence, coversUntil, recordedAt)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id.rawValue, paidOn.iso, amount, until.iso,
                    Timestamp.now(),
                ])
            record.paidUntil = until.iso
            record.updatedAt = Timestamp.now()
            try record.update(db)
            try AuditLog.record(
                db, actor: actor, kind: "member", id: id.rawValue, action: .update,
                fields: ["paid_until", "payment"])
            return try record.member()
        }
    }

    /// Records that a membership ended: resigned, expelled or deceased.
    public func end(_ id: MemberID, _ ending: MembershipEnding) throws -> Member {
        try database.dbWriter.write { db in
            var record = try Self.record(id, in: db)
            let member = try record.member()
            if let existing = member.ending { throw MembersError.alreadyEnded(id, existing.reason) }
            guard ending.on >= member.details.joinedOn else {
                throw MembersError.endBeforeStart("the membership")
            }
            record.endedOn = ending.on.iso
            record.endReason = ending.reason.rawValue
            record.updatedAt = Timestamp.now()
            try record.update(db)
            try db.execute(
                sql: """
                    UPDATE memberRole SET endedOn = max(startedOn, ?)
                    WHERE memberId = ? AND (endedOn IS NULL OR endedOn > ?)
                    """,
                arguments: [ending.on.iso, id.rawValue, ending.on.iso])
            try AuditLog.record(
                db, actor: actor, kind: "member", id: id.rawValue, action: .update,
                fields: ["ended_on", "end_reason"])
            return try record.member()
        }
    }

    // MARK: - Database Access: Reads

    /// The member with `id`.
    public func find(_ id: MemberID) throws -> Member {
        try database.dbWriter.read { db in try Self.record(id, in: db).member() }
    }

    /// Everything held about one member, for `members show`.
    public func profile(_ id: MemberID) throws -> MemberProfile {
        try database.dbWriter.read { db in
            let member = try Self.record(id, in: db).member()
            return MemberProfile(
                member: member, roles: try Self.roles(of: [id], in: db)[id] ?? [],
                payments: try Self.payments(of: id, in: db),
                consent: try Self.consentHistory(of: [id], in: db)[id] ?? [])
        }
    }

    /// Members matching `filter` on `today`, ordered by last then first name, with their roles.
    public func list(
        _ filter: MemberFilter, on today: CalendarDate, gracePeriodDays: Int
    ) throws -> [MemberWithRoles] {
        try database.dbWriter.read { db in
            var request = MemberRecord.all()
            if let type = filter.membershipType {
                request = request.filter(MemberRecord.Columns.membershipType == type.slug)
            }
            if let since = filter.joinedSince {
                request = request.filter(MemberRecord.Columns.joinedOn >= since.iso)
            }
            if let before = filter.joinedBefore {
                request = request.filter(MemberRecord.Columns.joinedOn < before.iso)
            }
            let records = try request.order(
                MemberRecord.Columns.lastName.collating(.nocase),
                MemberRecord.Columns.firstName.collating(.nocase), MemberRecord.Columns.id
            ).fetchAll(db)
            let members = try records.map { try $0.member() }
            let roles = try Self.roles(of: members.map(\.id), in: db)
            return members.compactMap { member in
                let held = roles[member.id] ?? []
                guard filter.matches(member, roles: held, on: today, gracePeriodDays: gracePeriodDays)
                else { return nil }
                return MemberWithRoles(member: member, roles: held)
            }
        }
    }

    /// Members whose name, email or postcode contains `text` (case-insensitive).
    public func search(_ text: String) throws -> [Member] {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return [] }
        let pattern = "%" + Self.escapeLike(trimmed) + "%"
        let compactPostcode = "%" + Self.escapeLike(trimmed.replacingSpaces()) + "%"
        return try database.dbWriter.read { db in
            try MemberRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM member
                    WHERE firstName LIKE :p ESCAPE '\\' OR lastName LIKE :p ESCAPE '\\'
                       OR (firstName || ' ' || lastName) LIKE :p ESCAPE '\\'
                       OR email LIKE :p ESCAPE '\\'
                       OR replace(postcode, ' ', '') LIKE :c ESCAPE '\\'
                    ORDER BY lastName COLLATE NOCASE, firstName COLLATE NOCASE, id
                    """,
                arguments: ["p": pattern, "c": compactPostcode]
            ).map { try $0.member() }
        }
    }

    // MARK: - Shared queries

    static func record(_ id: MemberID, in db: Database) throws -> MemberRecord {
        guard let record = try MemberRecord.fetchOne(db, key: id.rawValue) else {
            throw MembersError.notFound(id)
        }
        return record
    }

    /// The existing member that `details` would duplicate: same email (any case), or same name
    /// at the same postcode.
    static func duplicate(of details: MemberDetails, in db: Database) throws -> Duplicate? {
        if let key = details.email?.comparisonKey,
            let id = try Int64.fetchOne(
                db.cachedStatement(sql: DuplicateQueries.byEmail), arguments: [key])
        {
            return Duplicate(id: MemberID(rawValue: id), error: .duplicateEmail(existing: MemberID(rawValue: id)))
        }
        if let postcode = details.postcode?.normalised,
            let id = try Int64.fetchOne(
                db.cachedStatement(
                    sql: DuplicateQueries.byNameAndPostcode),
                arguments: [postcode, MemberRecord.nameKey(details)])
        {
            return Duplicate(
                id: MemberID(rawValue: id), error: .duplicateNamePostcode(existing: MemberID(rawValue: id)))
        }
        return nil
    }

    struct Duplicate {
        var id: MemberID
        var error: MembersError
    }

    static func escapeLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

extension String {
    fileprivate func replacingSpaces() -> String { filter { $0 != " " } }
}

extension MemberDetails {
    /// The canonical names of the fields that hold a value, for a "create" audit entry.
    static func allFieldNames(of details: MemberDetails) -> [String] {
        var fields = ["first_name", "last_name", "joined_on", "membership_type"]
        if details.email != nil { fields.append("email") }
        if details.phone != nil { fields.append("phone") }
        if details.postcode != nil { fields.append("postcode") }
        if details.address != nil { fields.append("address") }
        if details.dateOfBirth != nil { fields.append("date_of_birth") }
        if details.branch != nil { fields.append("branch") }
        if details.duesPence != nil { fields.append("dues_pence") }
        if details.notes != nil { fields.append("notes") }
        return fields
    }
}

/// The two queries behind the duplicate rule (same email, or same name at the same postcode),
/// shared by `add`/`update` and the import's prepared statements so the rule lives in one place.
enum DuplicateQueries {
    static let byEmail = "SELECT id FROM member WHERE emailKey = ?"
    static let byNameAndPostcode = "SELECT id FROM member WHERE postcode = ? AND nameKey = ? ORDER BY id LIMIT 1"
}
