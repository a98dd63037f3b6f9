internal import GRDB
public import Canvassing
public import RosetteCore

extension CanvassRepository {
    /// Results for an area and period, read from the maintained tallies: the all-time rows
    /// (one per district and answer) without `since`, the day rows from `since` on with it.
    ///
    /// - parameter ward: only this ward; `district`: only this polling district; `since`: only
    ///   attempts on or after this day. The ward is matched case-insensitively. Supporters are
    ///   the points in the party's promise range (`canvass.promises`) as set now.
    /// - throws: `CanvassingError.unknownWard`/`.unknownDistrict` for an area on no edition.
    public func summary(ward given: String?, district area: String?, since: CalendarDate?) throws -> CanvassSummary {
        try database.dbWriter.read { db in
            let ward = try RegisterRepository.canonicalWard(given, edition: nil, in: db)
            let district = try RegisterRepository.checkedDistrict(area, edition: nil, in: db)
            var summary = CanvassSummary(promises: try SettingsRepository.canvassScheme(in: db).promises)
            let days = CanvassTallies.dayRange(since: since?.iso)
            let filter: StatementArguments = [days.0, days.1, ward, ward, district?.uppercased(), district?.uppercased()]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT dimension, value, sum(attempts) AS attempts, sum(hits) AS hits
                    FROM canvassTally
                    WHERE attemptedOn BETWEEN ? AND ? AND (? IS NULL OR ward = ?) AND (? IS NULL OR pollingDistrict = ?)
                    GROUP BY dimension, value
                    """, arguments: filter)
            while let row = try rows.next() {
                let value: String = row["value"]
                let attempts: Int = row["attempts"]
                let hits: Int = row["hits"]
                switch row["dimension"] as String {
                case "outcome":
                    summary.attempts += attempts
                    summary.contacts += hits
                    if let outcome = ContactOutcome(rawValue: value) { summary.byOutcome[outcome] = attempts }
                case "method":
                    if value == ContactMethod.door.rawValue { summary.doors = attempts }
                case "canvasser": summary.byCanvasser[value] = .init(attempts: attempts, contacts: hits)
                case "support": if let point = Int(value) { summary.support[point] = attempts }
                case "intention":
                    let (type, answer) = VotingIntentions.split(pair: value)
                    summary.intentions[type, default: [:]][answer] = attempts
                case "message": summary.byMessage[value] = attempts
                case "message-support":  // MESSAGE=POINT
                    if let cut = value.lastIndex(of: "="), let point = Int(value[value.index(after: cut)...]) {
                        summary.messageSupport[String(value[..<cut]), default: [:]][point] = attempts
                    }
                case "issue": summary.issues[value] = attempts
                default: break
                }
            }
            let areas = try Row.fetchCursor(
                db,
                sql: """
                    SELECT ward, pollingDistrict, sum(attempts) AS attempts, sum(hits) AS hits
                    FROM canvassTally
                    WHERE attemptedOn BETWEEN ? AND ? AND dimension = 'outcome'
                      AND (? IS NULL OR ward = ?) AND (? IS NULL OR pollingDistrict = ?)
                    GROUP BY ward, pollingDistrict
                    """, arguments: filter)
            while let row = try areas.next() {
                summary.byArea[.init(ward: row["ward"], district: row["pollingDistrict"])] = .init(
                    attempts: row["attempts"], contacts: row["hits"])
            }
            return summary
        }
    }
}
