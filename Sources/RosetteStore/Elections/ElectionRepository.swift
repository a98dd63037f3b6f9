internal import GRDB
public import Elections
public import Members
public import RosetteCore

/// Elections the party stands in: intent-named reads and writes. Each write is one transaction
/// with its audit entry.
public struct ElectionRepository: Sendable {
    let database: AppDatabase
    let actor: Actor

    public init(_ database: AppDatabase, actor: Actor) {
        self.database = database
        self.actor = actor
    }

    // MARK: - Database Access: Writes

    /// Stores a new election after checking its facts (and that the members it names exist).
    ///
    /// - parameter today: when given and the details name no nominating officer, the member who
    ///   holds that role today signs the certificates, so the election names them.
    public func add(_ details: PartyElectionDetails, today: CalendarDate? = nil) throws -> PartyElection {
        let checked = try details.validated()
        return try database.dbWriter.write { db in try Self.insert(checked, actor: actor, today: today, in: db) }
    }

    /// Inserts checked facts inside the caller's transaction (a vacancy's by-election is created
    /// and linked in one), defaulting the nominating officer to today's holder of the role.
    static func insert(
        _ details: PartyElectionDetails, actor: Actor, today: CalendarDate?, in db: Database
    ) throws -> PartyElection {
        var checked = details
        if checked.nominatingOfficer == nil, let today {
            checked.nominatingOfficer = try MemberRepository.holders(of: .nominatingOfficer, on: today, in: db).first
        }
        try checkMembers(of: checked, in: db)
        var record = ElectionRecord(checked, now: Timestamp.now())
        try record.insert(db)
        try AuditLog.record(
            db, actor: actor, kind: "election", id: record.id ?? db.lastInsertedRowID, action: .create,
            fields: ["name", "kind", "poll_date"])
        return try record.election()
    }

    /// Replaces an election's facts.
    public func update(_ id: ElectionID, with details: PartyElectionDetails) throws -> PartyElection {
        let checked = try details.validated()
        return try database.dbWriter.write { db in
            var record = try Self.record(id, in: db)
            try Self.checkMembers(of: checked, in: db)
            let old = try record.election()
            guard old.details != checked else { return old }
            record.apply(checked)
            record.updatedAt = Timestamp.now()
            try record.update(db)
            try AuditLog.record(
                db, actor: actor, kind: "election", id: id.rawValue, action: .update, fields: ["details"])
            return try record.election()
        }
    }

    /// Marks an election cancelled (the party withdrew, or the poll was countermanded).
    public func cancel(_ id: ElectionID, on day: CalendarDate) throws -> PartyElection {
        try database.dbWriter.write { db in
            var record = try Self.record(id, in: db)
            if record.cancelledOn != nil { throw ElectionsStoreError.alreadyCancelled(id) }
            record.cancelledOn = day.iso
            record.updatedAt = Timestamp.now()
            try record.update(db)
            try AuditLog.record(
                db, actor: actor, kind: "election", id: id.rawValue, action: .update, fields: ["cancelled_on"])
            return try record.election()
        }
    }

    // MARK: - Database Access: Reads

    public func find(_ id: ElectionID) throws -> PartyElection {
        try database.dbWriter.read { db in try Self.record(id, in: db).election() }
    }

    /// Elections by polling day; cancelled ones only when asked.
    public func list(includeCancelled: Bool = false) throws -> [PartyElection] {
        try database.dbWriter.read { db in
            try ElectionRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM election WHERE ? OR cancelledOn IS NULL ORDER BY pollDate, id
                    """, arguments: [includeCancelled]
            ).map { try $0.election() }
        }
    }

    // MARK: - Shared

    static func record(_ id: ElectionID, in db: Database) throws -> ElectionRecord {
        guard let record = try ElectionRecord.fetchOne(db, key: id.rawValue) else {
            throw ElectionsStoreError.notFound(id)
        }
        return record
    }

    /// The members an election names must exist and still be members; a candidate must be 18 or
    /// over on polling day (RPA 1983 s.79 / Electoral Administration Act 2006 s.17).
    static func checkMembers(of details: PartyElectionDetails, in db: Database) throws {
        var named: [(MemberID, String)] = []
        if case .member(let id) = details.candidate { named.append((id, "candidate")) }
        if case .member(let id) = details.agent { named.append((id, "agent")) }
        if let officer = details.nominatingOfficer { named.append((officer, "nominating officer")) }
        for (id, role) in named {
            let member = try MemberRepository.record(id, in: db).member()
            if let ending = member.ending {
                throw ElectionsStoreError.ineligible(id, role, "their membership ended (\(ending.reason.rawValue))")
            }
            if role == "candidate", let born = member.details.dateOfBirth,
                AgeBand.age(dateOfBirth: born, on: details.pollDate) < 18
            {
                throw ElectionsStoreError.ineligible(id, role, "a candidate must be 18 or over on polling day")
            }
        }
    }
}

/// Election failures a user can cause.
public enum ElectionsStoreError: RosetteFailure, Equatable {
    case notFound(ElectionID)
    case alreadyCancelled(ElectionID)
    case notOnTheChecklist(ElectionID, String)
    case subscriberNotFound(Int64)
    case ineligible(MemberID, String, String)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .notFound(let id): return "there is no election \(id)"
        case .alreadyCancelled(let id): return "election \(id) is already cancelled"
        case .notOnTheChecklist(let id, let form):
            return "\(form) is not on election \(id)'s checklist (see rosette forms list --election \(id))"
        case .subscriberNotFound(let id): return "there is no subscriber \(id)"
        case .ineligible(let id, let role, let why): return "member \(id) cannot be the \(role): \(why)"
        }
    }
}
