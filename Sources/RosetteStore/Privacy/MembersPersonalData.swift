internal import GRDB
import Privacy
import RosetteCore

/// Members, their roles, dues payments and consent history.
///
/// Erasure anonymises the member row rather than deleting it, so historic membership figures
/// (joins by month, members on a past date) still count the person; an open membership is
/// ended on the day of erasure (resigned), because nobody can be contacted as a member once
/// their details are gone. Dues payments stay: they are party accounting records (PPERA s.41).
struct MembersPersonalData: PersonalDataSource {
    let module = "members"
    static let purpose =
        "membership administration: UK GDPR Art. 9(2)(d) (members of a not-for-profit political body) with Art. 6(1)(b)"

    func link(_ keys: inout PersonKeys, in db: Database) throws {
        let (ids, idArgs) = PersonalSQL.list(keys.memberIDs)
        let (emails, emailArgs) = PersonalSQL.list(keys.emails)
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT id, firstName, lastName, email, phone, postcode FROM member WHERE id IN \(ids) OR emailKey IN \(emails)",
            arguments: idArgs + emailArgs)
        for row in rows where (row["email"] as String?) != nil || (row["firstName"] as String) != ErasedValues.firstName {
            keys.memberIDs.insert(row["id"])
            keys.add(email: row["email"])
            keys.add(phone: row["phone"])
            keys.add(name: "\(row["firstName"] as String) \(row["lastName"] as String)")
            if let postcode: String = row["postcode"] { keys.postcodes.insert(postcode) }
        }
    }

    func export(_ keys: PersonKeys, in db: Database) throws -> [PersonalDataSection] {
        let (ids, args) = PersonalSQL.list(keys.memberIDs)
        var sections: [PersonalDataSection] = []
        for (table, column) in [("member", "id"), ("memberRole", "memberId"), ("duesPayment", "memberId"), ("contactConsent", "memberId")] {
            sections += try PersonalSQL.section(
                db, module: module, table: table, purpose: Self.purpose, matchedBy: "member id",
                sql: "SELECT * FROM \(table) WHERE \(column) IN \(ids) ORDER BY id", arguments: args)
        }
        return sections
    }

    func erase(_ keys: PersonKeys, context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        let (ids, args) = PersonalSQL.list(keys.memberIDs)
        var actions: [PrivacyAction] = []
        let memberIDs = try Int64.fetchAll(db, sql: "SELECT id FROM member WHERE id IN \(ids) ORDER BY id", arguments: args)
        let today = context.today.iso
        try db.execute(
            sql: """
                UPDATE memberRole SET endedOn = max(startedOn, ?)
                WHERE memberId IN \(ids) AND (endedOn IS NULL OR endedOn > ?)
                """, arguments: [today] + args + [today])
        let anonymised = try PersonalSQL.change(
            db,
            """
            UPDATE member SET firstName = ?, lastName = ?, email = NULL, emailKey = NULL, phone = NULL,
                postcode = NULL, address = NULL, dateOfBirth = NULL, notes = NULL, nameKey = 'erased|' || id,
                endReason = coalesce(endReason, 'resigned'), endedOn = coalesce(endedOn, max(joinedOn, ?)),
                updatedAt = ?
            WHERE id IN \(ids)
            """, [ErasedValues.firstName, ErasedValues.memberLastName, today, context.now] + args)
        actions.note(
            PrivacyAction(
                module: module, table: "member", treatment: .anonymised, count: anonymised,
                reason: "name, contact details, date of birth and notes removed; dates, branch and type kept for membership figures"))
        actions.note(
            PrivacyAction(
                module: module, table: "contactConsent", treatment: .deleted,
                count: try PersonalSQL.change(db, "DELETE FROM contactConsent WHERE memberId IN \(ids)", args),
                reason: "consent history of a person who can no longer be contacted"))
        let payments = try Int.fetchOne(db, sql: "SELECT count(*) FROM duesPayment WHERE memberId IN \(ids)", arguments: args) ?? 0
        actions.note(
            PrivacyAction(
                module: module, table: "duesPayment", treatment: .kept, count: payments,
                reason: "party accounting records, kept at least 6 years (PPERA 2000 s.41); they now name only the anonymised member id"))
        for id in memberIDs {
            try AuditLog.record(
                db, actor: context.actor, kind: "member", id: id, action: .erase,
                fields: ["first_name", "last_name", "email", "phone", "postcode", "address", "date_of_birth", "notes", "consent"],
                at: context.now)
        }
        return actions
    }

    func sweep(context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, paidUntil, endedOn FROM member
                WHERE email IS NOT NULL OR phone IS NOT NULL OR address IS NOT NULL OR notes IS NOT NULL
                ORDER BY id
                """)
        var cleared = 0
        for row in rows {
            let lapsedOn = RetentionPolicy.membershipLapsedOn(
                paidUntil: (row["paidUntil"] as String?).flatMap { CalendarDate(iso: $0) },
                endedOn: (row["endedOn"] as String?).flatMap { CalendarDate(iso: $0) }, on: context.today,
                gracePeriodDays: context.gracePeriodDays)
            guard context.policy.memberContactExpired(lapsedOn: lapsedOn, on: context.today) else { continue }
            let id: Int64 = row["id"]
            try db.execute(
                sql: """
                    UPDATE member SET email = NULL, emailKey = NULL, phone = NULL, address = NULL, notes = NULL,
                        updatedAt = ? WHERE id = ?
                    """, arguments: [context.now, id])
            try AuditLog.record(
                db, actor: context.actor, kind: "member", id: id, action: .erase,
                fields: ["email", "phone", "address", "notes"], at: context.now)
            cleared += 1
        }
        var actions: [PrivacyAction] = []
        actions.note(
            PrivacyAction(
                module: module, table: "member", treatment: .anonymised, count: cleared,
                reason: "contact details of memberships lapsed or ended more than "
                    + "\(context.policy.lapsedMemberContactYears) years ago (retention.lapsed_member_contact_years)"))
        return actions
    }
}

/// The placeholders anonymised rows carry where the schema needs a value (a NOT NULL name).
enum ErasedValues {
    static let firstName = "Erased"
    static let memberLastName = "Member"
    static let volunteerName = "Erased volunteer"
    static let councillorName = "Erased councillor"
    static let donorName = "Erased donor"
    static let participantName = "Erased person"
    static let actor = "erased person"
}
