internal import GRDB
import Privacy
import RosetteCore

/// Councillors' contact details and consent, and notes on their offices, defections and
/// vacancies.
///
/// Erasure blanks the name and contact details but keeps the seat, its party periods and
/// defections, so council composition and defection timelines stay right (who held a seat is
/// published by the council anyway).
struct CouncillorsPersonalData: PersonalDataSource {
    let module = "councillors"
    static let purpose =
        "supporting elected representatives: public task, democratic engagement (UK GDPR Art. 6(1)(e), DPA 2018 s.8(e))"

    func link(_ keys: inout PersonKeys, in db: Database) throws {
        let (ids, idArgs) = PersonalSQL.list(keys.councillorIDs)
        let (members, memberArgs) = PersonalSQL.list(keys.memberIDs)
        let (emails, emailArgs) = PersonalSQL.list(keys.emails)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, memberId, name, phone, email FROM councillor
                WHERE id IN \(ids) OR memberId IN \(members) OR lower(email) IN \(emails)
                """, arguments: idArgs + memberArgs + emailArgs)
        for row in rows where (row["name"] as String) != ErasedValues.councillorName {
            keys.councillorIDs.insert(row["id"])
            if let member: Int64 = row["memberId"] { keys.memberIDs.insert(member) }
            keys.add(name: row["name"])
            keys.add(phone: row["phone"])
            keys.add(email: row["email"])
        }
    }

    func export(_ keys: PersonKeys, in db: Database) throws -> [PersonalDataSection] {
        let (ids, args) = PersonalSQL.list(keys.councillorIDs)
        var sections = try PersonalSQL.section(
            db, module: module, table: "councillor", purpose: Self.purpose, matchedBy: "councillor id",
            sql: "SELECT * FROM councillor WHERE id IN \(ids) ORDER BY id", arguments: args)
        for table in ["affiliation", "councillorOffice", "councillorConsent", "defection", "casualVacancy"] {
            sections += try PersonalSQL.section(
                db, module: module, table: table, purpose: Self.purpose, matchedBy: "councillor id",
                sql: "SELECT * FROM \(table) WHERE councillorId IN \(ids) ORDER BY id", arguments: args)
        }
        return sections
    }

    func erase(_ keys: PersonKeys, context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        let (ids, args) = PersonalSQL.list(keys.councillorIDs)
        var actions: [PrivacyAction] = []
        let councillorIDs = try Int64.fetchAll(db, sql: "SELECT id FROM councillor WHERE id IN \(ids)", arguments: args)
        actions.note(
            PrivacyAction(
                module: module, table: "councillor", treatment: .anonymised,
                count: try PersonalSQL.change(
                    db, "UPDATE councillor SET name = ?, email = NULL, phone = NULL, updatedAt = ? WHERE id IN \(ids)",
                    [ErasedValues.councillorName, context.now] + args),
                reason: "name and contact details removed; the seat and its party history stay for council figures"))
        actions.note(
            PrivacyAction(
                module: module, table: "councillorConsent", treatment: .deleted,
                count: try PersonalSQL.change(db, "DELETE FROM councillorConsent WHERE councillorId IN \(ids)", args),
                reason: "consent history of a person who can no longer be contacted"))
        var notes = 0
        for table in ["councillorOffice", "defection", "casualVacancy"] {
            notes += try PersonalSQL.change(
                db, "UPDATE \(table) SET note = NULL WHERE note IS NOT NULL AND councillorId IN \(ids)", args)
        }
        notes += try PersonalSQL.change(
            db, "UPDATE defection SET source = NULL WHERE source IS NOT NULL AND councillorId IN \(ids)", args)
        actions.note(
            PrivacyAction(
                module: module, table: "councillorOffice, defection, casualVacancy", treatment: .anonymised, count: notes,
                reason: "free-text notes and sources that may name the person"))
        for id in councillorIDs {
            try AuditLog.record(
                db, actor: context.actor, kind: "councillor", id: id, action: .erase,
                fields: ["name", "email", "phone", "consent", "notes"], at: context.now)
        }
        return actions
    }

    func sweep(context: PrivacyContext, in db: Database) throws -> [PrivacyAction] { [] }
}
