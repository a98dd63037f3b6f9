import Foundation
import Testing

/// Canvassers logging at once while the organiser reads the results: the concurrency
/// case (several processes logging canvass contacts while another runs a report).
@Suite struct CanvassConcurrencyTests {
    static let writers = 4
    static let logsPerWriter = 60
    static let importRowsPerWriter = 500

    @Test func canvassersAndAReportAtOnceLoseNothing() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        var register = ["Elector Number Prefix,Elector Number,Elector Number Suffix,Elector Markers,Elector DOB,Elector Name,PostCode,Address1"]
        for number in 1...100 { register.append("LA,\(number),0,,,Voter\(number) Test,EH6 5AB,\(number) Leith Walk") }
        let file = try rosette.write("register.csv", register.joined(separator: "\n") + "\n")
        let imported = try rosette.run(["register", "import", file, "--edition", "2025-26", "--ward", "Leith"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let sheets = try (0..<Self.writers).map { writer in
            // Distinct notes make every row a distinct attempt (identical rows would be one
            // attempt: a sheet imported twice adds nothing).
            var rows = ["elector_number,date,canvasser,outcome,support,notes"]
            for row in 0..<Self.importRowsPerWriter {
                rows.append("LA-\(row % 100 + 1),2026-11-\(10 + row % 10),Writer\(writer),spoke,\(row % 5 + 1),sheet \(writer) row \(row)")
            }
            return try rosette.write("sheet\(writer).csv", rows.joined(separator: "\n") + "\n")
        }

        let outcomes = ConcurrencyTests.Outcomes()
        DispatchQueue.concurrentPerform(iterations: Self.writers + 1) { worker in
            if worker == Self.writers {
                while outcomes.finishedWriters < Self.writers {
                    outcomes.add("summary", (try? rosette.run(["canvass", "summary", "--json"])) ?? ConcurrencyTests.failed)
                }
                return
            }
            defer { outcomes.writerFinished() }
            outcomes.add("import", (try? rosette.run(["canvass", "import", sheets[worker]])) ?? ConcurrencyTests.failed)
            for index in 0..<Self.logsPerWriter {
                let log = ["canvass", "log", "LA-\(index % 100 + 1)", "--outcome", "not-in", "--canvasser", "Writer\(worker)"]
                outcomes.add("log", (try? rosette.run(log)) ?? ConcurrencyTests.failed)
            }
        }

        for (label, outcome) in outcomes.all {
            #expect(outcome.status == 0, "\(label): \(outcome.stderr)")
            #expect(!outcome.stderr.contains("locked"), "\(label): \(outcome.stderr)")
        }
        let expected = Self.writers * (Self.logsPerWriter + Self.importRowsPerWriter)
        let final = try rosette.run(["canvass", "summary", "--json"])
        let results = try #require(try JSONSerialization.jsonObject(with: Data(final.stdout.utf8)) as? [String: Any])
        #expect(results["attempts"] as? Int == expected)
        #expect(results["contacts"] as? Int == Self.writers * Self.importRowsPerWriter)
        // Every report the organiser saw was one consistent snapshot: imports land whole, so
        // contacts are a whole number of sheets, and never more than the attempts.
        for (label, outcome) in outcomes.all where label == "summary" {
            let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            let attempts = json?["attempts"] as? Int ?? -1
            let contacts = json?["contacts"] as? Int ?? -1
            #expect(contacts % Self.importRowsPerWriter == 0, "contacts \(contacts)")
            #expect((0...attempts).contains(contacts))
        }
        #expect(try rosette.run(["doctor"]).status == 0)
    }
}
