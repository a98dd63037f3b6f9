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
