internal import GRDB
public import Canvassing
import Privacy
public import RosetteCore

extension CanvassRepository {
    /// Electors of the current edition in walking order, with their latest attempt and latest
    /// support, leaving out anonymous entries, deleted electors, electors erased on request,
    /// anyone whose attempts say do-not-contact, moved or deceased, and anyone whose name and
    /// postcode is on the do-not-contact list (an objection is absolute: ICO direct-marketing
    /// guidance), who are only counted.
    ///
    /// - throws: `InvalidInput` when `filter.support` reaches past the party's support scale;
    ///   `CanvassHistoryError.noTurnoutRecorded` when `votedAt` or `notVotedAt` names a day with
    ///   no turnout recorded at all (a mistyped poll day would list nobody, or everyone).
    public func walkList(_ filter: WalkListFilter) throws -> WalkListResult {
        try database.dbWriter.read { db in
            let scheme = try SettingsRepository.canvassScheme(in: db)
            if let range = filter.support { try scheme.checkRange(range) }
            let edition = try RegisterRepository.edition(named: nil, in: db)
            for day in [filter.votedAt, filter.notVotedAt].compactMap({ $0 }) {
                let known = try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM turnout WHERE pollOn = ?)", arguments: [day.iso])
                if known != true { throw CanvassHistoryError.noTurnoutRecorded(day.iso) }
            }
            return try Self.entries(
                filter, edition: edition.id, notVotedOn: filter.notVotedAt, scale: scheme.supportScale, in: db)
        }
    }

    /// Polling day: promises (latest support in `filter.support`, default the party's promise
    /// range, `canvass.promises`) who have not been seen voting on `pollOn`, in walking order.
    /// Postal voters are included, marked by `absentVote`, so the caller can list them apart. The
    /// turnout filters are not used (the poll is `pollOn`, where nobody may have been seen voting yet).
    ///
    /// - throws: `InvalidInput` when `filter.support` reaches past the party's support scale.
    public func knockUp(_ filter: WalkListFilter, pollOn: CalendarDate) throws -> WalkListResult {
        var filter = filter
        filter.votedAt = nil
        filter.notVotedAt = nil
        return try database.dbWriter.read { db in
            let scheme = try SettingsRepository.canvassScheme(in: db)
            if let range = filter.support { try scheme.checkRange(range) }
            filter.support = filter.support ?? scheme.promises
            let edition = try RegisterRepository.edition(named: nil, in: db)
            return try Self.entries(filter, edition: edition.id, notVotedOn: pollOn, scale: scheme.supportScale, in: db)
        }
    }

    /// Rows come in walking order and, within one walking key, household by household (two
    /// households can share a key, e.g. unnumbered flats), so a household's rows are together.
    ///
    /// - parameter scale: the party's support scale, carried to the printed sheet.
    /// - throws: `CanvassingError.unknownWard`/`.unknownDistrict` for an area not on the
    ///   edition; the ward is matched case-insensitively.
    static func entries(
        _ given: WalkListFilter, edition: Int64, notVotedOn: CalendarDate?, scale: ClosedRange<Int>, in db: Database
    ) throws -> WalkListResult {
        var filter = given
        filter.ward = try RegisterRepository.canonicalWard(filter.ward, edition: edition, in: db)
        filter.district = try RegisterRepository.checkedDistrict(filter.district, edition: edition, in: db)
        try RegisterRepository.checkStreet(filter.street, edition: edition, in: db)
        let suppression = try SuppressionRepository.list(in: db)
        var suppressed = 0
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT e.pollingDistrict, e.number, e.suffix, e.forename, e.surname, e.absentVote,
                       h.id AS householdId, h.address, h.postcode, h.street, latest.attemptedOn, latest.outcome,
                       (SELECT s.support FROM canvassAttempt s
                        WHERE s.personId = e.personId AND s.support IS NOT NULL
                        ORDER BY s.attemptedOn DESC, s.seq DESC LIMIT 1) AS support,
                       (SELECT max(v.pollOn) FROM turnout v WHERE v.personId = e.personId) AS lastVotedOn
                FROM elector e
                JOIN household h ON h.id = e.householdId
                LEFT JOIN canvassAttempt latest ON latest.seq = (
                    SELECT a.seq FROM canvassAttempt a WHERE a.personId = e.personId
                    ORDER BY a.attemptedOn DESC, a.seq DESC LIMIT 1)
                WHERE e.editionId = ? AND e.deletedOn IS NULL AND e.isAnonymous = 0 AND e.excludedOn IS NULL
                  AND (? IS NULL OR e.ward = ?)
                  AND (? IS NULL OR e.pollingDistrict = ?)
                  AND (? IS NULL OR lower(h.street) = lower(?))
                  AND (? IS NULL OR latest.attemptedOn IS NULL OR latest.attemptedOn < ?)
                  AND NOT EXISTS (SELECT 1 FROM canvassAttempt x WHERE x.personId = e.personId
                                  AND x.outcome IN ('do-not-contact', 'moved', 'deceased'))
                  AND (? IS NULL OR NOT EXISTS (SELECT 1 FROM turnout t WHERE t.personId = e.personId AND t.pollOn = ?))
                  AND (? IS NULL OR EXISTS (SELECT 1 FROM turnout t WHERE t.personId = e.personId AND t.pollOn = ?))
                ORDER BY h.walkKey, h.id, e.surname, e.forename, e.number, e.suffix
                """,
            arguments: [
                edition, filter.ward, filter.ward, filter.district, filter.district, filter.street, filter.street,
                filter.notCanvassedSince?.iso, filter.notCanvassedSince?.iso, notVotedOn?.iso, notVotedOn?.iso,
                filter.votedAt?.iso, filter.votedAt?.iso,
            ])
        var entries: [WalkListEntry] = []
        while let row = try rows.next() {
            let support: Int? = row["support"]
            if let range = filter.support {
                guard let support, range.contains(support) else { continue }
            }
            guard
                let number = try? RegisterNumber(
                    district: row["pollingDistrict"], number: row["number"], suffix: row["suffix"])
            else { continue }
            let forename: String? = row["forename"]
            let surname: String? = row["surname"]
            let postcode: String? = row["postcode"]
            let name = [forename, surname].compactMap { $0 }.joined(separator: " ")
            if !suppression.keys.isEmpty,
                suppression.suppresses(name: name, postcode: postcode.flatMap { try? Postcode(parsing: $0) })
            {
                suppressed += 1
                continue
            }
            let absent: String? = row["absentVote"]
            let outcome: String? = row["outcome"]
            let on: String? = row["attemptedOn"]
            let voted: String? = row["lastVotedOn"]
            let household: Int64 = row["householdId"]
            entries.append(
                WalkListEntry(
                    number: number, name: name, address: row["address"], postcode: postcode, street: row["street"],
                    lastContactOn: on.flatMap { CalendarDate(iso: $0) }, lastOutcome: outcome.flatMap(ContactOutcome.init(rawValue:)),
                    lastSupport: support, absentVote: absent.flatMap(AbsentVote.init(rawValue:)),
                    lastVotedOn: voted.flatMap { CalendarDate(iso: $0) }, householdKey: String(household)))
        }
        return WalkListResult(
            entries: entries, suppressed: suppressed, supportScale: scale)
    }
}
