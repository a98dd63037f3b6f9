internal import GRDB
public import Elections

/// One Royal Mail lead time as configured.
public struct MailLeadTimeSetting: Sendable, Equatable {
    public var key: String
    public var title: String
    public var days: Int
    public var unit: String
    /// Set by the party (confirmed with Royal Mail), rather than Rosette's provisional default.
    public var overridden: Bool
}

extension SettingsRepository {
    /// The setting name under which a lead time is stored.
    static func mailSettingName(_ key: String) -> String { "royal_mail.\(key)" }

    /// Royal Mail lead times: Rosette's defaults with the party's corrections applied.
    public func mailLeadTimes() throws -> MailLeadTimes {
        let stored = try database.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT key, value FROM setting WHERE key LIKE 'royal\\_mail.%' ESCAPE '\\'")
        }
        var times = MailLeadTimes.defaults
        for row in stored {
            let name: String = row["key"]
            guard let days = Int(row["value"] as String) else { continue }
            times = try times.overriding(String(name.dropFirst("royal_mail.".count)), days: days)
        }
        return times
    }

    /// Sets one lead time after checking the key and value.
    public func setMailLeadTime(_ key: String, days: Int) throws {
        _ = try MailLeadTimes.defaults.overriding(key, days: days)
        try database.dbWriter.write { db in
            try db.execute(
                sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                arguments: [Self.mailSettingName(key), String(days)])
        }
    }

    /// Every lead time with its value and whether the party set it.
    public func mailLeadTimeTable() throws -> [MailLeadTimeSetting] {
        let times = try mailLeadTimes()
        return MailLeadTimes.catalogue.map { entry in
            MailLeadTimeSetting(
                key: entry.key, title: entry.title, days: times.days(entry.key) ?? entry.defaultValue, unit: entry.unit,
                overridden: times.overridden.contains(entry.key))
        }
    }
}
