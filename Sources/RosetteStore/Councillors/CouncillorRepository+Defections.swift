internal import GRDB
public import Councillors
public import Defections
public import RosetteCore

extension CouncillorRepository {
    /// Records a defection: closes the councillor's current party period on the effective day and
    /// opens the next, in one transaction with the defection row and its audit entry, so the
    /// history never has a gap or an overlap.
    ///
    /// - parameter party: the party joined, by short name or name; an unknown one is refused with
    ///   a message saying how to add it (never a free-text typo).
    public func recordDefection(
        councillor id: CouncillorID, to party: String, effectiveOn: CalendarDate, announcedOn: CalendarDate?,
        note: String?, source: String?, today: CalendarDate
    ) throws -> Defection {
        try database.dbWriter.write { db in
            let target = try CouncilRepository.party(named: party, in: db)
            let councillor = try Self.councillor(id, in: db)
            let request = NewDefection(
                councillorID: id, to: target.id, effectiveOn: effectiveOn, announcedOn: announcedOn,
                note: note?.trimmingWhitespace, source: source?.trimmingWhitespace)
            let change = try DefectionRules.change(for: request, councillor: councillor, today: today)
            try db.execute(
                sql: "UPDATE affiliation SET endedOn = ? WHERE councillorId = ? AND endedOn IS NULL",
                arguments: [effectiveOn.iso, id.rawValue])
            try db.execute(
                sql: "INSERT INTO affiliation (councillorId, partyId, startedOn) VALUES (?, ?, ?)",
                arguments: [id.rawValue, target.id.rawValue, effectiveOn.iso])
            try db.execute(
                sql: """
                    INSERT INTO defection (councillorId, fromPartyId, toPartyId, effectiveOn, announcedOn, note,
                        source, createdAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id.rawValue, change.closed.party.rawValue, target.id.rawValue, effectiveOn.iso, announcedOn?.iso,
                    request.note, request.source, Timestamp.now(),
                ])
            let defectionID = db.lastInsertedRowID
            try AuditLog.record(
                db, actor: actor, kind: "defection", id: defectionID, action: .create,
                fields: ["councillor_id", "from_party", "to_party", "effective_on"])
            try AuditLog.record(db, actor: actor, kind: "councillor", id: id.rawValue, action: .update, fields: ["party"])
            return Defection(
                id: defectionID, councillorID: id, councilID: councillor.councilID, from: change.closed.party,
                to: target.id, effectiveOn: effectiveOn, announcedOn: announcedOn, note: request.note,
                source: request.source)
        }
    }

    /// Defections taking effect on or after `since` (all when `nil`), oldest first.
    public func defections(since: CalendarDate? = nil) throws -> [Defection] {
        try database.dbWriter.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.*, c.councilId FROM defection d JOIN councillor c ON c.id = d.councillorId
                    WHERE ?1 IS NULL OR d.effectiveOn >= ?1 ORDER BY d.effectiveOn, d.id
                    """, arguments: [since?.iso]
            ).map { row in
                let id: Int64 = row["id"]
                guard let effective = CalendarDate(iso: row["effectiveOn"] as String) else {
                    throw StoredDataError(kind: "defection", id: id, field: "effectiveOn")
                }
                return Defection(
                    id: id, councillorID: CouncillorID(rawValue: row["councillorId"]),
                    councilID: CouncilID(rawValue: row["councilId"]), from: PartyID(rawValue: row["fromPartyId"]),
                    to: PartyID(rawValue: row["toPartyId"]), effectiveOn: effective,
                    announcedOn: (row["announcedOn"] as String?).flatMap { CalendarDate(iso: $0) }, note: row["note"],
                    source: row["source"])
            }
        }
    }
}
