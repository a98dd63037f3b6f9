internal import GRDB
public import Canvassing
import Privacy
public import RosetteCore

extension CanvassRepository {
    // MARK: - Database Access: Reads

    /// A person's attempts and turnout in every edition the party holds, found by their number
    /// in the current edition and followed through `registerPerson`.
    ///
    /// - throws: `CanvassingError.unknownElector` (not on the current edition) or `.noRegister`;
    ///   `CanvassHistoryError.anonymousElector` for an anonymous entry, `.erasedElector` when
    ///   any of the person's register rows was erased on request.
    public func history(of number: RegisterNumber) throws -> ElectorHistory {
        try database.dbWriter.read { db in
            let edition = try RegisterRepository.edition(named: nil, in: db)
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT e.personId, e.isAnonymous, e.forename, e.surname, h.address, h.postcode,
                            EXISTS (SELECT 1 FROM elector x WHERE x.personId = e.personId AND x.excludedOn IS NOT NULL)
                                AS erased
                        FROM elector e LEFT JOIN household h ON h.id = e.householdId
                        WHERE e.editionId = ? AND e.pollingDistrict = ? AND e.number = ? AND e.suffix = ?
                        """, arguments: [edition.id, number.district, number.number, number.suffix])
            else { throw CanvassingError.unknownElector(number.normalised) }
            if row["isAnonymous"] as Bool { throw CanvassHistoryError.anonymousElector(number.normalised) }
            if row["erased"] as Bool { throw CanvassHistoryError.erasedElector(number.normalised) }
            let person: Int64 = row["personId"]
            let name = [row["forename"] as String?, row["surname"] as String?].compactMap { $0 }.joined(separator: " ")
            let postcode: String? = row["postcode"]
            let suppression = try SuppressionRepository.list(in: db)
            return ElectorHistory(
                number: number, edition: edition.name, name: name, address: row["address"],
                numbers: try Self.numbers(of: person, in: db), attempts: try Self.attempts(of: person, in: db),
                turnout: try Self.turnout(of: person, in: db),
                onDoNotContactList: !suppression.keys.isEmpty
                    && suppression.suppresses(name: name, postcode: postcode.flatMap { try? Postcode(parsing: $0) }))
        }
    }

    /// The person's number in each edition, oldest first.
    static func numbers(of person: Int64, in db: Database) throws -> [EditionNumber] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT ed.name, e.pollingDistrict, e.number, e.suffix, e.deletedOn
                FROM elector e JOIN registerEdition ed ON ed.id = e.editionId
                WHERE e.personId = ? ORDER BY ed.name, e.id
                """, arguments: [person]
        ).compactMap { row in
            guard let number = Self.number(row) else { return nil }
            let deleted: String? = row["deletedOn"]
            return EditionNumber(edition: row["name"], number: number, deletedOn: deleted.flatMap { CalendarDate(iso: $0) })
        }
    }

    /// Every attempt about the person, oldest first (by date, then as recorded), without notes.
    static func attempts(of person: Int64, in db: Database) throws -> [PastAttempt] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT a.attemptedOn, a.canvasser, a.method, a.outcome, a.support, a.intention, a.previousVote,
                    a.issues, a.message, a.asks, ed.name, e.pollingDistrict, e.number, e.suffix
                FROM canvassAttempt a
                LEFT JOIN elector e ON e.id = a.electorId LEFT JOIN registerEdition ed ON ed.id = e.editionId
                WHERE a.personId = ? ORDER BY a.attemptedOn, a.seq
                """, arguments: [person]
        ).compactMap { row in
            guard let on = CalendarDate(iso: row["attemptedOn"] as String),
                let method = ContactMethod(rawValue: row["method"]), let outcome = ContactOutcome(rawValue: row["outcome"])
            else { return nil }
            let issues: String = row["issues"]
            let asks: String = row["asks"]
            return PastAttempt(
                on: on, canvasser: row["canvasser"], method: method, outcome: outcome, support: row["support"],
                intention: row["intention"], previousVote: row["previousVote"],
                issues: issues.split(separator: ",").map(String.init), message: row["message"],
                asks: asks.split(separator: ",").compactMap { CanvassAsk(rawValue: String($0)) },
                edition: row["name"], number: Self.number(row))
        }
    }

    /// Every poll the person was recorded voting at, oldest first.
    static func turnout(of person: Int64, in db: Database) throws -> [TurnoutMark] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT t.pollOn, t.source, ed.name, e.pollingDistrict, e.number, e.suffix
                FROM turnout t
                LEFT JOIN elector e ON e.id = t.electorId LEFT JOIN registerEdition ed ON ed.id = e.editionId
                WHERE t.personId = ? ORDER BY t.pollOn, t.id
                """, arguments: [person]
        ).compactMap { row in
            guard let poll = CalendarDate(iso: row["pollOn"] as String), let source = TurnoutSource(rawValue: row["source"])
            else { return nil }
            return TurnoutMark(pollOn: poll, source: source, edition: row["name"], number: Self.number(row))
        }
    }

    /// The elector number in a row's `pollingDistrict`, `number` and `suffix`, nil when the row
    /// has none (its edition was deleted).
    static func number(_ row: Row) -> RegisterNumber? {
        guard let district: String = row["pollingDistrict"], let number: Int = row["number"] else { return nil }
        return try? RegisterNumber(district: district, number: number, suffix: row["suffix"] ?? 0)
    }
}
