internal import GRDB
public import Councillors

extension SettingsRepository {
    /// The casual-vacancy rule values: Rosette's defaults with the party's corrections
    /// (`vacancy.<key>` settings). A corrected value is no longer marked provisional.
    public func vacancyRuleValues() throws -> VacancyRuleValues {
        let stored = try database.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT key, value FROM setting WHERE key LIKE 'vacancy.%'")
        }
        var values = VacancyRuleValues.defaults
        for row in stored {
            let name: String = row["key"]
            guard let number = Int(row["value"] as String),
                let key = name.split(separator: ".", maxSplits: 1).last.map(String.init),
                let updated = try? values.overriding(key, value: number)
            else { continue }
            values = updated
        }
        return values
    }

    /// Sets one vacancy rule value after checking the key and value.
    public func setVacancyRuleValue(_ key: String, to value: Int) throws {
        _ = try VacancyRuleValues.defaults.overriding(key, value: value)
        try database.dbWriter.write { db in
            try db.execute(
                sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                arguments: ["vacancy.\(key)", String(value)])
        }
    }
}
