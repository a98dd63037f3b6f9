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
        add(
            Counted(
                on: contact.on.iso, ward: elector.ward, district: elector.district, outcome: contact.outcome,
                method: contact.method.rawValue, canvasser: contact.canvasser, support: contact.support,
                intentions: contact.intentions.pairs, message: contact.message, issues: contact.issues))
    }

    /// The parts of an attempt the tallies count.
    struct Counted {
        var on: String
        var ward: String
        var district: String
        var outcome: ContactOutcome
        var method: String
        var canvasser: String
        var support: Int?
        /// `type=answer` pairs.
        var intentions: [String]
        var message: String?
        var issues: [String]

        /// The columns `init(row:)` reads, for a `SELECT` over `canvassAttempt`.
        static let columns = "attemptedOn, ward, pollingDistrict, outcome, method, canvasser, support, intention, message, issues"

        /// An attempt as stored; nil for an outcome this version does not know.
        init?(row: Row) {
            guard let outcome = ContactOutcome(rawValue: row["outcome"]) else { return nil }
            let issues: String = row["issues"]
            self.init(
                on: row["attemptedOn"], ward: row["ward"], district: row["pollingDistrict"], outcome: outcome,
                method: row["method"], canvasser: row["canvasser"], support: row["support"],
                intentions: VotingIntentions(stored: row["intention"]).pairs,
                message: row["message"], issues: issues.split(separator: ",").map(String.init))
        }

        init(
            on: String, ward: String, district: String, outcome: ContactOutcome, method: String, canvasser: String,
            support: Int?, intentions: [String], message: String?, issues: [String]
        ) {
            self.on = on
            self.ward = ward
            self.district = district
            self.outcome = outcome
            self.method = method
            self.canvasser = canvasser
            self.support = support
            self.intentions = intentions
            self.message = message
            self.issues = issues
        }
    }

    /// Counts an attempt, or with `delta` -1 takes a stored one back out (an erasure deletes
    /// the person's attempts, and the tallies must stay what a rebuild from the remaining
    /// attempts would give).
    mutating func add(_ attempt: Counted, delta: Int = 1) {
        func count(_ dimension: String, _ value: String, hit: Bool) {
            for on in [attempt.on, CanvassTallies.allTime] {
                let key = Key(on: on, ward: attempt.ward, district: attempt.district, dimension: dimension, value: value)
                let old = counts[key] ?? (0, 0)
                counts[key] = (old.attempts + delta, old.hits + (hit ? delta : 0))
            }
        }
        let spoke = attempt.outcome.isContact
        count("outcome", attempt.outcome.rawValue, hit: spoke)
        count("method", attempt.method, hit: spoke)
        count("canvasser", attempt.canvasser, hit: spoke)
        guard spoke else { return }
        if let support = attempt.support { count("support", String(support), hit: true) }
        for pair in attempt.intentions { count("intention", pair, hit: true) }
        if let message = attempt.message {
            count("message", message, hit: true)
            // Per support point, so "supporters" follows the promise range set at summary time.
            if let support = attempt.support { count("message-support", "\(message)=\(support)", hit: true) }
        }
        for issue in attempt.issues { count("issue", issue, hit: true) }
    }

    func flush(_ db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO canvassTally (attemptedOn, ward, pollingDistrict, dimension, value, attempts, hits)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (attemptedOn, ward, pollingDistrict, dimension, value)
                DO UPDATE SET attempts = attempts + excluded.attempts, hits = hits + excluded.hits
                """)
        // A CHECK is tested before an upsert's conflict, so taking counts out is a plain UPDATE.
        let subtract = try db.cachedStatement(
            sql: """
                UPDATE canvassTally SET attempts = attempts + ?, hits = hits + ?
                WHERE attemptedOn = ? AND ward = ? AND pollingDistrict = ? AND dimension = ? AND value = ?
                """)
        for (key, value) in counts where value != (0, 0) {
            if value.attempts < 0 {
                try subtract.execute(arguments: [
                    value.attempts, value.hits, key.on, key.ward, key.district, key.dimension, key.value,
                ])
            } else {
                try statement.execute(arguments: [
                    key.on, key.ward, key.district, key.dimension, key.value, value.attempts, value.hits,
                ])
            }
        }
        if counts.values.contains(where: { $0.attempts < 0 }) {
            try db.execute(sql: "DELETE FROM canvassTally WHERE attempts = 0")
        }
    }
}
