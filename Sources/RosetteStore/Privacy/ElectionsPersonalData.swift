internal import GRDB
import Privacy
import RosetteCore

/// Elections: the candidate, agent and nominating officer, nomination-paper subscribers (name
/// and elector number) and who is doing each form.
///
/// Members are linked by id; people who are not members (a subscriber, a non-member agent) can
/// only be matched by full name, which the subject access summary labels so a namesake can be
/// spotted in a dry run. Subscriber rows stay, anonymised, so a paper still counts its names.
struct ElectionsPersonalData: PersonalDataSource {
    let module = "elections"
    static let purpose =
        "standing candidates: public task, democratic engagement (DPA 2018 s.8(e)) and electoral law (RPA 1983)"

    func link(_ keys: inout PersonKeys, in db: Database) throws {}

    /// Elections naming the person as candidate, agent or nominating officer: by member id, or
    /// by a non-member's name.
    func elections(_ keys: PersonKeys, in db: Database) throws -> (byMember: [Int64], byCandidateName: [Int64], byAgentName: [Int64]) {
        let (members, args) = PersonalSQL.list(keys.memberIDs)
        let byMember = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM election WHERE candidateMemberId IN \(members) OR agentMemberId IN \(members)
                    OR nominatingOfficerMemberId IN \(members) ORDER BY id
                """, arguments: args + args + args)
        return (
            byMember,
            try PersonalSQL.ids(matchingNames: keys.names, db, sql: "SELECT id, candidateName FROM election"),
            try PersonalSQL.ids(matchingNames: keys.names, db, sql: "SELECT id, agentName FROM election")
        )
    }

    func export(_ keys: PersonKeys, in db: Database) throws -> [PersonalDataSection] {
        let found = try elections(keys, in: db)
        let (linked, linkedArgs) = PersonalSQL.list(found.byMember)
        let (named, namedArgs) = PersonalSQL.list(found.byCandidateName + found.byAgentName)
        let columns = "id, name, pollDate, candidateMemberId, candidateName, agentMemberId, agentName, nominatingOfficerMemberId"
        let subscribers = try PersonalSQL.ids(matchingNames: keys.names, db, sql: "SELECT id, name FROM nominationSubscriber")
        let (subs, subArgs) = PersonalSQL.list(subscribers)
        let forms = try PersonalSQL.ids(
            matchingNames: keys.names, db, sql: "SELECT id, assignee FROM formProgress WHERE assignee IS NOT NULL")
        let (formList, formArgs) = PersonalSQL.list(forms)
        return try PersonalSQL.section(
            db, module: module, table: "election", purpose: Self.purpose, matchedBy: "member id",
            sql: "SELECT \(columns) FROM election WHERE id IN \(linked) ORDER BY id", arguments: linkedArgs)
            + PersonalSQL.section(
                db, module: module, table: "election", purpose: Self.purpose, matchedBy: "name (candidate or agent)",
                sql: "SELECT \(columns) FROM election WHERE id IN \(named) ORDER BY id", arguments: namedArgs)
            + PersonalSQL.section(
                db, module: module, table: "nominationSubscriber", purpose: Self.purpose, matchedBy: "name",
                sql: "SELECT * FROM nominationSubscriber WHERE id IN \(subs) ORDER BY id", arguments: subArgs)
            + PersonalSQL.section(
                db, module: module, table: "formProgress", purpose: Self.purpose, matchedBy: "name (assignee)",
                sql: "SELECT electionId, form, status, assignee FROM formProgress WHERE id IN \(formList) ORDER BY id",
                arguments: formArgs)
    }

    func erase(_ keys: PersonKeys, context: PrivacyContext, in db: Database) throws -> [PrivacyAction] {
        let found = try elections(keys, in: db)
        let (candidates, candidateArgs) = PersonalSQL.list(found.byCandidateName)
        let (agents, agentArgs) = PersonalSQL.list(found.byAgentName)
        var changed = try PersonalSQL.change(
            db, "UPDATE election SET candidateName = ?, updatedAt = ? WHERE id IN \(candidates)",
            [ErasedValues.participantName, context.now] + candidateArgs)
        changed += try PersonalSQL.change(
            db, "UPDATE election SET agentName = ?, updatedAt = ? WHERE id IN \(agents)",
            [ErasedValues.participantName, context.now] + agentArgs)
        var actions: [PrivacyAction] = []
        actions.note(
            PrivacyAction(
                module: module, table: "election", treatment: .anonymised, count: changed,
                reason: "a non-member candidate's or agent's name"))
        actions.note(
            PrivacyAction(
                module: module, table: "election", treatment: .anonymised, count: found.byMember.count,
                reason: "linked to the anonymised member; the election keeps its candidate, agent or officer slot"))
        let subscribers = try PersonalSQL.ids(matchingNames: keys.names, db, sql: "SELECT id, name FROM nominationSubscriber")
        for id in subscribers {
            try db.execute(
                sql: "UPDATE nominationSubscriber SET name = ?, electorNumber = ? WHERE id = ?",
                arguments: [ErasedValues.participantName, "erased-\(id)", id])
            try AuditLog.record(
                db, actor: context.actor, kind: "subscriber", id: id, action: .erase, fields: ["name", "elector_number"],
                at: context.now)
        }
        actions.note(
            PrivacyAction(
                module: module, table: "nominationSubscriber", treatment: .anonymised, count: subscribers.count,
                reason: "name and elector number removed; the paper still counts the subscriber"))
        let forms = try PersonalSQL.ids(
            matchingNames: keys.names, db, sql: "SELECT id, assignee FROM formProgress WHERE assignee IS NOT NULL")
        let (formList, formArgs) = PersonalSQL.list(forms)
        actions.note(
            PrivacyAction(
                module: module, table: "formProgress", treatment: .anonymised,
                count: try PersonalSQL.change(db, "UPDATE formProgress SET assignee = NULL WHERE id IN \(formList)", formArgs),
                reason: "who was doing the form"))
        for id in Set(found.byCandidateName + found.byAgentName) {
            try AuditLog.record(
                db, actor: context.actor, kind: "election", id: id, action: .erase, fields: ["candidate_or_agent_name"],
                at: context.now)
        }
        return actions
    }

    func sweep(context: PrivacyContext, in db: Database) throws -> [PrivacyAction] { [] }
}
