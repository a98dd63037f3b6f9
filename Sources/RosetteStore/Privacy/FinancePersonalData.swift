internal import GRDB
import Privacy
import RosetteCore

/// Donors and their donations.
///
/// The one place erasure must keep personal data: a party keeps its accounting records,
/// donations with the donor's name and address among them, for at least six years (PPERA 2000
/// s.41; the Electoral Commission checks permissibility against them). A donor whose donations
/// are all past that period is anonymised; one with none is deleted. The retention sweep
/// anonymises donors once their last donation's period ends.
struct FinancePersonalData: PersonalDataSource {
    let module = "finance"
    static let purpose =
        "party accounts and donation reporting: legal obligation (UK GDPR Art. 6(1)(c); PPERA 2000 ss.41, 54-69)"

    func link(_ keys: inout PersonKeys, in db: Database) throws {
        let named = try PersonalSQL.ids(
            matchingNames: keys.names, db, sql: "SELECT id, name FROM donor WHERE kind = 'individual'")
        keys.donorIDs.formUnion(named)
        let (ids, args) = PersonalSQL.list(keys.donorIDs)
        for name in try String.fetchAll(db, sql: "SELECT name FROM donor WHERE id IN \(ids)", arguments: args)
        where name != ErasedValues.donorName {
            keys.add(name: name)
        }
    }

    func export(_ keys: PersonKeys, in db: Database) throws -> [PersonalDataSection] {
        let (ids, args) = PersonalSQL.list(keys.donorIDs)
        return try PersonalSQL.section(
            db, module: module, table: "donor", purpose: Self.purpose, matchedBy: "donor id, or an individual donor's name",
            sql: "SELECT * FROM donor WHERE id IN \(ids) ORDER BY id", arguments: args)
            + PersonalSQL.section(
                db, module: module, table: "donation", purpose: Self.purpose, matchedBy: "donor id",
                sql: "SELECT * FROM donation WHERE donorId IN \(ids) ORDER BY id", arguments: args)
    }

    func erase(_ keys: PersonKeys, context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        let (ids, args) = PersonalSQL.list(keys.donorIDs)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT donor.id, max(donation.receivedOn) AS lastReceived, count(donation.id) AS donations
                FROM donor LEFT JOIN donation ON donation.donorId = donor.id
                WHERE donor.id IN \(ids) GROUP BY donor.id ORDER BY donor.id
                """, arguments: args)
        var kept = 0
        var keptDonations = 0
        var keptUntil: CalendarDate?
        var anonymised: [Int64] = []
        var deleted: [Int64] = []
        for row in rows {
            let id: Int64 = row["id"]
            guard let last = (row["lastReceived"] as String?).flatMap({ CalendarDate(iso: $0) }) else {
                deleted.append(id)
                continue
            }
            let until = context.policy.donationKeptUntil(receivedOn: last)
            if until >= context.today {
                kept += 1
                keptDonations += row["donations"] as Int
                keptUntil = max(keptUntil ?? until, until)
            } else {
                anonymised.append(id)
            }
        }
        var actions: [PrivacyAction] = []
        actions.note(
            PrivacyAction(
                module: module, table: "donor", treatment: .kept, count: kept,
                reason: "donation records with the donor's name and address must be kept for 6 years "
                    + "after the accounting year (PPERA 2000 s.41); `rosette privacy sweep` anonymises them after",
                keptUntil: keptUntil?.iso))
        actions.note(
            PrivacyAction(
                module: module, table: "donation", treatment: .kept, count: keptDonations,
                reason: "party accounting records (PPERA 2000 s.41)", keptUntil: keptUntil?.iso))
        actions.note(
            PrivacyAction(
                module: module, table: "donor", treatment: .anonymised,
                count: try Self.anonymise(anonymised, context: context, in: db),
                reason: "donations past the 6-year period stay, for the accounts' totals, without the donor's name"))
        let (gone, goneArgs) = PersonalSQL.list(deleted)
        actions.note(
            PrivacyAction(
                module: module, table: "donor", treatment: .deleted,
                count: try PersonalSQL.change(db, "DELETE FROM donor WHERE id IN \(gone)", goneArgs),
                reason: "a donor with no donations"))
        for id in deleted {
            try AuditLog.record(db, actor: context.actor, kind: "donor", id: id, action: .erase, fields: ["donor"], at: context.now)
        }
        return actions
    }

    func sweep(context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT donor.id, max(donation.receivedOn) AS lastReceived FROM donor
                JOIN donation ON donation.donorId = donor.id
                WHERE donor.name != ? GROUP BY donor.id ORDER BY donor.id
                """, arguments: [ErasedValues.donorName])
        let due = rows.compactMap { row -> Int64? in
            guard let last = (row["lastReceived"] as String?).flatMap({ CalendarDate(iso: $0) }) else { return nil }
            return context.policy.donationKeptUntil(receivedOn: last) < context.today ? row["id"] : nil
        }
        var actions: [PrivacyAction] = []
        actions.note(
            PrivacyAction(
                module: module, table: "donor", treatment: .anonymised,
                count: try Self.anonymise(due, context: context, in: db),
                reason: "donors whose last donation's accounting year ended more than "
                    + "\(context.policy.donorRecordYears) years ago (retention.donor_record_years; PPERA s.41)"))
        return actions
    }

    /// Blanks the donors' name, address and register evidence; their donations stay.
    static func anonymise(_ ids: [Int64], context: PrivacyContext, in db: Database) throws -> Int {
        let (list, args) = PersonalSQL.list(ids)
        let count = try PersonalSQL.change(
            db,
            """
            UPDATE donor SET name = ?, address = NULL, registerCheckedOn = NULL, registerEvidence = NULL, updatedAt = ?
            WHERE id IN \(list)
            """, [ErasedValues.donorName, context.now] + args)
        for id in ids {
            try AuditLog.record(
                db, actor: context.actor, kind: "donor", id: id, action: .erase,
                fields: ["name", "address", "register_evidence"], at: context.now)
        }
        return count
    }
}
