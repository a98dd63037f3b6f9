internal import GRDB
import Privacy
import RosetteCore

/// The do-not-contact list's entries for the person.
///
/// Erasure removes them unless asked to keep them: the ICO's advice is to keep just enough to
/// honour an objection, but a person who asks to be forgotten entirely may prefer that, and
/// the choice is the operator's (`people erase --keep-suppression`).
struct SuppressionPersonalData: PersonalDataSource {
    let module = "consent"
    static let purpose = "honouring an objection to contact: legal obligation (PECR; UK GDPR Art. 21(3))"

    func link(_ keys: inout PersonKeys, in db: Database) throws {}

    static func matching(_ keys: PersonKeys) -> (String, StatementArguments) {
        let namePostcodes = keys.names.flatMap { name in keys.postcodes.map { "\(name)|\($0)" } }
        let (emails, emailArgs) = PersonalSQL.list(keys.emails)
        let (phones, phoneArgs) = PersonalSQL.list(keys.phones)
        let (named, namedArgs) = PersonalSQL.list(namePostcodes)
        return (
            "(kind = 'email' AND value IN \(emails)) OR (kind = 'phone' AND value IN \(phones)) "
                + "OR (kind = 'name-postcode' AND value IN \(named))",
            emailArgs + phoneArgs + namedArgs
        )
    }

    func export(_ keys: PersonKeys, in db: Database) throws -> [PersonalDataSection] {
        let (condition, args) = Self.matching(keys)
        return try PersonalSQL.section(
            db, module: module, table: "suppression", purpose: Self.purpose, matchedBy: "email, phone, or name and postcode",
            sql: "SELECT * FROM suppression WHERE \(condition) ORDER BY id", arguments: args)
    }

    func erase(_ keys: PersonKeys, context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        let (condition, args) = Self.matching(keys)
        var actions: [PrivacyAction] = []
        if context.keepSuppression {
            actions.note(
                PrivacyAction(
                    module: module, table: "suppression", treatment: .kept,
                    count: try Int.fetchOne(db, sql: "SELECT count(*) FROM suppression WHERE \(condition)", arguments: args) ?? 0,
                    reason: "kept on request, so the objection to contact is still honoured (PECR; ICO)"))
        } else {
            actions.note(
                PrivacyAction(
                    module: module, table: "suppression", treatment: .deleted,
                    count: try PersonalSQL.change(db, "DELETE FROM suppression WHERE \(condition)", args),
                    reason: "nothing is left to contact; --keep-suppression keeps them"))
        }
        return actions
    }

    func sweep(context: PrivacyContext, in db: Database) throws -> [PrivacyAction] { [] }
}

/// The audit trail: entries about the person's records, and entries they made themselves.
///
/// Entries hold field names, never values, so they stay after an erasure (the history of who
/// changed what is the controller's accountability record, UK GDPR Art. 5(2)). Where the person
/// was the actor (their email or name typed as `--actor`), the actor is replaced.
struct AuditPersonalData: PersonalDataSource {
    let module = "audit"
    static let purpose = "accountability for changes to personal data (UK GDPR Art. 5(2))"

    func link(_ keys: inout PersonKeys, in db: Database) throws {}

    static func about(_ keys: PersonKeys) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        for (kind, ids) in [("member", keys.memberIDs), ("volunteer", keys.volunteerIDs), ("councillor", keys.councillorIDs), ("donor", keys.donorIDs)] {
            let (list, args) = PersonalSQL.list(ids)
            clauses.append("(recordKind = '\(kind)' AND recordId IN \(list))")
            arguments += args
        }
        return (clauses.joined(separator: " OR "), arguments)
    }

    /// Lower-cased actors that are the person: their emails and names.
    static func actorKeys(_ keys: PersonKeys) -> [String] { Array(keys.emails) + Array(keys.names) }

    func export(_ keys: PersonKeys, in db: Database) throws -> [PersonalDataSection] {
        let (about, args) = Self.about(keys)
        let (actors, actorArgs) = PersonalSQL.list(Self.actorKeys(keys))
        return try PersonalSQL.section(
            db, module: module, table: "auditEntry", purpose: Self.purpose, matchedBy: "record id",
            sql: "SELECT * FROM auditEntry WHERE \(about) ORDER BY id", arguments: args)
            + PersonalSQL.section(
                db, module: module, table: "auditEntry", purpose: Self.purpose, matchedBy: "actor (email or name)",
                sql: "SELECT * FROM auditEntry WHERE lower(actor) IN \(actors) ORDER BY id", arguments: actorArgs)
    }

    func erase(_ keys: PersonKeys, context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        let (about, args) = Self.about(keys)
        let (actors, actorArgs) = PersonalSQL.list(Self.actorKeys(keys))
        var actions: [PrivacyAction] = []
        actions.note(
            PrivacyAction(
                module: module, table: "auditEntry", treatment: .anonymised,
                count: try PersonalSQL.change(
                    db, "UPDATE auditEntry SET actor = ? WHERE lower(actor) IN \(actors)", [ErasedValues.actor] + actorArgs),
                reason: "changes the person made themselves: the actor is replaced"))
        actions.note(
            PrivacyAction(
                module: module, table: "auditEntry", treatment: .kept,
                count: try Int.fetchOne(db, sql: "SELECT count(*) FROM auditEntry WHERE \(about)", arguments: args) ?? 0,
                reason: "who changed which record and which fields (names only, no values): accountability, UK GDPR Art. 5(2)"))
        return actions
    }

    func sweep(context: PrivacyContext, in db: Database) throws -> [PrivacyAction] { [] }
}
