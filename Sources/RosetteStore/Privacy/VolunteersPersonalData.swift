internal import GRDB
import Privacy
import RosetteCore

/// Volunteers (members who volunteer, and supporters who have not joined), their skills, wards,
/// availability, absences, consent and sign-ups.
///
/// Erasure blanks a supporter's name and contact details and deletes what they told us about
/// themselves; sign-ups stay against the anonymised row so shift staffing and hours stay right.
struct VolunteersPersonalData: PersonalDataSource {
    let module = "volunteers"
    static let purpose =
        "organising volunteers: consent (supporters) or Art. 9(2)(d) (members), DPA 2018 Sch. 1 para 22"
    static let details = ["volunteerSkill", "volunteerWard", "volunteerAvailability", "volunteerAbsence", "supporterConsent"]

    func link(_ keys: inout PersonKeys, in db: Database) throws {
        let (ids, idArgs) = PersonalSQL.list(keys.volunteerIDs)
        let (members, memberArgs) = PersonalSQL.list(keys.memberIDs)
        let (emails, emailArgs) = PersonalSQL.list(keys.emails)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, memberId, name, phone, email FROM volunteer
                WHERE id IN \(ids) OR memberId IN \(members) OR lower(email) IN \(emails)
                """, arguments: idArgs + memberArgs + emailArgs)
        for row in rows where (row["name"] as String?) != ErasedValues.volunteerName {
            keys.volunteerIDs.insert(row["id"])
            if let member: Int64 = row["memberId"] { keys.memberIDs.insert(member) }
            keys.add(name: row["name"])
            keys.add(phone: row["phone"])
            keys.add(email: row["email"])
        }
    }

    func export(_ keys: PersonKeys, in db: Database) throws -> [PersonalDataSection] {
        let (ids, args) = PersonalSQL.list(keys.volunteerIDs)
        var sections = try PersonalSQL.section(
            db, module: module, table: "volunteer", purpose: Self.purpose, matchedBy: "volunteer id",
            sql: "SELECT * FROM volunteer WHERE id IN \(ids) ORDER BY id", arguments: args)
        for table in Self.details {
            sections += try PersonalSQL.section(
                db, module: module, table: table, purpose: Self.purpose, matchedBy: "volunteer id",
                sql: "SELECT * FROM \(table) WHERE volunteerId IN \(ids)", arguments: args)
        }
        sections += try PersonalSQL.section(
            db, module: module, table: "signup", purpose: Self.purpose, matchedBy: "volunteer id",
            sql: """
                SELECT signup.*, shift.startLocal, shift.endLocal, activity.name AS activity FROM signup
                JOIN shift ON shift.id = signup.shiftId JOIN activity ON activity.id = shift.activityId
                WHERE signup.volunteerId IN \(ids) ORDER BY signup.id
                """, arguments: args)
        return sections
    }

    func erase(_ keys: PersonKeys, context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        let (ids, args) = PersonalSQL.list(keys.volunteerIDs)
        var actions: [PrivacyAction] = []
        let volunteerIDs = try Int64.fetchAll(db, sql: "SELECT id FROM volunteer WHERE id IN \(ids)", arguments: args)
        let supporters = try PersonalSQL.change(
            db, "UPDATE volunteer SET name = ?, phone = NULL, email = NULL, updatedAt = ? WHERE memberId IS NULL AND id IN \(ids)",
            [ErasedValues.volunteerName, context.now] + args)
        actions.note(
            PrivacyAction(
                module: module, table: "volunteer", treatment: .anonymised, count: supporters,
                reason: "supporter's name and contact details removed; the row stays so past shifts stay staffed"))
        for table in Self.details {
            actions.note(
                PrivacyAction(
                    module: module, table: table, treatment: .deleted,
                    count: try PersonalSQL.change(db, "DELETE FROM \(table) WHERE volunteerId IN \(ids)", args),
                    reason: "what the volunteer told us about themselves"))
        }
        let signups = try Int.fetchOne(db, sql: "SELECT count(*) FROM signup WHERE volunteerId IN \(ids)", arguments: args) ?? 0
        actions.note(
            PrivacyAction(
                module: module, table: "signup", treatment: .anonymised, count: signups,
                reason: "sign-ups now point at an anonymised volunteer, so shift staffing and hours stay right"))
        for id in volunteerIDs {
            try AuditLog.record(
                db, actor: context.actor, kind: "volunteer", id: id, action: .erase,
                fields: ["name", "phone", "email", "skills", "wards", "availability", "absences", "consent"],
                at: context.now)
        }
        return actions
    }

    func sweep(context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        let cutoff = RetentionPolicy.cutoff(years: context.policy.shiftHistoryYears, before: context.today).iso
        let reason = "older than \(context.policy.shiftHistoryYears) years (retention.shift_history_years)"
        var actions: [PrivacyAction] = []
        actions.note(
            PrivacyAction(
                module: module, table: "signup", treatment: .deleted,
                count: try PersonalSQL.change(
                    db, "DELETE FROM signup WHERE shiftId IN (SELECT id FROM shift WHERE endLocal < ?)", [cutoff]),
                reason: "who signed up to shifts " + reason))
        actions.note(
            PrivacyAction(
                module: module, table: "volunteerAbsence", treatment: .deleted,
                count: try PersonalSQL.change(db, "DELETE FROM volunteerAbsence WHERE toDate < ?", [cutoff]),
                reason: "absences " + reason))
        return actions
    }
}
