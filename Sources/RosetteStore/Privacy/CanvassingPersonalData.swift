internal import GRDB
import Canvassing
import Privacy
import RosetteCore

/// The electoral register's electors, their canvass answers and their turnout.
///
/// Electors are found by id, by elector number in the current edition, or by **full name and
/// postcode** together with another record (a member's name and postcode): never by name alone,
/// since a register holds many namesakes. Every edition's row for the same person is found
/// through `registerPerson`. Canvass answers reveal political opinion (special category data),
/// so an erasure deletes them, with their notes, and takes them out of the tallies so the
/// summary stays what the remaining attempts give. The register itself is the council's data
/// (RPR 2001 regs 102–108), which the party may not alter: the elector's rows are kept, marked
/// excluded (off every walk and knock-up list, refused by `canvass log`), until the next edition
/// is loaded and the retention sweep deletes the superseded one (docs/data-protection.md).
struct CanvassingPersonalData: PersonalDataSource {
    let module = "canvassing"
    static let registerPurpose =
        "the full electoral register as supplied to the party: electoral purposes only "
        + "(RPR 2001 regs 102-108; misuse is an offence, reg 115)"
    static let answerPurpose =
        "canvassing: public task, democratic engagement (UK GDPR Art. 6(1)(e), DPA 2018 s.8(e)); answers reveal "
        + "political opinion, special category data processed under DPA 2018 Sch. 1 para 22 (registered parties)"
    static let turnoutPurpose =
        "turnout (whether the elector voted, never how), from telling and the marked register: electoral purposes"

    func link(_ keys: inout PersonKeys, in db: Database) throws {
        if !keys.electorNumbers.isEmpty,
            let edition = try Int64.fetchOne(db, sql: "SELECT id FROM registerEdition ORDER BY name DESC LIMIT 1")
        {
            for text in keys.electorNumbers {
                guard let number = try? RegisterNumber(parsing: text),
                    let elector = try RegisterRepository.elector(number, edition: edition, in: db)
                else { continue }
                keys.electorIDs.insert(elector.id)
            }
        }
        let (postcodes, postcodeArgs) = PersonalSQL.list(keys.postcodes)
        if !keys.names.isEmpty {
            let named = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id, e.forename, e.surname FROM elector e JOIN household h ON h.id = e.householdId
                    WHERE e.isAnonymous = 0 AND h.postcode IN \(postcodes)
                    """, arguments: postcodeArgs)
            for row in named {
                let name = [row["forename"] as String?, row["surname"] as String?].compactMap { $0 }.joined(separator: " ")
                if let key = PersonKeys.nameKey(name), keys.names.contains(key) { keys.electorIDs.insert(row["id"]) }
            }
        }
        let (ids, args) = PersonalSQL.list(keys.electorIDs)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT e.id, e.forename, e.surname, h.postcode FROM elector e LEFT JOIN household h ON h.id = e.householdId
                WHERE e.personId IN (SELECT personId FROM elector WHERE id IN \(ids))
                """, arguments: args)
        for row in rows {
            keys.electorIDs.insert(row["id"])
            let name = [row["forename"] as String?, row["surname"] as String?].compactMap { $0 }.joined(separator: " ")
            keys.add(name: name)
            if let postcode: String = row["postcode"] { keys.postcodes.insert(postcode) }
        }
    }

    /// The register people behind the person's electors, as an SQL list.
    static func people(_ keys: PersonKeys) -> (String, StatementArguments) {
        let (ids, args) = PersonalSQL.list(keys.electorIDs)
        return ("(SELECT personId FROM elector WHERE id IN \(ids))", args)
    }

    /// Attempts the person recorded as canvasser (or `--actor`) about other electors.
    static func asCanvasser(_ keys: PersonKeys) -> (String, StatementArguments) {
        let (actors, args) = PersonalSQL.list(AuditPersonalData.actorKeys(keys))
        return ("(lower(canvasser) IN \(actors) OR lower(recordedBy) IN \(actors))", args + args)
    }

    func export(_ keys: PersonKeys, in db: Database) throws -> [PersonalDataSection] {
        let (ids, args) = PersonalSQL.list(keys.electorIDs)
        let (people, peopleArgs) = Self.people(keys)
        let (canvasser, canvasserArgs) = Self.asCanvasser(keys)
        return try PersonalSQL.section(
            db, module: module, table: "elector", purpose: Self.registerPurpose,
            matchedBy: "elector id or number, or full name and postcode with another record (check namesakes)",
            sql: """
                SELECT ed.name AS edition, e.id, e.personId, e.pollingDistrict, e.number, e.suffix, e.markers,
                    e.isAnonymous, e.surname, e.forename, e.attainsOn, e.ward, e.absentVote, e.deletedOn, e.excludedOn,
                    h.address, h.postcode
                FROM elector e JOIN registerEdition ed ON ed.id = e.editionId LEFT JOIN household h ON h.id = e.householdId
                WHERE e.id IN \(ids) ORDER BY ed.name, e.id
                """, arguments: args)
            + PersonalSQL.section(
                db, module: module, table: "canvassAttempt", purpose: Self.answerPurpose,
                matchedBy: "the elector, in any register edition",
                sql: "SELECT * FROM canvassAttempt WHERE personId IN \(people) ORDER BY seq", arguments: peopleArgs)
            + PersonalSQL.section(
                db, module: module, table: "canvassAttempt", purpose: "who canvassed: organising the campaign",
                matchedBy: "canvasser or recorder (name or email); other electors' answers left out",
                sql: """
                    SELECT seq, attemptedOn, method, canvasser, recordedBy FROM canvassAttempt
                    WHERE \(canvasser) AND personId NOT IN \(people) ORDER BY seq
                    """, arguments: canvasserArgs + peopleArgs)
            + PersonalSQL.section(
                db, module: module, table: "turnout", purpose: Self.turnoutPurpose, matchedBy: "the elector, in any edition",
                sql: "SELECT * FROM turnout WHERE personId IN \(people) ORDER BY id", arguments: peopleArgs)
            + PersonalSQL.section(
                db, module: module, table: "canvassSession", purpose: "organising canvass sessions",
                matchedBy: "team member (name)",
                sql: """
                    SELECT s.id, s.heldOn, s.area FROM canvassSession s
                    JOIN canvassSessionCanvasser c ON c.sessionId = s.id
                    WHERE lower(c.name) IN \(PersonalSQL.list(AuditPersonalData.actorKeys(keys)).0) ORDER BY s.heldOn
                    """, arguments: PersonalSQL.list(AuditPersonalData.actorKeys(keys)).1)
    }

    func erase(_ keys: PersonKeys, context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        let (ids, args) = PersonalSQL.list(keys.electorIDs)
        let (people, peopleArgs) = Self.people(keys)
        let (canvasser, canvasserArgs) = Self.asCanvasser(keys)
        var tallies = CanvassTallies()
        for row in try Row.fetchAll(
            db, sql: "SELECT \(CanvassTallies.Counted.columns) FROM canvassAttempt WHERE personId IN \(people)",
            arguments: peopleArgs)
        {
            if let attempt = CanvassTallies.Counted(row: row) { tallies.add(attempt, delta: -1) }
        }
        for row in try Row.fetchAll(
            db,
            sql: "SELECT \(CanvassTallies.Counted.columns) FROM canvassAttempt WHERE \(canvasser) AND personId NOT IN \(people)",
            arguments: canvasserArgs + peopleArgs)
        {
            guard var attempt = CanvassTallies.Counted(row: row) else { continue }
            guard AuditPersonalData.actorKeys(keys).contains(attempt.canvasser.lowercased()) else { continue }
            tallies.add(attempt, delta: -1)
            attempt.canvasser = ErasedValues.actor
            tallies.add(attempt)
        }
        var actions: [PrivacyAction] = []
        actions.note(
            PrivacyAction(
                module: module, table: "canvassAttempt", treatment: .deleted,
                count: try PersonalSQL.change(db, "DELETE FROM canvassAttempt WHERE personId IN \(people)", peopleArgs),
                reason: "canvass answers and notes (political opinion, special category data); "
                    + "the summary's counts no longer include them"))
        let (actors, actorArgs) = PersonalSQL.list(AuditPersonalData.actorKeys(keys))
        var recorded = try PersonalSQL.change(
            db, "UPDATE canvassAttempt SET canvasser = ? WHERE lower(canvasser) IN \(actors)", [ErasedValues.actor] + actorArgs)
        recorded += try PersonalSQL.change(
            db, "UPDATE canvassAttempt SET recordedBy = ? WHERE lower(recordedBy) IN \(actors)",
            [ErasedValues.actor] + actorArgs)
        try tallies.flush(db)
        actions.note(
            PrivacyAction(
                module: module, table: "canvassAttempt", treatment: .anonymised, count: recorded,
                reason: "attempts they made or recorded about other electors: the canvasser's name is replaced"))
        // Canvass sessions they were on: their name leaves the team (the session stays, with its
        // other canvassers and results).
        actions.note(
            PrivacyAction(
                module: module, table: "canvassSessionCanvasser", treatment: .deleted,
                count: try PersonalSQL.change(
                    db, "DELETE FROM canvassSessionCanvasser WHERE lower(name) IN \(actors)", actorArgs),
                reason: "canvass sessions they were on: their name is removed from the team"))
        actions.note(
            PrivacyAction(
                module: module, table: "turnout", treatment: .deleted,
                count: try PersonalSQL.change(db, "DELETE FROM turnout WHERE personId IN \(people)", peopleArgs),
                reason: "whether they voted, from telling or the marked register"))
        let electors = try Int64.fetchAll(db, sql: "SELECT id FROM elector WHERE id IN \(ids) ORDER BY id", arguments: args)
        try db.execute(
            sql: "UPDATE elector SET excludedOn = coalesce(excludedOn, ?) WHERE id IN \(ids)",
            arguments: [context.today.iso] + args)
        actions.note(
            PrivacyAction(
                module: module, table: "elector", treatment: .kept, count: electors.count,
                reason: "the council's register, which the party may not alter (RPR 2001 regs 102-108): marked "
                    + "excluded (never canvassed, off walk and knock-up lists) until `privacy sweep` deletes this "
                    + "edition after the next is loaded; the do-not-contact list keeps them off later editions"))
        for id in electors {
            try AuditLog.record(
                db, actor: context.actor, kind: "elector", id: id, action: .erase,
                fields: ["canvass_attempts", "turnout", "excluded_on"], at: context.now)
        }
        return actions
    }

    func sweep(context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        var actions: [PrivacyAction] = []
        let years = context.policy.canvassNoteYears
        let cutoff = RetentionPolicy.cutoff(years: years, before: context.today).iso
        actions.note(
            PrivacyAction(
                module: module, table: "canvassAttempt", treatment: .anonymised,
                count: try PersonalSQL.change(
                    db, "UPDATE canvassAttempt SET notes = NULL WHERE notes IS NOT NULL AND attemptedOn < ?", [cutoff]),
                reason: "free-text notes of attempts older than \(years) years (retention.canvass_note_years); "
                    + "the answers stay"))
        actions += try Self.deleteSupersededEditions(in: db)
        return actions
    }

    /// Deletes every register edition older than the current one (storage limitation; the
    /// Electoral Commission's guidance is to destroy register copies once no longer needed).
    /// Canvass history stays with the person: attempts move to the person's elector in the
    /// current edition, or keep no elector when the person has left the register; turnout keeps
    /// its person and loses its elector (`ON DELETE SET NULL`).
    static func deleteSupersededEditions(in db: Database) throws -> [PrivacyAction] {
        guard let current = try Row.fetchOne(db, sql: "SELECT id, name FROM registerEdition ORDER BY name DESC LIMIT 1")
        else { return [] }
        let currentID: Int64 = current["id"]
        let currentName: String = current["name"]
        let old = try String.fetchAll(db, sql: "SELECT name FROM registerEdition WHERE id != ? ORDER BY name", arguments: [currentID])
        guard !old.isEmpty else { return [] }
        try db.execute(
            sql: """
                UPDATE canvassAttempt SET electorId = (
                    SELECT c.id FROM elector c WHERE c.personId = canvassAttempt.personId AND c.editionId = ?)
                WHERE electorId IN (SELECT id FROM elector WHERE editionId != ?)
                """, arguments: [currentID, currentID])
        let electors = try Int.fetchOne(db, sql: "SELECT count(*) FROM elector WHERE editionId != ?", arguments: [currentID]) ?? 0
        try db.execute(sql: "DELETE FROM registerEdition WHERE id != ?", arguments: [currentID])
        try db.execute(
            sql: """
                DELETE FROM registerPerson WHERE id NOT IN (SELECT personId FROM elector)
                    AND id NOT IN (SELECT personId FROM canvassAttempt) AND id NOT IN (SELECT personId FROM turnout)
                """)
        var actions: [PrivacyAction] = []
        actions.note(
            PrivacyAction(
                module: "canvassing", table: "elector", treatment: .deleted, count: electors,
                reason: "superseded register edition\(old.count == 1 ? "" : "s") \(old.joined(separator: ", ")), "
                    + "replaced by \(currentName): register copies are destroyed once no longer needed "
                    + "(Electoral Commission); canvass history stays with the person"))
        return actions
    }
}
