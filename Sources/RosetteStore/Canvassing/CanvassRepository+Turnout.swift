internal import GRDB
public import Canvassing
public import RosetteCore

extension CanvassRepository {
    /// Records electors seen voting on `pollOn` (telling on polling day), once each.
    ///
    /// Numbers are read against the edition in force on `pollOn` unless `edition` is given.
    ///
    /// - returns: how many were newly recorded (the rest were already known to have voted).
    /// - throws: `CanvassingError.unknownElector` naming the first number not on the register,
    ///   `.editionNotLoaded` when that edition was never imported; nothing is recorded then.
    public func recordVoted(
        _ numbers: [RegisterNumber], on pollOn: CalendarDate, edition name: RegisterEdition? = nil
    ) throws -> Int {
        try database.dbWriter.write { db in
            let edition = try RegisterRepository.edition(forPollOn: pollOn, named: name, in: db)
            var added = 0
            for number in numbers {
                guard let elector = try RegisterRepository.elector(number, edition: edition.id, in: db) else {
                    throw CanvassingError.unknownElector(number.normalised)
                }
                if try Self.insertTurnout(elector, pollOn: pollOn, source: "telling", in: db) {
                    added += 1
                    try AuditLog.record(
                        db, actor: actor, kind: "turnout", id: db.lastInsertedRowID, action: .create,
                        fields: ["elector", "poll_on"])
                }
            }
            return added
        }
    }

    /// Imports a marked register (who voted at `pollOn`), all or nothing; every row names an
    /// elector by number in the edition in force on `pollOn` (or `edition`, when given).
    ///
    /// - parameter skipped: told how many rows were for polling districts the edition does not
    ///   hold (the council's file covers its whole area); only rows in held districts can fail.
    public func importMarkedRegister(
        next: () throws -> CSVRecord?, pollOn: CalendarDate, edition name: RegisterEdition? = nil,
        explicitMap: [String: String] = [:], skipped: (Int) -> Void = { _ in }
    ) throws -> Int {
        try database.dbWriter.write { db in
            guard let header = try next() else { throw RegisterImportError.empty }
            let layout = try RegisterFileLayout(header: header.fields, explicitMap: explicitMap, requireName: false)
            let edition = try RegisterRepository.edition(forPollOn: pollOn, named: name, in: db)
            var bad: [BadRow] = []
            var added = 0
            var elsewhere = 0
            let held = try RegisterRepository.heldDistricts(edition: edition.id, in: db)
            try RegisterRepository.forEachNumber(next: next, layout: layout, bad: &bad) { entry in
                guard held.contains(entry.number.district) else {
                    elsewhere += 1
                    return nil
                }
                guard let elector = try RegisterRepository.elector(entry.number, edition: edition.id, in: db) else {
                    return "elector \(entry.number) is not on the register"
                }
                if try Self.insertTurnout(elector, pollOn: pollOn, source: "marked-register", in: db) { added += 1 }
                return nil
            }
            guard bad.isEmpty else { throw ImportFailure(badRows: bad) }
            skipped(elsewhere)
            try AuditLog.record(
                db, actor: actor, kind: "registerEdition", id: edition.id, action: .update, fields: ["turnout"])
            return added
        }
    }

    /// Records a turnout mark once; an elector erased on request gets none (false).
    static func insertTurnout(_ elector: ElectorRef, pollOn: CalendarDate, source: String, in db: Database) throws -> Bool {
        if elector.isExcluded { return false }
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO turnout (personId, electorId, pollOn, source, recordedAt) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (electorId, pollOn) DO NOTHING
                """)
        try statement.execute(arguments: [elector.personId, elector.id, pollOn.iso, source, Timestamp.now()])
        return db.changesCount > 0
    }
}
