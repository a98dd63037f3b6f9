/// One line of `rosette doctor`: a check, whether it passed, and what it found.
public struct CheckupFinding: Sendable, Equatable {
    /// The check's short name: `permissions`, `integrity`, `foreign_keys`, `schema`, `wal`,
    /// `consistency`.
    public var check: String
    public var ok: Bool
    /// One sentence; a problem names the record by id, never by personal data.
    public var detail: String

    public init(check: String, ok: Bool, detail: String) {
        self.check = check
        self.ok = ok
        self.detail = detail
    }
}

/// Everything `rosette doctor` found about one database file.
public struct CheckupReport: Sendable, Equatable {
    public var path: String
    /// The last migration applied, `nil` when the file has no Rosette schema.
    public var schemaVersion: String?
    /// Migrations this build would apply on the next write.
    public var pendingMigrations: [String]
    /// Size of the `-wal` file in bytes (0 when there is none).
    public var walBytes: Int
    public var findings: [CheckupFinding]

    /// The findings that are problems.
    public var problems: [CheckupFinding] { findings.filter { !$0.ok } }
    /// True only when every check passed.
    public var isHealthy: Bool { problems.isEmpty }
}
