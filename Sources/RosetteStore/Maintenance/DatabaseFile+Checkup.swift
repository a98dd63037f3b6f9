import Foundation
internal import GRDB

extension DatabaseFile {
    /// A WAL larger than this means checkpoints are being starved (a process holding a read
    /// open for hours): the file keeps growing and reads slow down.
    public static let walWarningBytes = 64 * 1024 * 1024

    /// Checks the file without changing it: permissions, SQLite's integrity and foreign-key
    /// checks, the schema version, the WAL's size, and rows that break the rules between
    /// modules (impossible dates, records that no longer parse).
    ///
    /// Never migrates and never repairs: `doctor` reports, the person decides.
    public func checkup() throws -> CheckupReport {
        guard exists else { throw StoreError.noDatabase(path: path) }
        // Before opening: opening creates -wal and -shm with the process's own umask.
        var findings = permissionFindings()
        let wal = Self.size(of: path + "-wal")
        findings.append(
            CheckupFinding(
                check: "wal", ok: wal <= Self.walWarningBytes,
                detail: wal <= Self.walWarningBytes
                    ? "write-ahead log is \(Self.mebibytes(wal))"
                    : "write-ahead log is \(Self.mebibytes(wal)); close long-running rosette or sqlite3 processes so SQLite can checkpoint it"))
        var report = CheckupReport(
            path: path, schemaVersion: nil, pendingMigrations: [], walBytes: wal, findings: [])
        do {
            let queue = try connection()
            try queue.read { db in
                let integrity = try Self.integrityProblems(of: db)
                findings.append(
                    integrity.isEmpty
                        ? CheckupFinding(check: "integrity", ok: true, detail: "SQLite integrity check passed")
                        : CheckupFinding(
                            check: "integrity", ok: false,
                            detail: "SQLite integrity check failed: " + integrity.joined(separator: "; ")
                                + "; restore the latest backup with `rosette restore`"))
                findings += try Self.foreignKeyFindings(db)
                switch try Self.schema(of: db) {
                case .empty:
                    findings.append(CheckupFinding(check: "schema", ok: false, detail: "the file is empty"))
                case .foreign:
                    findings.append(
                        CheckupFinding(check: "schema", ok: false, detail: "the file is not a Rosette database"))
                case .newer(let applied):
                    report.schemaVersion = applied.last
                    findings.append(
                        CheckupFinding(
                            check: "schema", ok: false,
                            detail: "written by a newer Rosette (\(applied.last ?? "")); upgrade Rosette"))
                case .known(let applied, let pending):
                    report.schemaVersion = applied.last
                    report.pendingMigrations = pending
                    findings.append(
                        CheckupFinding(
                            check: "schema", ok: true,
                            detail: pending.isEmpty
                                ? "schema \(applied.last ?? "") is current"
                                : "schema \(applied.last ?? "none"); \(pending.count) migration(s) pending, applied (after a backup) by the next command that writes"))
                    if !applied.isEmpty { findings += try ConsistencyCheck.findings(db, applied: applied) }
                }
            }
        } catch let error as DatabaseError {
            findings.append(
                CheckupFinding(
                    check: "integrity", ok: false,
                    detail: "SQLite cannot read the file (\(error.message ?? "\(error.resultCode)"))"))
        }
        report.findings = findings
        return report
    }

    /// The database and its -wal/-shm must be readable by their owner only (0600).
    func permissionFindings() -> [CheckupFinding] {
        var findings: [CheckupFinding] = []
        for file in [path, path + "-wal", path + "-shm"] {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
                let mode = attributes[.posixPermissions] as? Int
            else { continue }
            let name = (file as NSString).lastPathComponent
            let octal = String(mode & 0o777, radix: 8)
            findings.append(
                mode & 0o077 == 0
                    ? CheckupFinding(check: "permissions", ok: true, detail: "\(name) is private (\(octal))")
                    : CheckupFinding(
                        check: "permissions", ok: false,
                        detail: "\(name) is mode \(octal): others can read members' data; run chmod 600 on it"))
        }
        return findings
    }

    /// Rows whose foreign key points at nothing (possible when the file was edited with foreign
    /// keys off), by table and row id.
    static func foreignKeyFindings(_ db: Database) throws -> [CheckupFinding] {
        let rows = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        guard !rows.isEmpty else {
            return [CheckupFinding(check: "foreign_keys", ok: true, detail: "every reference points at a record")]
        }
        return rows.prefix(50).map { row in
            let table: String = row[0]
            let rowid: Int64? = row[1]
            let parent: String = row[2]
            return CheckupFinding(
                check: "foreign_keys", ok: false,
                detail: "\(table) \(rowid.map(String.init) ?? "?") refers to a \(parent) that does not exist")
        }
    }

    static func size(of file: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0
    }

    static func mebibytes(_ bytes: Int) -> String {
        let tenths = bytes * 10 / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
