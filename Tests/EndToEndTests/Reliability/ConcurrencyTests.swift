import Foundation
import Testing

/// Several `rosette` processes at once, as when a membership secretary imports while the
/// treasurer records renewals and the steering group looks at the dashboard.
@Suite struct ConcurrencyTests {
    /// Collects outcomes from several threads.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var all: [(label: String, outcome: RosetteProcess.Outcome)] = []
        private(set) var writersDone = 0

        func add(_ label: String, _ outcome: RosetteProcess.Outcome) {
            lock.withLock { all.append((label, outcome)) }
        }
        func writerFinished() { lock.withLock { writersDone += 1 } }
        var finishedWriters: Int { lock.withLock { writersDone } }
    }

    static let writers = 4
    static let addsPerWriter = 50
    static let renewalsPerWriter = 50
    static let importRows = 300

    @Test func writersAndAReaderAtOnceLoseNothing() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        // Members for the renewals, one block per writer: ids 1...200.
        let seed = try rosette.write("seed.csv", SyntheticMembers.csv(rows: Self.writers * Self.renewalsPerWriter))
        #expect(try rosette.run(["members", "import", seed]).status == 0)
        let files = try (0..<Self.writers).map { writer in
            try rosette.write("w\(writer).csv", SyntheticMembers.csv(rows: Self.importRows, from: 10_000 * (writer + 1)))
        }
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: Self.writers + 1) { worker in
            if worker == Self.writers {
                // The reader: the dashboard, again and again, while anyone is still writing.
                while outcomes.finishedWriters < Self.writers {
                    outcomes.add("stats", (try? rosette.run(["members", "stats", "--json"])) ?? Self.failed)
                }
                return
            }
            defer { outcomes.writerFinished() }
            outcomes.add("import", (try? rosette.run(["members", "import", files[worker]])) ?? Self.failed)
            for index in 0..<max(Self.addsPerWriter, Self.renewalsPerWriter) {
                if index < Self.addsPerWriter {
                    let add = [
                        "members", "add", "--first-name", "Writer\(worker)", "--last-name", "Added\(index)",
                        "--email", "w\(worker)-\(index)@example.org",
                    ]
                    outcomes.add("add", (try? rosette.run(add)) ?? Self.failed)
                }
                if index < Self.renewalsPerWriter {
                    let id = worker * Self.renewalsPerWriter + index + 1
                    let renew = ["members", "renew", "\(id)", "--until", "2027-03-01", "--amount-pence", "1200"]
                    outcomes.add("renew", (try? rosette.run(renew)) ?? Self.failed)
                }
            }
        }

        for (label, outcome) in outcomes.all {
            #expect(outcome.status == 0, "\(label): \(outcome.stderr)")
            #expect(!outcome.stderr.contains("locked"), "\(label): \(outcome.stderr)")
        }
        let expectedTotal =
            Self.writers * Self.renewalsPerWriter + Self.writers * Self.importRows + Self.writers * Self.addsPerWriter
        let members = try rosette.run(["members", "stats", "--json"])
        #expect(members.stdout.contains("\"total\" : \(expectedTotal)"), "\(members.stdout)")
        let doctor = try rosette.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)")
        // Every renewal landed once, with its payment.
        if SQLite.isInstalled {
            #expect(try SQLite.query(rosette.database, "SELECT count(*) FROM duesPayment") == "\(Self.writers * Self.renewalsPerWriter)")
        }
        // Each dashboard the reader saw was one consistent snapshot: its statuses add up to its
        // total, and the total is a count some moment really had (imports land whole).
        let reports = outcomes.all.filter { $0.label == "stats" }
        #expect(!reports.isEmpty)
        for (_, outcome) in reports {
            let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            let total = json?["total"] as? Int ?? -1
            let byStatus = json?["by_status"] as? [String: Int] ?? [:]
            #expect(byStatus.values.reduce(0, +) == total)
            let imported = (total - Self.writers * Self.renewalsPerWriter) / Self.importRows
            let added = (total - Self.writers * Self.renewalsPerWriter) % Self.importRows
            #expect((0...Self.writers).contains(imported) && added <= Self.writers * Self.addsPerWriter, "total \(total)")
        }
    }

    static let failed = RosetteProcess.Outcome(status: -1, stdout: "", stderr: "could not start rosette")
}
