import ArgumentParser
import RosetteCore
import RosetteStore

/// `rosette doctor`: is the database file healthy?
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the database: integrity, references, schema, permissions, dates.",
        discussion: """
            Runs SQLite's integrity and foreign-key checks, reads the schema version,
            checks that the file and its -wal/-shm are private (0600) and the WAL is not
            overgrown, and looks for records that break the rules between areas (a
            paid-up date before joining, an election's writ after its poll). It changes
            nothing. Exit 0 when all is well, 65 when there is a problem (each listed).

            Example:
              rosette doctor --json
            """)

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print as JSON.") var json = false

    func run() async throws {
        let report = try DatabaseFile(path: store.resolvedPath).checkup()
        if json {
            try JSONOutput.print(DoctorJSON(report))
        } else {
            print(DoctorText.render(report))
        }
        guard report.isHealthy else { throw DoctorVerdict(problems: report.problems.count) }
    }
}

/// The exit status of an unhealthy database: 65, with a count on stderr.
struct DoctorVerdict: RosetteFailure {
    let problems: Int
    var kind: FailureKind { .badData }
    var description: String {
        "the database has \(problems) problem\(problems == 1 ? "" : "s") (listed above)"
    }
}

/// `doctor --json`.
struct DoctorJSON: Encodable {
    struct Check: Encodable {
        var check: String
        var ok: Bool
        var detail: String
    }
    var path: String
    var healthy: Bool
    @Nullable var schemaVersion: String?
    var pendingMigrations: [String]
    var walBytes: Int
    var checks: [Check]
    var problems: [Check]

    enum CodingKeys: String, CodingKey {
        case path, healthy, schemaVersion = "schema_version", pendingMigrations = "pending_migrations"
        case walBytes = "wal_bytes", checks, problems
    }

    init(_ report: CheckupReport) {
        path = report.path
        healthy = report.isHealthy
        schemaVersion = report.schemaVersion
        pendingMigrations = report.pendingMigrations
        walBytes = report.walBytes
        checks = report.findings.map { Check(check: $0.check, ok: $0.ok, detail: $0.detail) }
        problems = report.problems.map { Check(check: $0.check, ok: $0.ok, detail: $0.detail) }
    }
}

/// The human report: one line per check, problems marked.
enum DoctorText {
    static func render(_ report: CheckupReport) -> String {
        var table = TextTable("Check", "Result", "Detail")
        for finding in report.findings {
            table.append([
                finding.check,
                finding.ok ? Terminal.colored("ok", .green) : Terminal.colored("PROBLEM", .red),
                finding.detail,
            ])
        }
        let verdict =
            report.isHealthy
            ? "All is well."
            : "\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") found."
        return "Database: \(report.path)\n\n" + table.render() + "\n\n" + verdict
    }
}
