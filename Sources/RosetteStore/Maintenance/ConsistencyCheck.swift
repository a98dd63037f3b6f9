import Elections
internal import GRDB
import Members
import RosetteCore

/// The rules between records that SQLite's constraints cannot state, applied to every stored
/// row with the domain's own rules (`MemberConsistency`, `PartyElectionDetails.validated`), so
/// `doctor` and the commands that write agree on what is impossible.
enum ConsistencyCheck {
    /// Problems with members, elections and canvass tallies, by id or district; one passing finding when there are none.
    static func findings(_ db: Database, applied: [String]) throws -> [CheckupFinding] {
        var problems: [String] = []
        if applied.contains("v0001_members") { problems += try memberProblems(db) }
        if applied.contains("v0002_elections") { problems += try electionProblems(db) }
        if applied.contains("v0007_canvassing") { problems += try canvassProblems(db) }
        guard !problems.isEmpty else {
            return [
                CheckupFinding(
                    check: "consistency", ok: true, detail: "members, elections and canvass tallies are consistent")
            ]
        }
        return problems.map { CheckupFinding(check: "consistency", ok: false, detail: $0) }
    }

    static func memberProblems(_ db: Database) throws -> [String] {
        var roleStarts: [Int64: [CalendarDate]] = [:]
        var badDates: [String] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, memberId, startedOn FROM memberRole") {
            let id: Int64 = row[0]
            guard let start = CalendarDate(iso: row[2] as String) else {
                badDates.append("role \(id) has an unreadable start date")
                continue
            }
            roleStarts[row[1], default: []].append(start)
        }
        var covering: [Int64: [CalendarDate]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, memberId, coversUntil FROM duesPayment") {
            let id: Int64 = row[0]
            guard let until = CalendarDate(iso: row[2] as String) else {
                badDates.append("dues payment \(id) has an unreadable date")
                continue
            }
            covering[row[1], default: []].append(until)
        }
        var problems = badDates
        let records = try MemberRecord.fetchCursor(db, sql: "SELECT * FROM member ORDER BY id")
        while let record = try records.next() {
            let member: Member
            do { member = try record.member() } catch {
                problems.append(String(describing: error))
                continue
            }
            let id = member.id.rawValue
            for problem in MemberConsistency.problems(
                member, roleStarts: roleStarts[id] ?? [], duesCovering: covering[id] ?? [])
            {
                problems.append("member \(id): \(problem)")
            }
        }
        return problems
    }

    static func electionProblems(_ db: Database) throws -> [String] {
        var problems: [String] = []
        for record in try ElectionRecord.fetchAll(db, sql: "SELECT * FROM election ORDER BY id") {
            do {
                _ = try record.election().details.validated()
            } catch {
                problems.append("election \(record.id ?? 0): \(error)")
            }
        }
        return problems
    }
}
