import Foundation
import Testing

/// The steering group's flow through the real binary: add an election, forms, subscribers,
/// the mail plan and the deadline board with its calendar export.
@Suite struct ElectionFlowTests {
    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func addPrintsTheCreatedElectionWithItsID() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let added = try rosette.run([
            "elections", "add", "--name", "Pilrig by-election", "--kind", "local", "--nation", "scotland",
            "--poll-date", "2026-12-17", "--area", "Pilrig", "--json",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let election = try #require(try json(added.stdout) as? [String: Any])
        #expect(election["id"] as? Int == 1)
        #expect(election["name"] as? String == "Pilrig by-election")
        let forms = try #require(election["forms"] as? [[String: Any]])
        #expect(forms.contains { $0["form"] as? String == "nomination_paper" })
        #expect(!forms.contains { $0["form"] as? String == "deposit" })  // no deposit at council elections
        let mail = try #require(election["mail"] as? [String: Any])
        #expect(mail["eligible"] as? Bool == false)

        let list = try rosette.run(["elections", "list", "--json"])
        let rows = try #require(try json(list.stdout) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? Int } == [1])
    }

    @Test func formsSubscribersAndTheBoard() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        // Today is pinned to 2026-11-25: nominations for a 17 Dec poll have closed.
        try rosette.run([
            "elections", "add", "--name", "Council", "--kind", "local", "--nation", "england",
            "--poll-date", "2026-12-17", "--description", "Rosette Party", "--paper-description", "Rosette party (local)",
        ])
        let set = try rosette.run(["forms", "set", "1/consent_to_nomination", "--status", "submitted", "--note", "in person"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try rosette.run(["forms", "set", "1/deposit", "--status", "submitted"]).status == 65)
        #expect(try rosette.run(["forms", "set", "nonsense", "--status", "submitted"]).status == 64)

        let subscriber = try rosette.run([
            "forms", "subscribers", "add", "--election", "1", "--name", "A. Voter", "--elector-number", "ab 12", "--role", "proposer",
        ])
        #expect(subscriber.status == 0, "\(subscriber.stderr)")
        #expect(subscriber.stdout.contains("AB-12"))
        let listed = try rosette.run(["forms", "subscribers", "list", "--election", "1", "--json"])
        let object = try #require(try json(listed.stdout) as? [String: Any])
        let warnings = try #require(object["warnings"] as? [String])
        #expect(!warnings.isEmpty)  // too few subscribers, description mismatch
        #expect(!warnings.joined().contains("A. Voter"))  // warnings name elector numbers, not people

        let board = try rosette.run(["deadlines", "--json"])
        #expect(board.status == 0, "\(board.stderr)")
        let rows = try #require(try json(board.stdout) as? [[String: Any]])
        #expect(rows.contains { $0["urgency"] as? String == "overdue" && $0["key"] as? String == "nomination_paper" })
        #expect(!rows.contains { $0["key"] as? String == "consent_to_nomination" })  // done
        let dates = rows.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted())
        for key in ["election_id", "title", "date", "calendar_days_left", "working_days_left", "urgency", "responsible"] {
            #expect(rows.first?.keys.contains(key) == true, "missing \(key)")
        }
        let overdue = try #require(try json(try rosette.run(["deadlines", "--overdue", "--json"]).stdout) as? [[String: Any]])
        #expect(!overdue.isEmpty && overdue.allSatisfy { $0["urgency"] as? String == "overdue" })
    }

    @Test func calendarExportHasStableUIDs() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        try rosette.run([
            "elections", "add", "--name", "By-election", "--kind", "uk-parliament", "--nation", "wales",
            "--poll-date", "2027-02-25", "--mail", "addressed",
        ])
        let first = try rosette.run(["deadlines", "--ics", "a.ics"])
        #expect(first.status == 0, "\(first.stderr)")
        try rosette.run(["forms", "set", "1/nomination_paper", "--status", "in-progress"])
        try rosette.run(["deadlines", "--ics", "b.ics"])
        let a = try rosette.read("a.ics")
        let b = try rosette.read("b.ics")
        #expect(try rosette.mode(rosette.folder.appendingPathComponent("a.ics").path) == 0o600)
        func uids(_ text: String) -> [String] {
            text.replacingOccurrences(of: "\r\n ", with: "").split(separator: "\r\n")
                .filter { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) }
        }
        #expect(a.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(a.contains("BEGIN:VTIMEZONE"))
        #expect(!uids(a).isEmpty)
        #expect(uids(a) == uids(b))
        #expect(Set(uids(a)).count == uids(a).count)
        for line in a.split(separator: "\r\n") { #expect(line.utf8.count <= 75) }
        #expect(a.contains("SEQUENCE:"))
        #expect(a.contains("DTSTART;VALUE=DATE:20270225"))  // polling day is all day

        // A cancelled election's events are sent again as cancelled, under the same UIDs.
        try rosette.run(["elections", "cancel", "1"])
        try rosette.run(["deadlines", "--ics", "c.ics"])
        let c = try rosette.read("c.ics")
        #expect(Set(uids(c)) == Set(uids(a)))
        #expect(c.components(separatedBy: "STATUS:CANCELLED").count - 1 == uids(c).filter { $0.hasPrefix("election-") }.count)
    }

    @Test func mailPlanForAParliamentaryByElection() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        try rosette.run([
            "elections", "add", "--name", "By-election", "--kind", "uk-parliament", "--nation", "england",
            "--poll-date", "2027-02-25", "--mail", "unaddressed", "--postal-vote-dispatch", "2027-02-09",
        ])
        let plan = try rosette.run(["mail", "plan", "--election", "1", "--json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let object = try #require(try json(plan.stdout) as? [String: Any])
        #expect(object["eligible"] as? Bool == true)
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.count >= 4)
        let dates = steps.compactMap { $0["date"] as? String }
        #expect(dates.allSatisfy { $0 < "2027-02-25" || $0 == "2027-02-25" })
    }
}
