internal import GRDB
internal import GRDBSQLite
import Members
import RosetteCore

/// The statements an import runs for every row (the two duplicate look-ups of
/// `MemberRepository.duplicate(of:in:)` and the member insert), prepared once per import and
/// bound and stepped through SQLite's C API.
///
/// GRDB's `execute(arguments:)` boxes every value as an existential, copies the arguments twice
/// and nests a closure per value; at 19 values a row that was a quarter of an import's CPU (see
/// docs/performance.md). These statements belong to the import alone, so GRDB never sees the
/// bindings left on them; every value is still a bound parameter.
final class ImportStatements {
    private let db: Database
    private let byEmail: Statement
    private let byNamePostcode: Statement
    private let insertMember: Statement
    /// SQLite copies bound text at once, so no Swift string must outlive the call.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(_ db: Database) throws {
        self.db = db
        byEmail = try db.makeStatement(sql: DuplicateQueries.byEmail)
        byNamePostcode = try db.makeStatement(
            sql: DuplicateQueries.byNameAndPostcode)
        insertMember = try db.makeStatement(
            sql: """
                INSERT INTO member (firstName, lastName, email, emailKey, phone, postcode, nameKey,
                    address, dateOfBirth, joinedOn, branch, membershipType, duesPence, paidUntil,
                    endedOn, endReason, notes, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
    }

    /// The same answer as `MemberRepository.duplicate(of:in:)`: same email first, then the
    /// first member with the same name and postcode.
    func duplicate(of details: MemberDetails) throws -> MemberRepository.Duplicate? {
        if let key = details.email?.comparisonKey, let id = try firstID(byEmail, [key]) {
            let member = MemberID(rawValue: id)
            return .init(id: member, error: .duplicateEmail(existing: member))
        }
        if let postcode = details.postcode?.normalised,
            let id = try firstID(byNamePostcode, [postcode, MemberRecord.nameKey(details)])
        {
            let member = MemberID(rawValue: id)
            return .init(id: member, error: .duplicateNamePostcode(existing: member))
        }
        return nil
    }

    /// Inserts the record and returns its new id.
    func insert(_ record: MemberRecord) throws -> Int64 {
        let handle = try start(insertMember)
        let texts: [String?] = [
            record.firstName, record.lastName, record.email, record.emailKey, record.phone,
            record.postcode, record.nameKey, record.address, record.dateOfBirth, record.joinedOn,
            record.branch, record.membershipType,
        ]
        var index: Int32 = 1
        for text in texts {
            try bind(text, at: index, of: insertMember)
            index += 1
        }
        if let dues = record.duesPence {
            try check(sqlite3_bind_int64(handle, 13, Int64(dues)), insertMember)
        } else {
            try check(sqlite3_bind_null(handle, 13), insertMember)
        }
        index = 14
        for text in [record.paidUntil, record.endedOn, record.endReason, record.notes, record.createdAt, record.updatedAt] {
            try bind(text, at: index, of: insertMember)
            index += 1
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw failure(code, insertMember) }
        return sqlite3_last_insert_rowid(sqlite3_db_handle(handle))
    }

    private func firstID(_ statement: Statement, _ values: [String]) throws -> Int64? {
        let handle = try start(statement)
        for (offset, value) in values.enumerated() { try bind(value, at: Int32(offset + 1), of: statement) }
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return sqlite3_column_int64(handle, 0)
        case SQLITE_DONE: return nil
        default: throw failure(code, statement)
        }
    }

    /// Resets the statement for a new row; its old bindings are all replaced by the caller.
    private func start(_ statement: Statement) throws -> SQLiteStatement {
        let handle = statement.sqliteStatement
        try check(sqlite3_reset(handle), statement)
        return handle
    }

    private func bind(_ text: String?, at index: Int32, of statement: Statement) throws {
        let handle = statement.sqliteStatement
        guard let text else {
            try check(sqlite3_bind_null(handle, index), statement)
            return
        }
        guard !text.isEmpty else {  // an empty buffer's address may be nil, which binds NULL
            try check(sqlite3_bind_text(handle, index, "", 0, Self.transient), statement)
            return
        }
        let code = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                sqlite3_bind_text(handle, index, chars.baseAddress, Int32(chars.count), Self.transient)
            }
        } ?? sqlite3_bind_text(handle, index, text, -1, Self.transient)
        try check(code, statement)
    }

    private func check(_ code: Int32, _ statement: Statement) throws {
        guard code == SQLITE_OK else { throw failure(code, statement) }
    }

    private func failure(_ code: Int32, _ statement: Statement) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
    }
}
