internal import GRDB
public import Canvassing
public import RosetteCore

extension RegisterRepository {
    /// Imports a whole register edition from records read one at a time, all or nothing.
    ///
    /// One transaction with cached prepared statements; rows are validated and written as they
    /// stream past, and if any row is bad everything is rolled back and every bad row reported.
    /// Electors are matched to the previous edition's people by name and address, so canvass
    /// history carries across the annual re-numbering. One audit entry records the edition
    /// (the register is the council's data, not edits by party officers).
    ///
    /// - parameter next: the next record, `nil` at the end; the first is the header.
    /// - throws: `RegisterImportError` for a bad header, a file with no electors (it would
    ///   replace the real register with an empty edition) or a polling district that already
    ///   has electors in the edition; `ImportFailure` listing bad rows.
    public func importRegister(
        next: () throws -> CSVRecord?, edition: RegisterEdition, ward: String?,
        explicitMap: [String: String] = [:], ignoredHeaders: ([String]) -> Void = { _ in },
        progress: (Int) -> Void = { _ in }
    ) throws -> RegisterImportSummary {
        try database.dbWriter.write { db in
            guard let header = try next() else { throw RegisterImportError.empty }
            let layout = try RegisterFileLayout(header: header.fields, explicitMap: explicitMap)
            ignoredHeaders(layout.ignoredHeaders)
            try db.execute(sql: "PRAGMA cache_size = -65536")  // 64 MiB for the indexes being built
            let now = Timestamp.now()
            let editionId: Int64
            // Districts already in the edition: a second council's file (new districts) may join
            // it, but a district already loaded must come through `register update`.
            var heldDistricts: Set<String> = []
            if let existing = try Int64.fetchOne(
                db, sql: "SELECT id FROM registerEdition WHERE name = ?", arguments: [edition.name])
            {
                heldDistricts = try Self.heldDistricts(edition: existing, in: db)
                editionId = existing
            } else {
                try db.execute(
                    sql: "INSERT INTO registerEdition (name, importedAt) VALUES (?, ?)", arguments: [edition.name, now])
                editionId = db.lastInsertedRowID
            }
            let previous = try Int64.fetchOne(
                db, sql: "SELECT id FROM registerEdition WHERE name < ? ORDER BY name DESC LIMIT 1",
                arguments: [edition.name])
            var writer = RegisterWriter(
                db: db, editionId: editionId, previousEditionId: previous, now: now,
                editionHasRows: !heldDistricts.isEmpty)
            var summary = RegisterImportSummary(edition: edition.name, layout: layout.kind.rawValue)
            var bad: [BadRow] = []
            var rowsRead = 0
            while let record = try next() {
                rowsRead += 1
                if rowsRead % 10_000 == 0 { progress(rowsRead) }
                if record.fields.allSatisfy({ $0.isEmpty }) { continue }
                switch RegisterEntry.parse(record.fields, layout: layout, defaultWard: ward) {
                case .failure(let problems):
                    bad.append(BadRow(line: record.row, reason: problems.description))
                case .success(let entry):
                    if heldDistricts.contains(entry.number.district) {
                        throw RegisterImportError.districtAlreadyImported(
                            district: entry.number.district, edition: edition.name)
                    }
                    do {
                        try writer.insert(entry)
                        summary.electors += 1
                        if entry.isAnonymous { summary.anonymous += 1 }
                    } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                        bad.append(BadRow(line: record.row, reason: "elector \(entry.number) appears twice"))
                    }
                }
            }
            guard bad.isEmpty else { throw ImportFailure(badRows: bad) }
            guard summary.electors > 0 else { throw RegisterImportError.noElectors }
            try writer.carryOverLoosely()
            summary.households = writer.householdsCreated
            summary.carriedOverLoosely = writer.carriedOverLoosely
            summary.carriedOver = writer.carriedOver
            try AuditLog.record(
                db, actor: actor, kind: "registerEdition", id: editionId, action: .create,
                fields: ["electors", "households"], at: now)
            return summary
        }
    }
}
