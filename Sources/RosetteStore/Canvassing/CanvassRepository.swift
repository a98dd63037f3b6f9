internal import GRDB
public import Canvassing
public import RosetteCore

/// Canvass results: append-only contact attempts, their tallies, and turnout.
///
/// An attempt is stored once however often it is sent (`INSERT ... ON CONFLICT (id) DO
/// NOTHING` on its UUID) and never changed; what is known about a person now is derived from
/// their attempts. Each write is one transaction.
public struct CanvassRepository: Sendable {
    let database: AppDatabase
    let actor: Actor

    public init(_ database: AppDatabase, actor: Actor) {
        self.database = database
        self.actor = actor
    }

    /// The outcome of `canvass import`.
    public struct ImportSummary: Sendable, Equatable {
        public var added = 0
        /// Attempts whose id was already stored (a resent sheet or phone sync).
        public var alreadyStored = 0
        /// Rows with no answers at all (doors left blank on a returned walk sheet).
        public var blank = 0
        /// Rows about electors erased on request, not stored (a sheet printed before the
        /// erasure, or an old export, must not bring their answers back).
        public var excluded = 0
    }

    // MARK: - Database Access: Writes

    /// Records one attempt against an elector of the current edition.
    ///
    /// - returns: false when this attempt was already stored (a resend: nothing changes).
    /// - throws: `CanvassingError.unknownElector`, `.excludedElector` (erased on request),
    ///   `.conflictingAttempt` (the id is stored with other answers) or `.noRegister`;
    ///   `InvalidInput` for answers outside the party's canvass scheme (see `canvassScheme()`);
    ///   `CanvassHistoryError.attemptBeforeEdition` when dated before the current edition, whose
    ///   numbers it is read against, was published.
    /// - parameter today: attempts dated after it are refused (a mistyped `--on`).
    public func log(_ contact: CanvassContact, today: CalendarDate? = nil) throws -> Bool {
        try database.dbWriter.write { db in
            let edition = try RegisterRepository.edition(named: nil, in: db)
            if let today { try contact.checkDate(today: today) }
            try SettingsRepository.canvassScheme(in: db).check(contact)
            try edition.checkAttempt(on: contact.on, elector: contact.elector)
            guard let elector = try RegisterRepository.elector(contact.elector, edition: edition.id, in: db) else {
                throw CanvassingError.unknownElector(contact.elector.normalised)
            }
            if elector.isExcluded { throw CanvassingError.excludedElector(contact.elector.normalised) }
            if elector.isAnonymous { throw CanvassingError.anonymousElector(contact.elector.normalised) }
            if let session = contact.session, try !Self.sessionExists(session, in: db) {
                throw CanvassingError.unknownSession(session)
            }
            var tallies = CanvassTallies()
            let now = Timestamp.now()
            guard try Self.insert(contact, elector: elector, now: now, recordedBy: actor.name, in: db) else {
                guard try Self.isStored(contact, elector: elector, in: db) else {
                    throw CanvassingError.conflictingAttempt(contact.id)
                }
                return false
            }
            tallies.add(contact, elector: elector)
            try tallies.flush(db)
            try AuditLog.record(
                db, actor: actor, kind: "canvassAttempt", id: db.lastInsertedRowID, action: .create,
                fields: contact.answeredFields, at: now)
            return true
        }
    }

    /// Imports attempts from a canvass-results file, all or nothing, streaming.
    ///
    /// One transaction with cached statements; electors are looked up once each (a map bounded
    /// by the electorate, not by the file) and tallies are summed in memory and written at the
    /// end. The attempt rows carry who recorded them and when, so the audit trail gets one
    /// entry for the whole import rather than a million.
    ///
    /// - parameter defaultDate: `--on`, for files without a date column; `defaultCanvasser` too.
    /// - parameter today: when given, rows dated after it are bad rows (an attempt cannot be in
    ///   the future), as `log` refuses them. Rows dated before the current edition was published
    ///   are bad rows whatever `today` is (their numbers did not exist yet).
    public func importContacts(
        next: () throws -> CSVRecord?, defaultDate: CalendarDate? = nil, defaultCanvasser: String? = nil,
        today: CalendarDate? = nil, session: Int64? = nil,
        ignoredHeaders: ([String]) -> Void = { _ in }, progress: (Int) -> Void = { _ in }
    ) throws -> ImportSummary {
        try database.dbWriter.write { db in
            guard let header = try next() else { throw RegisterImportError.empty }
            var defaults: Set<CanvassColumn> = []
            if defaultDate != nil { defaults.insert(.date) }
            if defaultCanvasser != nil { defaults.insert(.canvasser) }
            let scheme = try SettingsRepository.canvassScheme(in: db)
            let layout = try CanvassFileLayout(
                header: header.fields, defaults: defaults, electionTypes: scheme.electionTypes)
            ignoredHeaders(layout.ignoredHeaders)
            try db.execute(sql: "PRAGMA cache_size = -16384")  // 16 MiB: keeps a 1M-row import under 64 MiB
            let edition = try RegisterRepository.edition(named: nil, in: db)
            let now = Timestamp.now()
            var electors: [RegisterNumber: ElectorRef?] = [:]
            var tallies = CanvassTallies()
            var summary = ImportSummary()
            var bad: [BadRow] = []
            var firstSeq: Int64?
            if let session, try !Self.sessionExists(session, in: db) { throw CanvassingError.unknownSession(session) }
            var rowsRead = 0
            while let record = try next() {
                rowsRead += 1
                if rowsRead % 50_000 == 0 { progress(rowsRead) }
                if record.fields.allSatisfy({ $0.isEmpty }) { continue }
                let contact: CanvassContact
                switch CanvassContact.parse(
                    record.fields, layout: layout, defaultDate: defaultDate, defaultCanvasser: defaultCanvasser,
                    scheme: scheme)
                {
                case .failure(let problems):
                    bad.append(BadRow(line: record.row, reason: problems.description))
                    continue
                case .success(nil):
                    summary.blank += 1
                    continue
                case .success(var parsed?):
                    parsed.session = session
                    contact = parsed
                }
                if let today, contact.on > today {
                    bad.append(BadRow(line: record.row, reason: "the attempt is dated \(contact.on), after today (\(today))"))
                    continue
                }
                do throws(CanvassHistoryError) {
                    try edition.checkAttempt(on: contact.on, elector: contact.elector)
                } catch {
                    bad.append(BadRow(line: record.row, reason: error.reason))
                    continue
                }
                let elector: ElectorRef?
                if let cached = electors[contact.elector] {
                    elector = cached
                } else {
                    elector = try RegisterRepository.elector(contact.elector, edition: edition.id, in: db)
                    electors[contact.elector] = elector
                }
                guard let elector else {
                    bad.append(BadRow(line: record.row, reason: "elector \(contact.elector) is not on the current register"))
                    continue
                }
                if elector.isAnonymous {
                    bad.append(BadRow(line: record.row, reason: CanvassingError.anonymousElector(contact.elector.normalised).description))
                    continue
                }
                if let written = contact.sheetName,
                    !SheetName.matches(written, forename: elector.forename, surname: elector.surname)
                {
                    bad.append(BadRow(line: record.row, reason: CanvassingError.nameMismatch(contact.elector.normalised).description))
                    continue
                }
                guard bad.isEmpty else { continue }  // failing anyway: only validate the rest
                if elector.isExcluded {
                    summary.excluded += 1
                    continue
                }
                if try Self.insert(contact, elector: elector, now: now, recordedBy: actor.name, in: db) {
                    firstSeq = firstSeq ?? db.lastInsertedRowID
                    tallies.add(contact, elector: elector)
                    summary.added += 1
                } else if try Self.isStored(contact, elector: elector, in: db) {
                    summary.alreadyStored += 1
                } else {
                    bad.append(BadRow(line: record.row, reason: CanvassingError.conflictingAttempt(contact.id).description))
                }
            }
            guard bad.isEmpty else { throw ImportFailure(badRows: bad) }
            try tallies.flush(db)
            if let firstSeq {
                try AuditLog.record(
                    db, actor: actor, kind: "canvassImport", id: firstSeq, action: .create,
                    fields: ["attempts"], at: now)
            }
            return summary
        }
    }

    /// Inserts one attempt with a cached statement; false when its id is already stored.
    static func insert(
        _ contact: CanvassContact, elector: ElectorRef, now: String, recordedBy: String, in db: Database
    ) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO canvassAttempt (id, personId, electorId, ward, pollingDistrict, attemptedOn, canvasser,
                    method, outcome, support, intention, previousVote, issues, message, asks, notes,
                    recordedAt, recordedBy, sessionId)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING
                """)
        try statement.execute(arguments: [
            contact.id, elector.personId, elector.id, elector.ward, elector.district, contact.on.iso,
            contact.canvasser, contact.method.rawValue, contact.outcome.rawValue, contact.support,
            contact.intentions.stored, contact.previousVote, contact.issues.joined(separator: ","), contact.message,
            contact.asks.map(\.rawValue).joined(separator: ","), contact.notes, now, recordedBy, contact.session,
        ])
        return db.changesCount > 0
    }
}

extension CanvassRepository {
    /// True when the stored attempt with this id says the same as `contact` (the same person
    /// or elector, day and answers): a resend. False means two different records share an id.
    static func isStored(_ contact: CanvassContact, elector: ElectorRef, in db: Database) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: """
                SELECT 1 FROM canvassAttempt
                WHERE id = ? AND (personId = ? OR electorId = ?) AND attemptedOn = ? AND canvasser = ?
                  AND method = ? AND outcome = ? AND support IS ? AND intention IS ? AND previousVote IS ?
                  AND issues = ? AND message IS ? AND asks = ? AND notes IS ?
                """)
        return try Bool.fetchOne(
            statement,
            arguments: [
                contact.id, elector.personId, elector.id, contact.on.iso, contact.canvasser, contact.method.rawValue,
                contact.outcome.rawValue, contact.support, contact.intentions.stored, contact.previousVote,
                contact.issues.joined(separator: ","), contact.message,
                contact.asks.map(\.rawValue).joined(separator: ","), contact.notes,
            ]) ?? false
    }
}

extension CanvassContact {
    /// The names of the fields this attempt fills, for the audit trail (never their values).
    var answeredFields: [String] {
        var fields = ["elector", "on", "canvasser", "method", "outcome"]
        if support != nil { fields.append("support") }
        if !intentions.isEmpty { fields.append("intention") }
        if previousVote != nil { fields.append("previous_vote") }
        if !issues.isEmpty { fields.append("issues") }
        if message != nil { fields.append("message") }
        if !asks.isEmpty { fields.append("asks") }
        if notes != nil { fields.append("notes") }
        return fields
    }
}
