internal import GRDB
import Privacy
import RosetteCore

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
        for (kind, ids) in [
            ("member", keys.memberIDs), ("volunteer", keys.volunteerIDs), ("councillor", keys.councillorIDs),
            ("donor", keys.donorIDs), ("elector", keys.electorIDs),
        ] {
            let (list, args) = PersonalSQL.list(ids)
            clauses.append("(recordKind = '\(kind)' AND recordId IN \(list))")
            arguments += args
        }
        // Canvass attempts and turnout marks are audited by their own ids.
        let (people, peopleArgs) = CanvassingPersonalData.people(keys)
        clauses.append(
            "(recordKind = 'canvassAttempt' AND recordId IN (SELECT seq FROM canvassAttempt WHERE personId IN \(people)))")
        clauses.append("(recordKind = 'turnout' AND recordId IN (SELECT id FROM turnout WHERE personId IN \(people)))")
        arguments += peopleArgs + peopleArgs
        return (clauses.joined(separator: " OR "), arguments)
    }

    /// Lower-cased actors that are the person: their emails and names.
    static func actorKeys(_ keys: PersonKeys) -> [String] { Array(keys.emails) + Array(keys.names) }

    /// Consent histories record who wrote each entry down (`recordedBy`): when that was the
    /// person, their name is personal data in someone else's record.
    static let recordedByTables = ["contactConsent", "supporterConsent", "councillorConsent"]

    func export(_ keys: PersonKeys, in db: Database) throws -> [PersonalDataSection] {
        let (about, args) = Self.about(keys)
        let (actors, actorArgs) = PersonalSQL.list(Self.actorKeys(keys))
        var sections = try PersonalSQL.section(
            db, module: module, table: "auditEntry", purpose: Self.purpose, matchedBy: "record id",
            sql: "SELECT * FROM auditEntry WHERE \(about) ORDER BY id", arguments: args)
            + PersonalSQL.section(
                db, module: module, table: "auditEntry", purpose: Self.purpose, matchedBy: "actor (email or name)",
                sql: "SELECT * FROM auditEntry WHERE lower(actor) IN \(actors) ORDER BY id", arguments: actorArgs)
        for table in Self.recordedByTables {
            sections += try PersonalSQL.section(
                db, module: module, table: table, purpose: "who recorded another person's consent",
                matchedBy: "recorded by (email or name)",
                sql: "SELECT id, channel, recordedOn FROM \(table) WHERE lower(recordedBy) IN \(actors) ORDER BY id",
                arguments: actorArgs)
        }
        return sections
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
        for table in Self.recordedByTables {
            actions.note(
                PrivacyAction(
                    module: module, table: table, treatment: .anonymised,
                    count: try PersonalSQL.change(
                        db, "UPDATE \(table) SET recordedBy = ? WHERE lower(recordedBy) IN \(actors)",
                        [ErasedValues.actor] + actorArgs),
                    reason: "consent the person recorded for others: who recorded it is replaced"))
        }
        actions.note(
            PrivacyAction(
                module: module, table: "auditEntry", treatment: .kept,
                count: try Int.fetchOne(db, sql: "SELECT count(*) FROM auditEntry WHERE \(about)", arguments: args) ?? 0,
                reason: "who changed which record and which fields (names only, no values): accountability, UK GDPR Art. 5(2)"))
        return actions
    }

    func sweep(context: PrivacyContext, in db: Database) throws -> [PrivacyAction] { [] }
}
