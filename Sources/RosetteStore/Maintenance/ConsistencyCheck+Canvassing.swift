import Canvassing
internal import GRDB

extension ConsistencyCheck {
    /// Tallies against attempts, per polling district (`TallyConsistency`).
    static func canvassProblems(_ db: Database) throws -> [String] {
        func counts(_ sql: String) throws -> [String: Int] {
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: sql) { counts[row[0]] = row[1] }
            return counts
        }
        let tallied = try counts(
            """
            SELECT pollingDistrict, sum(attempts) FROM canvassTally
            WHERE attemptedOn = '' AND dimension = 'outcome' GROUP BY pollingDistrict
            """)
        let stored = try counts("SELECT pollingDistrict, count(*) FROM canvassAttempt GROUP BY pollingDistrict")
        return TallyConsistency.problems(tallied: tallied, stored: stored)
    }
}
