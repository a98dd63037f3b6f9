internal import GRDB
import Canvassing

extension CanvassRepository {
    /// Calls `body` with every canvass attempt as export cells (in `CanvassExport.columns` order,
    /// oldest first), streaming from one read transaction: a consistent snapshot whose memory
    /// does not grow with the number of attempts. An attempt whose person has left the register
    /// (their edition was deleted and the current one does not hold them) has no elector number.
    public func forEachAttempt(_ body: ([String]) throws -> Void) throws {
        try database.dbWriter.read { db in
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT a.id, e.pollingDistrict, e.number, e.suffix, a.attemptedOn, a.canvasser, a.method,
                        a.outcome, a.support, a.intention, a.previousVote, a.issues, a.message, a.asks, a.notes
                    FROM canvassAttempt a LEFT JOIN elector e ON e.id = a.electorId
                    ORDER BY a.seq
                    """)
            while let row = try cursor.next() {
                let support: Int? = row[8]
                let district: String? = row[1]
                let number = district.map { CanvassExport.electorNumber(district: $0, number: row[2], suffix: row[3]) }
                try body([
                    row[0], number ?? "", row[4],
                    row[5], row[6], row[7], support.map(String.init) ?? "", row[9] ?? "", row[10] ?? "", row[11],
                    row[12] ?? "", row[13], row[14] ?? "",
                ])
            }
        }
    }
}
