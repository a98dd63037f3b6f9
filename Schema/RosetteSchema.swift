/// A forward-only schema step, as shipped SQL.
public struct SchemaMigration: Sendable {
    /// The file stem, stored in `grdb_migrations`. Never rename one that has shipped.
    public let identifier: String
    /// The SQL text of the migration, run in one transaction.
    public let sql: String
}

/// Every migration, in apply order. Add one line per new file in `migrations/`
/// (`Scripts/new-migration NAME` prints it); `RosetteSchemaTests` checks the list against the
/// folder.
public enum SchemaMigrations {
    public static let all: [SchemaMigration] = [
        .init(identifier: "v0001_members", sql: text(PackageResources.v0001_members_sql)),
        .init(identifier: "v0002_elections", sql: text(PackageResources.v0002_elections_sql)),
        .init(identifier: "v0003_councillors", sql: text(PackageResources.v0003_councillors_sql)),
        .init(identifier: "v0004_volunteers", sql: text(PackageResources.v0004_volunteers_sql)),
        .init(identifier: "v0006_finance", sql: text(PackageResources.v0006_finance_sql)),
        .init(identifier: "v0007_canvassing", sql: text(PackageResources.v0007_canvassing_sql)),
        .init(identifier: "v0008_privacy", sql: text(PackageResources.v0008_privacy_sql)),
        .init(identifier: "v0009_canvassing_privacy", sql: text(PackageResources.v0009_canvassing_privacy_sql)),
        .init(identifier: "v0010_finance_corrections", sql: text(PackageResources.v0010_finance_corrections_sql)),
        .init(identifier: "v0011_canvass_sessions", sql: text(PackageResources.v0011_canvass_sessions_sql)),
        .init(identifier: "v0012_youth_reach", sql: text(PackageResources.v0012_youth_reach_sql)),
        .init(identifier: "v0013_canvass_scheme", sql: text(PackageResources.v0013_canvass_scheme_sql)),
        .init(identifier: "v0014_attainer_index", sql: text(PackageResources.v0014_attainer_index_sql)),
    ]

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
