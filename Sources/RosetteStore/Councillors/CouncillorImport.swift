internal import GRDB
public import Councillors
public import Members
public import RosetteCore

extension CouncillorRepository {
    /// Imports councillors from records read one at a time, all or nothing, as the member import
    /// does: one transaction with cached prepared statements; if any row is bad the transaction is
    /// rolled back and every bad row is reported as `line N: reason`.
    ///
    /// Columns: name, council (id or exact name), ward (created with one seat when new), party
    /// (short name or name, which must exist), elected_on, and optionally term_ends_on,
    /// member_id, email, phone.
    ///
    /// - returns: the number of councillors added.
    public func importCouncillors(
        next: () throws -> CSVRecord?, today: CalendarDate, ignoredHeaders: ([String]) -> Void = { _ in },
        progress: (Int) -> Void = { _ in }
    ) throws -> Int {
        try database.dbWriter.write { db in
            guard let header = try next() else { throw CouncillorImportError.empty }
            let layout = try CouncillorFileLayout(header: header.fields)
            ignoredHeaders(layout.ignoredHeaders)
            let now = Timestamp.now()
            var bad: [BadRow] = []
            var added = 0
            var rowsRead = 0
            var councils: [String: CouncilID] = [:]
            var parties: [String: PartyID] = [:]
            var sitting: [CouncilID: [(CouncillorDetails, CouncillorID?)]] = [:]
            while let record = try next() {
                rowsRead += 1
                if rowsRead % 10_000 == 0 { progress(rowsRead) }
                if record.fields.allSatisfy({ $0.isEmpty }) { continue }
                let row: ImportedCouncillor
                switch ImportedCouncillor.parse(record.fields, layout: layout, today: today) {
                case .failure(let problems):
                    bad.append(BadRow(line: record.row, reason: problems.description))
                    continue
                case .success(let parsed): row = parsed
                }
                do {
                    let council = try councils[row.council] ?? Self.council(named: row.council, in: db)
                    councils[row.council] = council
                    let party = try parties[row.party.lowercased()] ?? CouncilRepository.party(named: row.party, in: db).id
                    parties[row.party.lowercased()] = party
                    if sitting[council] == nil { sitting[council] = try Self.sittingDetails(on: council, in: db) }
                    if let twin = sitting[council]?.first(where: { $0.0.isSamePerson(as: row.details) }) {
                        throw CouncillorsError.samePersonTwice(council: council, existing: twin.1)
                    }
                    sitting[council]?.append((row.details, nil))
                    let (ward, _) = try Self.ward(named: row.ward, of: council, in: db, actor: actor)
                    let id = try Self.insert(row.details, council: council, ward: ward, party: party, now: now, in: db)
                    try AuditLog.record(
                        db, actor: actor, kind: "councillor", id: id, action: .create,
                        fields: ["name", "council", "ward", "party", "elected_on"], at: now)
                    added += 1
                } catch let failure as any RosetteFailure {
                    bad.append(BadRow(line: record.row, reason: failure.description))
                }
            }
            guard bad.isEmpty else { throw ImportFailure(badRows: bad) }
            return added
        }
    }

    /// The details of everyone sitting on a council, with their ids, to refuse a second seat.
    static func sittingDetails(on council: CouncilID, in db: Database) throws -> [(CouncillorDetails, CouncillorID?)] {
        try Int64.fetchAll(
            db, sql: "SELECT id FROM councillor WHERE councilId = ? AND leftOn IS NULL", arguments: [council.rawValue]
        ).map { id in (try Self.councillor(CouncillorID(rawValue: id), in: db).details, CouncillorID(rawValue: id)) }
    }

    /// A council by id or exact name (any case).
    static func council(named text: String, in db: Database) throws -> CouncilID {
        if let number = Int64(text) {
            return try CouncilRecord.fetchOne(db, key: number).map { _ in CouncilID(rawValue: number) }
                ?? { throw CouncillorsError.councilNotFound(CouncilID(rawValue: number)) }()
        }
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM council WHERE name = ? COLLATE NOCASE", arguments: [text])
        guard ids.count == 1, let id = ids.first else {
            throw InvalidInput(field: "council", value: text, expected: "a council id, or the exact name of one council")
        }
        return CouncilID(rawValue: id)
    }
}
