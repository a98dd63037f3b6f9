internal import GRDB
import Councillors
public import RosetteCore

/// A party-wide setting that Rosette knows, with its default and how to check a new value.
public struct SettingKey: Sendable, Hashable {
    public let name: String
    public let defaultValue: String
    public let summary: String
    let isValid: @Sendable (String) -> Bool
    /// The form a valid value is stored in (`Cost of living` → `cost-of-living`).
    var canonical: @Sendable (String) -> String = { $0 }

    /// Days after the paid-up date during which a member is "in grace" rather than lapsed.
    public static let membershipGraceDays = SettingKey(
        name: "membership.grace_days", defaultValue: "30",
        summary: "days after the paid-up date before a member counts as lapsed",
        isValid: { Int($0).map { (0...366).contains($0) } ?? false })

    /// The short name of the party Rosette is set up for ("ours"): configuration, never a
    /// hard-coded name. Defection timelines count seats won and lost against it.
    public static let ourParty = SettingKey(
        name: "party.short_name", defaultValue: "",
        summary: "our party's short name, as in rosette parties list",
        isValid: { value in
            !value.isEmpty && value.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
        })

    /// Every setting, for `rosette settings list`.
    public static let all: [SettingKey] = [.membershipGraceDays, .ourParty] + retentionKeys + canvassKeys

    public static func == (lhs: SettingKey, rhs: SettingKey) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// Reads and writes the `setting` table.
public struct SettingsRepository: Sendable {
    let database: AppDatabase
    public init(_ database: AppDatabase) { self.database = database }

    /// The value of a setting, or its default.
    public func value(of key: SettingKey) throws -> String {
        try database.dbWriter.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.name])
        } ?? key.defaultValue
    }

    /// The grace period in days, as configured.
    public func gracePeriodDays() throws -> Int {
        Int(try value(of: .membershipGraceDays)) ?? 30
    }

    /// Sets a known setting after checking its value.
    ///
    /// - returns: the value as stored.
    @discardableResult
    public func set(_ name: String, to value: String) throws -> String {
        guard let key = SettingKey.all.first(where: { $0.name == name }) else {
            throw InvalidInput(
                field: "setting", value: name,
                expected: "one of " + SettingKey.all.map(\.name).joined(separator: ", "))
        }
        guard key.isValid(value) else {
            throw InvalidInput(field: name, value: value, expected: key.summary)
        }
        let value = key.canonical(value)
        try database.dbWriter.write { db in
            if key == .ourParty,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM party WHERE shortName = ?", arguments: [value]) == 0
            {
                throw CouncillorsError.unknownParty(value)
            }
            try Self.checkCanvassSetting(key, value, in: db)
            try db.execute(
                sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                arguments: [name, value])
        }
        return value
    }

    /// Every known setting with its current value.
    public func all() throws -> [(key: SettingKey, value: String)] {
        try SettingKey.all.map { ($0, try value(of: $0)) }
    }
}
