internal import GRDB
public import Canvassing
public import RosetteCore

/// The electoral register: editions, electors and households. Writes are one transaction each
/// and append to the audit trail (field names only).
///
/// The register may be used only for electoral purposes (RPR 2001 regs 102–108; misuse is an
/// offence under reg 115): nothing here exports it whole.
public struct RegisterRepository: Sendable {
    let database: AppDatabase
    let actor: Actor

    public init(_ database: AppDatabase, actor: Actor) {
        self.database = database
        self.actor = actor
    }

    /// An edition as stored.
    struct Edition {
        var id: Int64
        var name: String

        /// Refuses an attempt dated before the edition was published (`RegisterEdition.checkAttempt`).
        /// Stored names are checked by the schema; one that does not parse is not judged.
        func checkAttempt(on day: CalendarDate, elector: RegisterNumber) throws(CanvassHistoryError) {
            guard let edition = try? RegisterEdition(parsing: name) else { return }
            try edition.checkAttempt(on: day, elector: elector)
        }
    }

    // MARK: - Database Access: Reads

    /// The names of every imported edition, oldest first.
    public func editions() throws -> [String] {
        try database.dbWriter.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM registerEdition ORDER BY name")
        }
    }

    /// Counts for an edition (default: the current one, the latest imported).
    public func stats(edition name: String? = nil) throws -> RegisterStats {
        try database.dbWriter.read { db in
            let edition = try Self.edition(named: name, in: db)
            var stats = RegisterStats(edition: edition.name)
            if let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT count(*) AS electors,
                           count(DISTINCT householdId) AS households,
                           coalesce(sum(isAnonymous), 0) AS anonymous,
                           count(attainsOn) AS attainers,
                           coalesce(sum(CASE WHEN absentVote IN ('postal', 'proxy-postal') THEN 1 ELSE 0 END), 0) AS postal,
                           coalesce(sum(CASE WHEN absentVote = 'proxy' THEN 1 ELSE 0 END), 0) AS proxy
                    FROM elector WHERE editionId = ? AND deletedOn IS NULL
                    """, arguments: [edition.id])
            {
                stats.electors = row["electors"]
                stats.households = row["households"]
                stats.anonymous = row["anonymous"]
                stats.attainers = row["attainers"]
                stats.postalVoters = row["postal"]
                stats.proxyVoters = row["proxy"]
            }
            for row in try Row.fetchAll(
                db, sql: "SELECT coalesce(ward, '') AS ward, count(*) AS n FROM elector WHERE editionId = ? AND deletedOn IS NULL GROUP BY ward",
                arguments: [edition.id])
            {
                stats.byWard[row["ward"]] = row["n"]
            }
            for row in try Row.fetchAll(
                db,
                sql: "SELECT pollingDistrict, count(*) AS n FROM elector WHERE editionId = ? AND deletedOn IS NULL GROUP BY pollingDistrict",
                arguments: [edition.id])
            {
                stats.byDistrict[row["pollingDistrict"]] = row["n"]
            }
            for row in try Row.fetchAll(
                db, sql: "SELECT markers, count(*) AS n FROM elector WHERE editionId = ? AND deletedOn IS NULL AND markers != '' GROUP BY markers",
                arguments: [edition.id])
            {
                let markers: String = row["markers"]
                let count: Int = row["n"]
                for letter in markers { stats.byMarker[String(letter), default: 0] += count }
            }
            return stats
        }
    }

    // MARK: - Helpers shared by the canvassing repositories

    /// The named edition, or the current one (the latest by name) when `name` is nil.
    static func edition(named name: String?, in db: Database) throws -> Edition {
        let row: Row?
        if let name {
            row = try Row.fetchOne(db, sql: "SELECT id, name FROM registerEdition WHERE name = ?", arguments: [name])
            guard let row else { throw CanvassingError.unknownEdition(name) }
            return Edition(id: row["id"], name: row["name"])
        }
        row = try Row.fetchOne(db, sql: "SELECT id, name FROM registerEdition ORDER BY name DESC LIMIT 1")
        guard let row else { throw CanvassingError.noRegister }
        return Edition(id: row["id"], name: row["name"])
    }

    /// The edition whose numbers a poll on `day` used: the one named, or the one in force that
    /// day (1 December to 30 November, `RegisterEdition.inForce`). Elector numbers change each
    /// December, so applying a May poll's numbers to a later edition marks the wrong people.
    static func edition(forPollOn day: CalendarDate, named name: RegisterEdition?, in db: Database) throws -> Edition {
        let wanted = name ?? RegisterEdition.inForce(on: day)
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT id, name FROM registerEdition WHERE name = ?", arguments: [wanted.name])
        else { throw CanvassingError.editionNotLoaded(edition: wanted.name, day: day.iso) }
        return Edition(id: row["id"], name: row["name"])
    }

    /// The ward as the register spells it, matched case-insensitively (`--ward leith` is
    /// Leith), in `edition` or, when nil, any edition.
    ///
    /// - throws: `CanvassingError.unknownWard` when no elector is in that ward, so a typo is an
    ///   error rather than an empty list that looks finished.
    static func canonicalWard(_ ward: String?, edition: Int64?, in db: Database) throws -> String? {
        guard let ward else { return nil }
        let found = try String.fetchOne(
            db,
            sql: "SELECT ward FROM elector WHERE (? IS NULL OR editionId = ?) AND lower(ward) = lower(?) LIMIT 1",
            arguments: [edition, edition, ward.trimmingWhitespace])
        guard let found else { throw CanvassingError.unknownWard(ward) }
        return found
    }

    /// The polling district in capitals, checked to have electors (in `edition`, or any).
    static func checkedDistrict(_ district: String?, edition: Int64?, in db: Database) throws -> String? {
        guard let district else { return nil }
        let code = district.trimmingWhitespace.uppercased()
        let known = try Bool.fetchOne(
            db,
            sql: "SELECT EXISTS (SELECT 1 FROM elector WHERE (? IS NULL OR editionId = ?) AND pollingDistrict = ?)",
            arguments: [edition, edition, code])
        guard known == true else { throw CanvassingError.unknownDistrict(code) }
        return code
    }

    /// `street` when a household of the edition is on it (any case): a mistyped street would
    /// print an empty walk list that looks like "nobody left to knock".
    static func checkStreet(_ street: String?, edition: Int64, in db: Database) throws {
        guard let street else { return }
        let known = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM household WHERE editionId = ? AND lower(street) = lower(?))",
            arguments: [edition, street.trimmingWhitespace])
        guard known == true else { throw CanvassingError.unknownStreet(street) }
    }

    /// The stored elector with this number in an edition.
    static func elector(_ number: RegisterNumber, edition: Int64, in db: Database) throws -> ElectorRef? {
        let statement = try db.cachedStatement(
            sql: """
                SELECT id, personId, coalesce(ward, '') AS ward, isAnonymous, excludedOn, forename, surname
                FROM elector
                WHERE editionId = ? AND pollingDistrict = ? AND number = ? AND suffix = ?
                """)
        guard
            let row = try Row.fetchOne(
                statement, arguments: [edition, number.district, number.number, number.suffix])
        else { return nil }
        return ElectorRef(
            id: row["id"], personId: row["personId"], ward: row["ward"], district: number.district,
            isExcluded: (row["excludedOn"] as String?) != nil, isAnonymous: row["isAnonymous"],
            forename: row["forename"], surname: row["surname"])
    }
}

/// The ids an attempt or a turnout record hangs on.
struct ElectorRef: Sendable {
    var id: Int64
    var personId: Int64
    var ward: String
    var district: String
    /// Erased on request: the register row stays (the council's data) but nobody canvasses them.
    var isExcluded = false
    /// An anonymous entry: nobody is to be canvassed by name, so no attempt is recorded.
    var isAnonymous = false
    /// For checking a returned sheet's name column (`SheetName`); never shown.
    var forename: String? = nil
    var surname: String? = nil
}
