internal import GRDB
import Canvassing
import RosetteCore

/// Writes register entries into one edition inside the caller's transaction, with cached
/// prepared statements: the hot path of `register import` (200,000 electors) and the shared
/// code of monthly alterations.
///
/// Households are found through an in-memory map from address key to id, filled as they are
/// created (and, for alterations to an existing edition, from the database on a miss), so each
/// elector costs one or two inserts and, when there is a previous edition, one indexed lookup.
struct RegisterWriter {
    let db: Database
    let editionId: Int64
    let previousEditionId: Int64?
    let now: String
    /// True when the edition may already hold households (alterations), so a miss in the map
    /// looks in the database before inserting.
    let editionHasRows: Bool
    private var households: [String: Int64] = [:]
    /// People already given to an elector of this edition: two electors with the same name at
    /// one address (a father and son) must not become one person.
    private var claimedPeople: Set<Int64> = []
    /// The ward of each polling district already in the edition, looked up once per district.
    private var districtWards: [String: String?] = [:]
    private(set) var householdsCreated = 0
    private(set) var carriedOver = 0
    /// Of those, people recognised by the loose rule (`PersonMatching`): middle names differ.
    private(set) var carriedOverLoosely = 0
    /// People created by this writer who have a key: the loose pass looks for them.
    private var newPeople: [Int64: String] = [:]

    init(db: Database, editionId: Int64, previousEditionId: Int64?, now: String, editionHasRows: Bool) {
        self.db = db
        self.editionId = editionId
        self.previousEditionId = previousEditionId
        self.now = now
        self.editionHasRows = editionHasRows
    }

    /// Inserts an elector. Throws `DatabaseError` with `SQLITE_CONSTRAINT_UNIQUE` when the number
    /// is already in the edition.
    mutating func insert(_ given: RegisterEntry) throws {
        var entry = given
        if entry.ward == nil, editionHasRows { entry.ward = try ward(ofDistrict: entry.number.district) }
        let householdId = try entry.address.map { try household(for: $0, entry: entry) }
        let personId = try person(for: entry)
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO elector (editionId, personId, householdId, pollingDistrict, number, suffix,
                    markers, isAnonymous, surname, forename, attainsOn, ward, personKey, absentVote)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            editionId, personId, householdId, entry.number.district, entry.number.number, entry.number.suffix,
            entry.markers, entry.isAnonymous ? 1 : 0, entry.surname, entry.forename, entry.attainsOn?.iso,
            entry.ward, entry.personKey, entry.absentVote?.rawValue,
        ])
        claimedPeople.insert(personId)
    }

    /// The ward most electors of `district` in this edition are in. Notices of alteration
    /// rarely name the ward, and an elector with none falls off every `--ward` list (a promise
    /// would vanish from the polling-day knock-up list); a polling district lies in one ward.
    private mutating func ward(ofDistrict district: String) throws -> String? {
        if let known = districtWards[district] { return known }
        let ward = try String.fetchOne(
            db,
            sql: """
                SELECT ward FROM elector WHERE editionId = ? AND pollingDistrict = ? AND ward IS NOT NULL
                GROUP BY ward ORDER BY count(*) DESC, ward LIMIT 1
                """,
            arguments: [editionId, district])
        districtWards[district] = .some(ward)
        return ward
    }

    /// Applies a changed entry to an existing elector (names, markers, address); returns false
    /// when the number is not in the edition.
    mutating func update(_ entry: RegisterEntry) throws -> Bool {
        let householdId = try entry.address.map { try household(for: $0, entry: entry) }
        try db.execute(
            sql: """
                UPDATE elector SET householdId = ?, markers = ?, isAnonymous = ?, surname = ?, forename = ?,
                    attainsOn = ?, ward = coalesce(?, ward), personKey = ?,
                    absentVote = coalesce(?, absentVote), deletedOn = NULL
                WHERE editionId = ? AND pollingDistrict = ? AND number = ? AND suffix = ?
                """,
            arguments: [
                householdId, entry.markers, entry.isAnonymous ? 1 : 0, entry.surname, entry.forename,
                entry.attainsOn?.iso, entry.ward, entry.personKey, entry.absentVote?.rawValue, editionId,
                entry.number.district, entry.number.number, entry.number.suffix,
            ])
        return db.changesCount > 0
    }

    /// Marks an elector deleted on `day`; returns false when the number is not in the edition.
    func delete(_ number: RegisterNumber, on day: CalendarDate) throws -> Bool {
        try db.execute(
            sql: """
                UPDATE elector SET deletedOn = ?
                WHERE editionId = ? AND pollingDistrict = ? AND number = ? AND suffix = ? AND deletedOn IS NULL
                """,
            arguments: [day.iso, editionId, number.district, number.number, number.suffix])
        return db.changesCount > 0
    }

    private mutating func household(for address: WalkAddress, entry: RegisterEntry) throws -> Int64 {
        let key = address.householdKey
        if let id = households[key] { return id }
        if editionHasRows,
            let id = try Int64.fetchOne(
                db, sql: "SELECT id FROM household WHERE editionId = ? AND householdKey = ?",
                arguments: [editionId, key])
        {
            households[key] = id
            return id
        }
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO household (editionId, householdKey, ward, pollingDistrict, postcode, street, address, walkKey)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            editionId, key, entry.ward, entry.number.district, address.postcode?.normalised, address.street,
            address.line, address.walkKey,
        ])
        let id = db.lastInsertedRowID
        households[key] = id
        householdsCreated += 1
        return id
    }

    /// The person this entry was on the previous edition (same name and address), or a new one.
    private mutating func person(for entry: RegisterEntry) throws -> Int64 {
        if let previousEditionId, let key = entry.personKey {
            let statement = try db.cachedStatement(
                sql: "SELECT personId FROM elector WHERE editionId = ? AND personKey = ? ORDER BY id")
            let candidates = try Int64.fetchAll(statement, arguments: [previousEditionId, key])
            if let match = candidates.first(where: { !claimedPeople.contains($0) }) {
                carriedOver += 1
                return match
            }
        }
        let statement = try db.cachedStatement(sql: "INSERT INTO registerPerson (createdAt) VALUES (?)")
        try statement.execute(arguments: [now])
        let person = db.lastInsertedRowID
        if previousEditionId != nil, let key = entry.personKey { newPeople[person] = key }
        return person
    }

    /// The second, loose pass (`PersonMatching`), run once every entry is in, so an exact
    /// match later in the file always wins: a person new to this edition takes over the one
    /// previous-edition person no elector here claimed, when each is the other's only loose
    /// match. The placeholder person made for them is deleted (nothing can refer to it yet).
    mutating func carryOverLoosely() throws {
        guard let previousEditionId, !newPeople.isEmpty else { return }
        let lookup = try db.cachedStatement(
            sql: """
                SELECT p.personId, p.personKey FROM elector p
                WHERE p.editionId = ? AND p.personKey >= ? AND p.personKey < ?
                  AND NOT EXISTS (SELECT 1 FROM elector c WHERE c.personId = p.personId AND c.editionId = ?)
                ORDER BY p.id
                """)
        var proposals: [Int64: [Int64]] = [:]  // previous person → new people matching it
        var only: [Int64: Int64] = [:]  // new person → its one previous person
        for (person, key) in newPeople {
            guard let prefix = PersonMatching.loosePrefix(of: key) else { continue }
            let rows = try Row.fetchAll(
                lookup, arguments: [previousEditionId, prefix, prefix + "\u{10FFFF}", editionId])
            let matches = Set(rows.compactMap { row -> Int64? in
                let candidate: Int64 = row["personId"]
                guard let candidateKey: String = row["personKey"], !claimedPeople.contains(candidate),
                    PersonMatching.looselyMatches(candidateKey, key)
                else { return nil }
                return candidate
            })
            guard matches.count == 1, let match = matches.first else { continue }
            only[person] = match
            proposals[match, default: []].append(person)
        }
        let move = try db.cachedStatement(sql: "UPDATE elector SET personId = ? WHERE editionId = ? AND personId = ?")
        let drop = try db.cachedStatement(sql: "DELETE FROM registerPerson WHERE id = ?")
        for (person, match) in only.sorted(by: { $0.key < $1.key }) where proposals[match]?.count == 1 {
            try move.execute(arguments: [match, editionId, person])
            try drop.execute(arguments: [person])
            claimedPeople.insert(match)
            carriedOver += 1
            carriedOverLoosely += 1
        }
    }
}
