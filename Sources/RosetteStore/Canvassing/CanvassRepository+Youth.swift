internal import GRDB
public import Canvassing
public import RosetteCore

extension CanvassRepository {
    /// The youth figures for the current edition (see `YouthReach`), for a ward or district.
    public func youthReach(ward given: String?, district area: String?, on today: CalendarDate) throws -> YouthReach {
        try database.dbWriter.read { db in
            let edition = try RegisterRepository.edition(named: nil, in: db)
            let ward = try RegisterRepository.canonicalWard(given, edition: nil, in: db)
            let district = area?.uppercased()
            let attainers = YouthReach.attainerRange(on: today)
            let births = YouthReach.birthRange(on: today)
            let promises = try SettingsRepository.canvassScheme(in: db).promises
            let row = try Row.fetchOne(
                db,
                sql: """
                    WITH young(personId) AS (
                        SELECT e.personId FROM elector e
                        WHERE e.editionId = :edition AND e.deletedOn IS NULL AND e.isAnonymous = 0
                          AND e.attainsOn > :attainedAfter AND e.attainsOn <= :attainedUpTo
                          AND (:ward IS NULL OR e.ward = :ward) AND (:district IS NULL OR e.pollingDistrict = :district)
                        UNION
                        -- CROSS JOIN keeps members as the outer loop: a party has far fewer
                        -- young members than the register has households.
                        SELECT e.personId FROM member m
                        CROSS JOIN household h ON h.editionId = :edition AND h.postcode = m.postcode
                        JOIN elector e ON e.householdId = h.id
                            AND lower(e.forename) || '|' || lower(e.surname) = m.nameKey
                        WHERE m.dateOfBirth > :bornAfter AND m.dateOfBirth <= :bornUpTo AND m.postcode IS NOT NULL
                          AND e.deletedOn IS NULL
                          AND (:ward IS NULL OR e.ward = :ward) AND (:district IS NULL OR e.pollingDistrict = :district)
                    )
                    SELECT count(*) AS electors,
                        sum(EXISTS (SELECT 1 FROM canvassAttempt a WHERE a.personId = y.personId AND a.outcome = 'spoke'))
                            AS reached,
                        sum(EXISTS (SELECT 1 FROM canvassAttempt a WHERE a.personId = y.personId AND a.support BETWEEN :promiseLow AND :promiseHigh))
                            AS supporters
                    FROM young y
                    """,
                arguments: [
                    "edition": edition.id, "attainedAfter": attainers.after.iso, "attainedUpTo": attainers.upTo.iso,
                    "bornAfter": births.oldest.iso, "bornUpTo": births.youngest.iso, "ward": ward, "district": district,
                    "promiseLow": promises.lowerBound, "promiseHigh": promises.upperBound,
                ])
            return YouthReach(
                electors: row?["electors"] ?? 0, reached: row?["reached"] ?? 0, supporters: row?["supporters"] ?? 0)
        }
    }
}
