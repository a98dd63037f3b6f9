internal import GRDB
import Canvassing
import RosetteCore

/// Counts of new attempts by day, ward, district and dimension, summed in memory and added to
/// the `canvassTally` table in one pass (`INSERT ... ON CONFLICT DO UPDATE`), so a million-row
/// import does a few thousand tally writes and `canvass summary` reads a small table.
///
/// Each attempt is counted twice: under its day, for `--since`, and under the empty day `''`,
/// the all-time totals, so a summary without `--since` reads one row per district and answer
/// however many days of canvassing there have been.
struct CanvassTallies {
    struct Key: Hashable {
        var on: String
        var ward: String
        var district: String
        var dimension: String
        var value: String
    }

    /// The `attemptedOn` of the all-time rows.
    static let allTime = ""

    /// The `attemptedOn` bounds a summary reads: all-time rows, or the days from `since` on.
    static func dayRange(since: String?) -> (String, String) {
        guard let since else { return (allTime, allTime) }
        return (since, "9999-12-31")
    }

    private(set) var counts: [Key: (attempts: Int, hits: Int)] = [:]

    mutating func add(_ contact: CanvassContact, elector: ElectorRef) {
        let day = contact.on.iso
        func count(_ dimension: String, _ value: String, hit: Bool) {
            for on in [day, CanvassTallies.allTime] {
                let key = Key(on: on, ward: elector.ward, district: elector.district, dimension: dimension, value: value)
                let old = counts[key] ?? (0, 0)
                counts[key] = (old.attempts + 1, old.hits + (hit ? 1 : 0))
            }
        }
        let spoke = contact.outcome.isContact
        count("outcome", contact.outcome.rawValue, hit: spoke)
        count("method", contact.method.rawValue, hit: spoke)
        count("canvasser", contact.canvasser, hit: spoke)
        guard spoke else { return }
        if let support = contact.support { count("support", String(support), hit: true) }
        if let intention = contact.intention { count("intention", intention, hit: true) }
        if let message = contact.message {
            count("message", message, hit: contact.support.map(CanvassSummary.supporterPoints.contains) ?? false)
        }
        for issue in contact.issues { count("issue", issue, hit: true) }
    }

    func flush(_ db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO canvassTally (attemptedOn, ward, pollingDistrict, dimension, value, attempts, hits)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (attemptedOn, ward, pollingDistrict, dimension, value)
                DO UPDATE SET attempts = attempts + excluded.attempts, hits = hits + excluded.hits
                """)
        for (key, value) in counts {
            try statement.execute(arguments: [
                key.on, key.ward, key.district, key.dimension, key.value, value.attempts, value.hits,
            ])
        }
    }
}
