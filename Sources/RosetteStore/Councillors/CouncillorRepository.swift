internal import GRDB
public import Councillors
public import Members
public import RosetteCore

/// Councillors: seats, party history, offices and consent. Each write is one transaction with its
/// audit entry (field names only).
public struct CouncillorRepository: Sendable {
    let database: AppDatabase
    let actor: Actor

    public init(_ database: AppDatabase, actor: Actor) {
        self.database = database
        self.actor = actor
    }

    /// What `add` made, so the caller can say when it created a ward.
    public struct Added: Sendable {
        public var councillor: Councillor
        public var createdWard: Ward?
    }

    // MARK: - Database Access: Writes

    /// Adds a councillor sitting for `party` from `details.electedOn`, on the named ward (created
    /// with one seat if the council has no ward of that name).
    public func add(
        _ details: CouncillorDetails, council: CouncilID, ward: String, party: String, today: CalendarDate
    ) throws -> Added {
        let checked = try details.validated(today: today)
        return try database.dbWriter.write { db in
            let party = try CouncilRepository.party(named: party, in: db)
            let now = Timestamp.now()
            let (wardRecord, created) = try Self.ward(named: ward, of: council, in: db, actor: actor)
            let id = try Self.insert(checked, council: council, ward: wardRecord, party: party.id, now: now, in: db)
            try AuditLog.record(
                db, actor: actor, kind: "councillor", id: id, action: .create,
                fields: ["name", "council", "ward", "party", "elected_on"] + checked.changedFields(from: Self.blank(checked)))
            let councillor = try Self.councillor(CouncillorID(rawValue: id), in: db)
            return Added(councillor: councillor, createdWard: created ? wardRecord.ward : nil)
        }
    }

    /// Replaces a councillor's details (name, member, dates, contact).
    public func update(_ id: CouncillorID, with details: CouncillorDetails, today: CalendarDate) throws -> Councillor {
        let checked = try details.validated(today: today)
        return try database.dbWriter.write { db in
            guard var record = try CouncillorRecord.fetchOne(db, key: id.rawValue) else {
                throw CouncillorsError.councillorNotFound(id)
            }
            let old = try Self.councillor(id, in: db)
            let changed = checked.changedFields(from: old.details)
            guard !changed.isEmpty else { return old }
            if checked.electedOn != old.details.electedOn {
                guard old.affiliations.count == 1 else { throw CouncillorsError.endBeforeStart("the first party period") }
                try db.execute(
                    sql: "UPDATE affiliation SET startedOn = ? WHERE councillorId = ?",
                    arguments: [checked.electedOn.iso, id.rawValue])
            }
            try Self.checkMember(checked.memberID, in: db)
            record.apply(checked)
            record.updatedAt = Timestamp.now()
            try record.update(db)
            try AuditLog.record(db, actor: actor, kind: "councillor", id: id.rawValue, action: .update, fields: changed)
            return try Self.councillor(id, in: db)
        }
    }

    /// Starts holding an office.
    public func startOffice(_ office: OfficeKind, of id: CouncillorID, on day: CalendarDate, note: String?) throws {
        try database.dbWriter.write { db in
            let councillor = try Self.councillor(id, in: db)
            guard councillor.isSitting(on: day) else { throw CouncillorsError.notSitting(id, day) }
            if councillor.offices.contains(where: { $0.office == office && $0.endedOn == nil }) {
                throw CouncillorsError.officeAlreadyHeld(id, office)
            }
            try db.execute(
                sql: "INSERT INTO councillorOffice (councillorId, office, startedOn, note) VALUES (?, ?, ?, ?)",
                arguments: [id.rawValue, office.rawValue, day.iso, note])
            try AuditLog.record(db, actor: actor, kind: "councillor", id: id.rawValue, action: .update, fields: ["office"])
        }
    }

    /// Stops holding an office; `day` is the last day held.
    public func endOffice(_ office: OfficeKind, of id: CouncillorID, on day: CalendarDate) throws {
        try database.dbWriter.write { db in
            let councillor = try Self.councillor(id, in: db)
            guard let term = councillor.offices.last(where: { $0.office == office && $0.endedOn == nil }) else {
                throw CouncillorsError.officeNotHeld(id, office)
            }
            guard day >= term.startedOn else { throw CouncillorsError.endBeforeStart("the office of \(office.displayName)") }
            try db.execute(
                sql: """
                    UPDATE councillorOffice SET endedOn = ? WHERE councillorId = ? AND office = ? AND endedOn IS NULL
                    """, arguments: [day.iso, id.rawValue, office.rawValue])
            try AuditLog.record(db, actor: actor, kind: "councillor", id: id.rawValue, action: .update, fields: ["office"])
        }
    }

    /// Records consent given or withdrawn on a channel, as for members (appended, never rewritten).
    public func recordConsent(
        _ id: CouncillorID, channel: ContactChannel, given: Bool, on day: CalendarDate, method: String?
    ) throws {
        try database.dbWriter.write { db in
            _ = try Self.councillor(id, in: db)
            try db.execute(
                sql: """
                    INSERT INTO councillorConsent (councillorId, channel, given, recordedOn, method, recordedBy)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [id.rawValue, channel.rawValue, given, day.iso, method, actor.name])
            try AuditLog.record(db, actor: actor, kind: "councillor", id: id.rawValue, action: .update, fields: ["consent"])
        }
    }

    // MARK: - Database Access: Reads

    public func find(_ id: CouncillorID) throws -> Councillor {
        try database.dbWriter.read { db in try Self.councillor(id, in: db) }
    }

    /// Councillors matching the filter on its day, by council and name.
    public func list(_ filter: CouncillorFilter) throws -> [Councillor] {
        try database.dbWriter.read { db in
            let councils = try CouncilRecord.fetchAll(db).map { try $0.council() }
            let byID = Dictionary(uniqueKeysWithValues: councils.map { ($0.id, $0) })
            return try CouncillorRecord.load(db, council: filter.council).filter { filter.matches($0, council: byID[$0.councilID]) }
        }
    }

    /// The consent history of one councillor, oldest first.
    public func consent(of id: CouncillorID) throws -> [ConsentChange] {
        try database.dbWriter.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM councillorConsent WHERE councillorId = ? ORDER BY recordedOn, id",
                arguments: [id.rawValue]
            ).compactMap { row in
                guard let channel = ContactChannel(rawValue: row["channel"]),
                    let day = CalendarDate(iso: row["recordedOn"] as String)
                else { return nil }
                return ConsentChange(
                    channel: channel, given: row["given"], recordedOn: day, method: row["method"],
                    recordedBy: row["recordedBy"])
            }
        }
    }

    /// The ward's name, for display.
    public func ward(_ id: WardID) throws -> Ward? {
        try database.dbWriter.read { db in try WardRecord.fetchOne(db, key: id.rawValue)?.ward }
    }
}
