internal import GRDB
import Councillors
import Members
import RosetteCore

extension CouncillorRepository {
    static func councillor(_ id: CouncillorID, in db: Database) throws -> Councillor {
        guard let found = try CouncillorRecord.load(db, id: id).first else {
            throw CouncillorsError.councillorNotFound(id)
        }
        return found
    }

    /// The council's ward of that name (any case), created with one seat when there is none.
    static func ward(
        named name: String, of council: CouncilID, in db: Database, actor: Actor
    ) throws -> (WardRecord, created: Bool) {
        _ = try CouncilRepository.councilRecord(council, in: db)
        let (name, _) = try Ward.validated(name: name, seats: 1)
        if let record = try WardRecord.fetchOne(
            db, sql: "SELECT * FROM ward WHERE councilId = ? AND name = ?", arguments: [council.rawValue, name])
        {
            return (record, false)
        }
        var record = WardRecord(id: nil, councilId: council.rawValue, name: name, seats: 1)
        try record.insert(db)
        try AuditLog.record(db, actor: actor, kind: "ward", id: record.id ?? 0, action: .create, fields: ["name", "seats"])
        return (record, true)
    }

    /// Inserts a councillor and the first affiliation period, refusing a full ward.
    static func insert(
        _ details: CouncillorDetails, council: CouncilID, ward: WardRecord, party: PartyID, now: String,
        in db: Database
    ) throws -> Int64 {
        try checkMember(details.memberID, in: db)
        let sitting = try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM councillor WHERE wardId = ? AND (leftOn IS NULL OR leftOn > ?)
                AND (termEndsOn IS NULL OR termEndsOn >= ?)
                """, arguments: [ward.id, details.electedOn.iso, details.electedOn.iso]) ?? 0
        if sitting >= ward.seats {
            throw CouncillorsError.wardFull(ward: ward.name, council: council, seats: ward.seats)
        }
        let record = CouncillorRecord(details, council: council, ward: WardID(rawValue: ward.id ?? 0), now: now)
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO councillor (councilId, wardId, memberId, name, electedOn, termEndsOn, email, phone,
                    createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            record.councilId, record.wardId, record.memberId, record.name, record.electedOn, record.termEndsOn,
            record.email, record.phone, record.createdAt, record.updatedAt,
        ])
        let id = db.lastInsertedRowID
        let period = try db.cachedStatement(
            sql: "INSERT INTO affiliation (councillorId, partyId, startedOn) VALUES (?, ?, ?)")
        try period.execute(arguments: [id, party.rawValue, details.electedOn.iso])
        return id
    }

    static func checkMember(_ member: MemberID?, in db: Database) throws {
        if let member, try !MemberRecord.exists(db, key: member.rawValue) { throw MembersError.notFound(member) }
    }

    /// Details with only the required fields, to name the optional fields a new record has.
    static func blank(_ details: CouncillorDetails) -> CouncillorDetails {
        CouncillorDetails(name: details.name, electedOn: details.electedOn)
    }
}
