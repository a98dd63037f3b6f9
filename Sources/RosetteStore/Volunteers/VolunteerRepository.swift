internal import GRDB
public import Members
public import RosetteCore
public import Volunteers

/// Volunteers, activities, shifts and sign-ups: the intent-named reads and writes the CLI uses.
/// Each write is one transaction that also appends to the audit trail (field names only).
public struct VolunteerRepository: Sendable {
    let database: AppDatabase
    let actor: Actor

    public init(_ database: AppDatabase, actor: Actor) {
        self.database = database
        self.actor = actor
    }

    // MARK: - Database Access: Writes

    /// Adds a volunteer: a member (who must exist and not be a volunteer already) or a supporter.
    public func add(_ person: VolunteerPerson, offer: VolunteerOffer, since: CalendarDate) throws -> Volunteer {
        try database.dbWriter.write { db in
            if let member = person.memberID {
                guard try MemberRecord.exists(db, key: member.rawValue) else { throw MembersError.notFound(member) }
                if let existing = try Int64.fetchOne(
                    db, sql: "SELECT id FROM volunteer WHERE memberId = ?", arguments: [member.rawValue])
                {
                    throw VolunteersError.alreadyVolunteer(member: member, volunteer: VolunteerID(rawValue: existing))
                }
            }
            if case .supporter(let supporter) = person, let twin = try Self.supporter(like: supporter, in: db) {
                throw VolunteersError.duplicateSupporter(existing: twin)
            }
            var record = VolunteerRecord(person, since: since, now: Timestamp.now())
            try record.insert(db)
            let id = VolunteerID(rawValue: record.id ?? db.lastInsertedRowID)
            try Self.writeOffer(offer, of: id, in: db)
            for absence in offer.absences { try Self.insert(absence, of: id, in: db) }
            var fields = person.memberID == nil ? ["name"] : ["member_id"]
            if case .supporter(let supporter) = person {
                if supporter.phone != nil { fields.append("phone") }
                if supporter.email != nil { fields.append("email") }
            }
            fields += Self.offerFields(offer)
            try AuditLog.record(db, actor: actor, kind: "volunteer", id: id.rawValue, action: .create, fields: fields)
            return try Self.volunteer(id, in: db)
        }
    }

    /// Replaces what a volunteer offers (skills, wards, weekly availability); absences are kept.
    public func updateOffer(_ id: VolunteerID, to offer: VolunteerOffer) throws -> Volunteer {
        try database.dbWriter.write { db in
            let old = try Self.volunteer(id, in: db)
            var changed: [String] = []
            if old.offer.skills != offer.skills { changed.append("skills") }
            if old.offer.wards.map(\.key).sorted() != offer.wards.map(\.key).sorted() { changed.append("wards") }
            if old.offer.availability != offer.availability { changed.append("availability") }
            guard !changed.isEmpty else { return old }
            try Self.writeOffer(offer, of: id, in: db)
            try db.execute(sql: "UPDATE volunteer SET updatedAt = ? WHERE id = ?", arguments: [Timestamp.now(), id.rawValue])
            try AuditLog.record(db, actor: actor, kind: "volunteer", id: id.rawValue, action: .update, fields: changed)
            return try Self.volunteer(id, in: db)
        }
    }

    /// Records days a volunteer is away.
    public func addAbsence(_ absence: Absence, to id: VolunteerID) throws -> Volunteer {
        try database.dbWriter.write { db in
            _ = try Self.record(id, in: db)
            try Self.insert(absence, of: id, in: db)
            try AuditLog.record(db, actor: actor, kind: "volunteer", id: id.rawValue, action: .update, fields: ["absences"])
            return try Self.volunteer(id, in: db)
        }
    }

    /// Appends a consent change for a supporter (members' consent lives on the member record).
    public func recordConsent(
        _ id: VolunteerID, channel: ContactChannel, given: Bool, on day: CalendarDate, method: String?, today: CalendarDate
    ) throws {
        try MembershipRules.checkConsentDate(day, today: today)
        try database.dbWriter.write { db in
            let record = try Self.record(id, in: db)
            if let member = record.memberId { throw VolunteersError.memberConsent(id, MemberID(rawValue: member)) }
            try db.execute(
                sql: """
                    INSERT INTO supporterConsent (volunteerId, channel, given, recordedOn, method, recordedBy)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [id.rawValue, channel.rawValue, given, day.iso, method, actor.name])
            try AuditLog.record(
                db, actor: actor, kind: "volunteer", id: id.rawValue, action: .update,
                fields: ["consent_\(channel.rawValue)"])
        }
    }

    // MARK: - Database Access: Reads

    public func find(_ id: VolunteerID) throws -> Volunteer {
        try database.dbWriter.read { db in try Self.volunteer(id, in: db) }
    }

    /// A volunteer with the name, contact details and consent to show.
    public func contact(_ id: VolunteerID) throws -> VolunteerContact {
        try database.dbWriter.read { db in
            _ = try Self.record(id, in: db)
            guard let contact = try Self.contacts(in: db).first(where: { $0.volunteer.id == id }) else {
                throw VolunteersError.volunteerNotFound(id)
            }
            return contact
        }
    }

    /// Every volunteer with contact details, by id; optionally those with a skill or who go to a ward.
    public func contacts(skill: Skill? = nil, ward: Ward? = nil) throws -> [VolunteerContact] {
        try database.dbWriter.read { db in
            try Self.contacts(in: db).filter { contact in
                (skill.map { contact.volunteer.offer.skills.contains($0) } ?? true)
                    && (ward.map { contact.volunteer.travels(to: $0) } ?? true)
            }
        }
    }

    /// The supporter already volunteering who is this person (`Supporter.isSamePerson`), if any.
    static func supporter(like supporter: Supporter, in db: Database) throws -> VolunteerID? {
        for record in try VolunteerRecord.filter(Column("memberId") == nil).fetchAll(db) {
            if case .supporter(let stored) = try record.person(), stored.isSamePerson(as: supporter) {
                return VolunteerID(rawValue: record.id ?? 0)
            }
        }
        return nil
    }
}
