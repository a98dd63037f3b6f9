internal import GRDB
import Privacy
import RosetteCore

/// One module's part in subject access, erasure and retention: what it holds about a person,
/// how it links that person to other records, and how it forgets them.
///
/// `PrivacyRepository` asks every source in `PersonalDataSources.all`, so a module that starts
/// holding personal data (canvassing: electors and their answers) is one new conformance added
/// to that list (as canvassing's `CanvassingPersonalData` was). Every method runs inside the caller's transaction.
protocol PersonalDataSource: Sendable {
    /// The module's name as reports show it ("members", "finance").
    var module: String { get }

    /// Adds to `keys` what this module's matching records link to (a member's email, the member
    /// a volunteer row points at). Called repeatedly until no source adds anything.
    func link(_ keys: inout PersonKeys, in db: Database) throws

    /// Everything the module holds about the person, table by table, for a subject access file.
    func export(_ keys: PersonKeys, in db: Database) throws -> [PersonalDataSection]

    /// Removes or anonymises the person's records, keeping what the law requires; returns what
    /// it did, table by table (kept rows with the reason).
    func erase(_ keys: PersonKeys, context: PrivacyContext, in db: Database) throws -> [PrivacyAction]

    /// Applies the retention policy to the whole module.
    func sweep(context: PrivacyContext, in db: Database) throws -> [PrivacyAction]
}

/// What an erasure or sweep needs to know besides the data: who, when, and the policy.
struct PrivacyContext: Sendable {
    var actor: Actor
    var today: CalendarDate
    var policy: RetentionPolicy
    var gracePeriodDays: Int
    var keepSuppression = false
    var now = Timestamp.now()
}

/// Every module that holds personal data, in the order an erasure visits them (the audit trail
/// last, so it can also scrub the erasure's own actor matches).
enum PersonalDataSources {
    static let all: [any PersonalDataSource] = [
        MembersPersonalData(), VolunteersPersonalData(), CouncillorsPersonalData(), FinancePersonalData(),
        ElectionsPersonalData(), CanvassingPersonalData(), SuppressionPersonalData(), AuditPersonalData(),
    ]
}

// MARK: - Helpers the sources share

enum PersonalSQL {
    /// `(?, ?, ?)` for `values`, or `(NULL)` when empty (matches nothing), so every value is a
    /// bound parameter.
    static func list<T: DatabaseValueConvertible>(_ values: some Collection<T>) -> (String, StatementArguments) {
        guard !values.isEmpty else { return ("(NULL)", []) }
        return ("(" + Array(repeating: "?", count: values.count).joined(separator: ", ") + ")",
                StatementArguments(Array(values)))
    }

    /// Rows as column name → value, for a subject access file.
    static func records(_ db: Database, sql: String, arguments: StatementArguments) throws -> [[String: PersonalValue]] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            var record: [String: PersonalValue] = [:]
            for (column, value) in row {
                switch value.storage {
                case .null: record[column] = .null
                case .int64(let number): record[column] = .integer(number)
                case .double(let number): record[column] = .text(String(number))
                case .string(let text): record[column] = .text(text)
                case .blob: record[column] = .text("(binary)")
                }
            }
            return record
        }
    }

    /// A section, or nothing when no rows matched.
    static func section(
        _ db: Database, module: String, table: String, purpose: String, matchedBy: String, sql: String,
        arguments: StatementArguments
    ) throws -> [PersonalDataSection] {
        let rows = try records(db, sql: sql, arguments: arguments)
        return rows.isEmpty
            ? [] : [PersonalDataSection(module: module, table: table, purpose: purpose, matchedBy: matchedBy, records: rows)]
    }

    /// Ids of rows whose name column matches one of the person's names (compared in Swift, so
    /// case and spacing are handled the same way for every script).
    static func ids(matchingNames names: Set<String>, _ db: Database, sql: String) throws -> [Int64] {
        guard !names.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: sql).compactMap { row in
            guard let name: String = row[1], let key = PersonKeys.nameKey(name), names.contains(key) else { return nil }
            return row[0]
        }
    }

    /// Runs `sql` with `arguments` and returns how many rows it changed.
    static func change(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> Int {
        try db.execute(sql: sql, arguments: arguments)
        return db.changesCount
    }
}

extension [PrivacyAction] {
    /// Appends an action unless it touched nothing.
    mutating func note(_ action: PrivacyAction) {
        if action.count > 0 { append(action) }
    }
}
