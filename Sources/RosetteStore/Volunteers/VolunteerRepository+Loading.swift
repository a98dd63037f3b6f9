internal import GRDB
import Privacy
import Members
import RosetteCore
import Volunteers

// MARK: - Shared queries: volunteers and their offers

extension VolunteerRepository {
    static func record(_ id: VolunteerID, in db: Database) throws -> VolunteerRecord {
        guard let record = try VolunteerRecord.fetchOne(db, key: id.rawValue) else {
            throw VolunteersError.volunteerNotFound(id)
        }
        return record
    }

    static func volunteer(_ id: VolunteerID, in db: Database) throws -> Volunteer {
        let record = try record(id, in: db)
        guard let volunteer = try volunteers([record], in: db).first else { throw VolunteersError.volunteerNotFound(id) }
        return volunteer
    }

    /// Volunteers for records, with their skills, wards, windows and absences.
    static func volunteers(_ records: [VolunteerRecord], in db: Database) throws -> [Volunteer] {
        var offers: [Int64: VolunteerOffer] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT volunteerId, skill FROM volunteerSkill") {
            let id: Int64 = row["volunteerId"]
            guard let skill = try? Skill(parsing: row["skill"] as String) else {
                throw StoredDataError(kind: "volunteer", id: id, field: "skills")
            }
            offers[id, default: VolunteerOffer()].skills.insert(skill)
        }
        for row in try Row.fetchAll(db, sql: "SELECT volunteerId, ward FROM volunteerWard ORDER BY wardKey") {
            let id: Int64 = row["volunteerId"]
            guard let ward = try? Ward(parsing: row["ward"] as String) else {
                throw StoredDataError(kind: "volunteer", id: id, field: "wards")
            }
            offers[id, default: VolunteerOffer()].wards.insert(ward)
        }
        let windows = try Row.fetchAll(
            db, sql: "SELECT volunteerId, weekday, fromTime, toTime FROM volunteerAvailability ORDER BY volunteerId, id")
        for row in windows {
            let id: Int64 = row["volunteerId"]
            guard let day = Weekday(rawValue: row["weekday"]), let from = TimeOfDay(text: row["fromTime"] as String),
                let to = TimeOfDay(text: row["toTime"] as String), let window = try? AvailabilityWindow(weekday: day, from: from, to: to)
            else { throw StoredDataError(kind: "volunteer", id: id, field: "availability") }
            offers[id, default: VolunteerOffer()].availability.append(window)
        }
        let absences = try Row.fetchAll(
            db, sql: "SELECT volunteerId, fromDate, toDate, note FROM volunteerAbsence ORDER BY volunteerId, fromDate, id")
        for row in absences {
            let id: Int64 = row["volunteerId"]
            guard let from = CalendarDate(iso: row["fromDate"] as String), let to = CalendarDate(iso: row["toDate"] as String),
                let absence = try? Absence(from: from, to: to, note: row["note"])
            else { throw StoredDataError(kind: "volunteer", id: id, field: "absences") }
            offers[id, default: VolunteerOffer()].absences.append(absence)
        }
        return try records.map { record in
            let id = record.id ?? 0
            return Volunteer(
                id: VolunteerID(rawValue: id), person: try record.person(), offer: offers[id] ?? VolunteerOffer(),
                since: try record.sinceDate())
        }
    }

    /// Every volunteer with the name and contact details to show and the consent that governs them.
    static func contacts(in db: Database) throws -> [VolunteerContact] {
        let records = try VolunteerRecord.order(Column("id")).fetchAll(db)
        let volunteers = try volunteers(records, in: db)
        let memberIDs = volunteers.compactMap(\.person.memberID)
        var members: [MemberID: Member] = [:]
        for id in memberIDs { members[id] = try MemberRepository.record(id, in: db).member() }
        let memberConsent = try MemberRepository.consentHistory(of: memberIDs, in: db)
        let supporterConsent = try self.supporterConsent(in: db)
        let suppression = try SuppressionRepository.list(in: db)
        return volunteers.map { volunteer in
            switch volunteer.person {
            case .member(let id):
                let member = members[id]
                return VolunteerContact(
                    volunteer: volunteer,
                    name: member.map { "\($0.details.firstName) \($0.details.lastName)" } ?? "member \(id)",
                    phone: member?.details.phone, email: member?.details.email, consent: memberConsent[id] ?? [],
                    suppressed: member.map {
                        suppression.suppresses(
                            email: $0.details.email, phone: $0.details.phone,
                            name: "\($0.details.firstName) \($0.details.lastName)", postcode: $0.details.postcode)
                    } ?? false)
            case .supporter(let supporter):
                return VolunteerContact(
                    volunteer: volunteer, name: supporter.name.value, phone: supporter.phone, email: supporter.email,
                    consent: supporterConsent[volunteer.id] ?? [],
                    suppressed: suppression.suppresses(email: supporter.email, phone: supporter.phone))
            }
        }
    }

    static func supporterConsent(in db: Database) throws -> [VolunteerID: [ConsentChange]] {
        var result: [VolunteerID: [ConsentChange]] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT volunteerId, channel, given, recordedOn, method, recordedBy FROM supporterConsent
                ORDER BY volunteerId, recordedOn, id
                """)
        for row in rows {
            let id = VolunteerID(rawValue: row["volunteerId"])
            guard let channel = ContactChannel(rawValue: row["channel"]), let day = CalendarDate(iso: row["recordedOn"] as String)
            else { throw StoredDataError(kind: "volunteer", id: id.rawValue, field: "consent") }
            result[id, default: []].append(
                ConsentChange(
                    channel: channel, given: row["given"], recordedOn: day, method: row["method"],
                    recordedBy: row["recordedBy"]))
        }
        return result
    }

    /// Replaces skills, wards and weekly windows.
    static func writeOffer(_ offer: VolunteerOffer, of id: VolunteerID, in db: Database) throws {
        try db.execute(sql: "DELETE FROM volunteerSkill WHERE volunteerId = ?", arguments: [id.rawValue])
        try db.execute(sql: "DELETE FROM volunteerWard WHERE volunteerId = ?", arguments: [id.rawValue])
        try db.execute(sql: "DELETE FROM volunteerAvailability WHERE volunteerId = ?", arguments: [id.rawValue])
        for skill in offer.skills {
            try db.execute(
                sql: "INSERT INTO volunteerSkill (volunteerId, skill) VALUES (?, ?)", arguments: [id.rawValue, skill.slug])
        }
        for ward in offer.wards {
            try db.execute(
                sql: "INSERT INTO volunteerWard (volunteerId, wardKey, ward) VALUES (?, ?, ?)",
                arguments: [id.rawValue, ward.key, ward.name])
        }
        for window in offer.availability {
            try db.execute(
                sql: "INSERT INTO volunteerAvailability (volunteerId, weekday, fromTime, toTime) VALUES (?, ?, ?, ?)",
                arguments: [id.rawValue, window.weekday.rawValue, window.from.description, window.to.description])
        }
    }

    static func insert(_ absence: Absence, of id: VolunteerID, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO volunteerAbsence (volunteerId, fromDate, toDate, note) VALUES (?, ?, ?, ?)",
            arguments: [id.rawValue, absence.from.iso, absence.to.iso, absence.note])
    }

    static func offerFields(_ offer: VolunteerOffer) -> [String] {
        var fields: [String] = []
        if !offer.skills.isEmpty { fields.append("skills") }
        if !offer.wards.isEmpty { fields.append("wards") }
        if !offer.availability.isEmpty { fields.append("availability") }
        if !offer.absences.isEmpty { fields.append("absences") }
        return fields
    }
}
