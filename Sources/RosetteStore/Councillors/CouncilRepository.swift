internal import GRDB
public import Councillors
public import RosetteCore

/// Parties, councils and wards: intent-named reads and writes, each write one transaction with
/// its audit entry (field names only).
public struct CouncilRepository: Sendable {
    let database: AppDatabase
    let actor: Actor

    public init(_ database: AppDatabase, actor: Actor) {
        self.database = database
        self.actor = actor
    }

    // MARK: - Parties

    /// Adds a party, so councillors can sit for it and defect to it.
    public func addParty(name: String, shortName: String, colour: String?) throws -> Party {
        let checked = try Party.validated(name: name, shortName: shortName, colour: colour)
        return try database.dbWriter.write { db in
            let clash = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM party WHERE shortName = ? OR name = ? COLLATE NOCASE",
                arguments: [checked.shortName, checked.name]) ?? 0
            if clash > 0 { throw CouncillorsError.duplicateParty(checked.shortName) }
            var record = PartyRecord(
                id: nil, name: checked.name, shortName: checked.shortName, colour: checked.colour,
                createdAt: Timestamp.now())
            try record.insert(db)
            try AuditLog.record(
                db, actor: actor, kind: "party", id: record.id ?? 0, action: .create, fields: ["name", "short_name", "colour"])
            return record.party
        }
    }

    /// Every party, by name.
    public func parties() throws -> [Party] {
        try database.dbWriter.read { db in
            try PartyRecord.fetchAll(db, sql: "SELECT * FROM party ORDER BY name").map(\.party)
        }
    }

    /// The party a user named by short name or name; an unknown one says how to add it.
    public func party(named text: String) throws -> Party {
        try database.dbWriter.read { db in try Self.party(named: text, in: db) }
    }

    static func party(named text: String, in db: Database) throws -> Party {
        let key = text.trimmingWhitespace
        guard
            let record = try PartyRecord.fetchOne(
                db, sql: "SELECT * FROM party WHERE shortName = lower(?) OR name = ? COLLATE NOCASE",
                arguments: [key, key])
        else { throw CouncillorsError.unknownParty(text) }
        return record.party
    }

    /// Our party (the `party.short_name` setting), or `nil` while it is not set.
    public func ourParty() throws -> Party? {
        let short = try SettingsRepository(database).value(of: .ourParty)
        guard !short.isEmpty else { return nil }
        return try? party(named: short)
    }

    // MARK: - Councils

    public func addCouncil(_ details: CouncilDetails) throws -> Council {
        let checked = try details.validated()
        return try database.dbWriter.write { db in
            var record = CouncilRecord(checked, now: Timestamp.now())
            try record.insert(db)
            try AuditLog.record(
                db, actor: actor, kind: "council", id: record.id ?? 0, action: .create,
                fields: ["name", "tier", "nation", "area_code", "next_ordinary_election"])
            return try record.council()
        }
    }

    public func updateCouncil(_ id: CouncilID, with details: CouncilDetails) throws -> Council {
        let checked = try details.validated()
        return try database.dbWriter.write { db in
            var record = try Self.councilRecord(id, in: db)
            record.apply(checked)
            record.updatedAt = Timestamp.now()
            try record.update(db)
            try AuditLog.record(db, actor: actor, kind: "council", id: id.rawValue, action: .update, fields: ["details"])
            return try record.council()
        }
    }

    public func council(_ id: CouncilID) throws -> Council {
        try database.dbWriter.read { db in try Self.councilRecord(id, in: db).council() }
    }

    public func councils() throws -> [Council] {
        try database.dbWriter.read { db in
            try CouncilRecord.fetchAll(db, sql: "SELECT * FROM council ORDER BY name, id").map { try $0.council() }
        }
    }

    static func councilRecord(_ id: CouncilID, in db: Database) throws -> CouncilRecord {
        guard let record = try CouncilRecord.fetchOne(db, key: id.rawValue) else {
            throw CouncillorsError.councilNotFound(id)
        }
        return record
    }

    // MARK: - Wards

    /// Adds a ward, or changes the seats of an existing one (same name, any case).
    public func setWard(of council: CouncilID, name: String, seats: Int) throws -> Ward {
        let (name, seats) = try Ward.validated(name: name, seats: seats)
        return try database.dbWriter.write { db in
            _ = try Self.councilRecord(council, in: db)
            if var record = try WardRecord.fetchOne(
                db, sql: "SELECT * FROM ward WHERE councilId = ? AND name = ?", arguments: [council.rawValue, name])
            {
                record.seats = seats
                try record.update(db)
                try AuditLog.record(db, actor: actor, kind: "ward", id: record.id ?? 0, action: .update, fields: ["seats"])
                return record.ward
            }
            var record = WardRecord(id: nil, councilId: council.rawValue, name: name, seats: seats)
            try record.insert(db)
            try AuditLog.record(db, actor: actor, kind: "ward", id: record.id ?? 0, action: .create, fields: ["name", "seats"])
            return record.ward
        }
    }

    public func wards(of council: CouncilID) throws -> [Ward] {
        try database.dbWriter.read { db in
            try WardRecord.fetchAll(
                db, sql: "SELECT * FROM ward WHERE councilId = ? ORDER BY name", arguments: [council.rawValue]
            ).map(\.ward)
        }
    }

    // MARK: - Composition

    /// A council's seats by party on a day, from its councillors' histories.
    public func composition(of council: CouncilID, on day: CalendarDate) throws -> (Council, Composition, [Councillor]) {
        try database.dbWriter.read { db in
            let found = try Self.councilRecord(council, in: db).council()
            let wards = try WardRecord.fetchAll(
                db, sql: "SELECT * FROM ward WHERE councilId = ?", arguments: [council.rawValue]
            ).map(\.ward)
            let councillors = try CouncillorRecord.load(db, council: council)
            return (found, Composition.on(day, councillors: councillors, wards: wards), councillors.filter { $0.isSitting(on: day) })
        }
    }
}
