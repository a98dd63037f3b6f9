internal import GRDB
public import Canvassing
public import RosetteCore

extension RegisterRepository {
    /// Applies a monthly notice of alteration to an edition (default: the current one), all or
    /// nothing: additions are inserted, deletions marked with `today` (the row stays, so canvass
    /// history keeps its elector), changes overwrite the register's fields. A row without an
    /// alteration code adds the elector if new and changes it otherwise.
    public func applyAlterations(
        next: () throws -> CSVRecord?, edition name: String?, ward: String?, explicitMap: [String: String] = [:],
        today: CalendarDate, ignoredHeaders: ([String]) -> Void = { _ in }
    ) throws -> RegisterImportSummary {
        try database.dbWriter.write { db in
            guard let header = try next() else { throw RegisterImportError.empty }
            let layout = try RegisterFileLayout(header: header.fields, explicitMap: explicitMap)
            ignoredHeaders(layout.ignoredHeaders)
            let edition = try Self.edition(named: name, in: db)
            let previous = try Int64.fetchOne(
                db, sql: "SELECT id FROM registerEdition WHERE name < ? ORDER BY name DESC LIMIT 1",
                arguments: [edition.name])
            let now = Timestamp.now()
            var writer = RegisterWriter(
                db: db, editionId: edition.id, previousEditionId: previous, now: now, editionHasRows: true)
            var summary = RegisterImportSummary(edition: edition.name, layout: layout.kind.rawValue)
            var bad: [BadRow] = []
            while let record = try next() {
                if record.fields.allSatisfy({ $0.isEmpty }) { continue }
                let entry: RegisterEntry
                switch RegisterEntry.parse(record.fields, layout: layout, defaultWard: ward) {
                case .failure(let problems):
                    bad.append(BadRow(line: record.row, reason: problems.description))
                    continue
                case .success(let parsed): entry = parsed
                }
                do {
                    switch entry.alteration {
                    case .deletion:
                        if try writer.delete(entry.number, on: today) {
                            summary.deleted += 1
                        } else {
                            bad.append(BadRow(line: record.row, reason: "elector \(entry.number) is not on the register"))
                        }
                    case .addition:
                        try writer.insert(entry)
                        summary.electors += 1
                    case .change, nil:
                        if try writer.update(entry) {
                            summary.changed += 1
                        } else if entry.alteration == .change {
                            bad.append(BadRow(line: record.row, reason: "elector \(entry.number) is not on the register"))
                        } else {
                            try writer.insert(entry)
                            summary.electors += 1
                        }
                    }
                } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                    bad.append(BadRow(line: record.row, reason: "elector \(entry.number) is already on the register"))
                }
            }
            guard bad.isEmpty else { throw ImportFailure(badRows: bad) }
            try writer.carryOverLoosely()
            summary.households = writer.householdsCreated
            summary.carriedOverLoosely = writer.carriedOverLoosely
            summary.carriedOver = writer.carriedOver
            try AuditLog.record(
                db, actor: actor, kind: "registerEdition", id: edition.id, action: .update,
                fields: ["electors"], at: now)
            return summary
        }
    }

    /// Marks electors as postal, proxy or proxy-postal voters from an absent-voters list.
    ///
    /// - parameter kind: the type for rows whose file gives none.
    /// - parameter replace: clear every earlier mark in the edition first (a final list).
    /// - parameter skipped: told how many rows were for polling districts the edition does not
    ///   hold (council lists cover the whole authority); they are skipped, not refused.
    /// - returns: how many electors were marked.
    public func applyAbsentVoters(
        next: () throws -> CSVRecord?, kind: AbsentVote, replace: Bool, edition name: String?,
        explicitMap: [String: String] = [:], skipped: (Int) -> Void = { _ in }
    ) throws -> Int {
        try database.dbWriter.write { db in
            guard let header = try next() else { throw RegisterImportError.empty }
            let layout = try RegisterFileLayout(header: header.fields, explicitMap: explicitMap, requireName: false)
            let edition = try Self.edition(named: name, in: db)
            if replace {
                try db.execute(sql: "UPDATE elector SET absentVote = NULL WHERE editionId = ?", arguments: [edition.id])
            }
            var bad: [BadRow] = []
            var marked = 0
            var elsewhere = 0
            let held = try Self.heldDistricts(edition: edition.id, in: db)
            let statement = try db.cachedStatement(
                sql: """
                    UPDATE elector SET absentVote = ?
                    WHERE editionId = ? AND pollingDistrict = ? AND number = ? AND suffix = ?
                    """)
            try Self.forEachNumber(next: next, layout: layout, bad: &bad) { entry in
                guard held.contains(entry.number.district) else {
                    elsewhere += 1
                    return nil
                }
                try statement.execute(arguments: [
                    (entry.absentVote ?? kind).rawValue, edition.id, entry.number.district, entry.number.number,
                    entry.number.suffix,
                ])
                guard db.changesCount > 0 else { return "elector \(entry.number) is not on the register" }
                marked += 1
                return nil
            }
            guard bad.isEmpty else { throw ImportFailure(badRows: bad) }
            skipped(elsewhere)
            try AuditLog.record(
                db, actor: actor, kind: "registerEdition", id: edition.id, action: .update, fields: ["absentVote"])
            return marked
        }
    }

    /// The polling districts an edition has electors in: the party's area. Lists from the
    /// council that cover other districts are skipped there rather than refused.
    static func heldDistricts(edition: Int64, in db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT DISTINCT pollingDistrict FROM elector WHERE editionId = ?", arguments: [edition]))
    }

    /// Runs `body` for every row's elector number; rows that do not parse, and rows for which
    /// `body` returns a reason, are added to `bad`.
    static func forEachNumber(
        next: () throws -> CSVRecord?, layout: RegisterFileLayout, bad: inout [BadRow],
        _ body: (RegisterEntry) throws -> String?
    ) throws {
        while let record = try next() {
            if record.fields.allSatisfy({ $0.isEmpty }) { continue }
            switch RegisterEntry.parse(record.fields, layout: layout, defaultWard: nil) {
            case .failure(let problems): bad.append(BadRow(line: record.row, reason: problems.description))
            case .success(let entry):
                if let reason = try body(entry) { bad.append(BadRow(line: record.row, reason: reason)) }
            }
        }
    }
}
