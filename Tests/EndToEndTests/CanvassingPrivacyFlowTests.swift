import Foundation
import Testing

/// Canvassing in issue 9's personal-data flow, through the real binary: a member who is also an
/// elector with canvass answers and a turnout mark across two register editions is found by a
/// subject access request and erased. Afterwards the raw database file holds none of her answers
/// or notes; what is left is the council's register entry, kept and reported as kept, and the
/// canvass summary counts only the remaining attempts.
@Suite("Canvassing privacy end to end")
struct CanvassingPrivacyFlowTests {
    static let header = "Elector Number Prefix,Elector Number,Elector Number Suffix,Elector Markers,Elector DOB,"
        + "Elector Surname,Elector Forename,PostCode,Address1,Address2\n"
    static let register = header
        + "LA,1,0,,,Quillfeather,Zelda,EH6 5AB,7 Quill Lane,Edinburgh\n"
        + "LA,2,0,,,Byron,Ada,EH6 5AB,9 Quill Lane,Edinburgh\n"
        + "LA,3,0,,,Hopper,Grace,EH6 5AB,11 Quill Lane,Edinburgh\n"

    /// Only her canvass records hold these; none may remain in the file after the erasure.
    static let answers = ["Prefers Gaelic leaflets", "Asked about the tram", "zelda.quill@example.org"]

    func expectOK(_ rosette: RosetteProcess, _ arguments: [String]) throws -> RosetteProcess.Outcome {
        let outcome = try rosette.run(arguments)
        #expect(outcome.status == 0, "\(arguments.joined(separator: " ")): \(outcome.stderr)")
        return outcome
    }

    func rawFile(_ rosette: RosetteProcess) -> String {
        ["", "-wal"].compactMap { FileManager.default.contents(atPath: rosette.database + $0) }
            .map { String(decoding: $0, as: UTF8.self) }.joined()
    }

    func summary(_ rosette: RosetteProcess) throws -> [String: Any] {
        let json = try expectOK(rosette, ["canvass", "summary", "--json"]).stdout
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func anElectorIsFoundErasedExcludedAndTheOldEditionSwept() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let file = try rosette.write("register.csv", Self.register)
        _ = try expectOK(rosette, ["register", "import", file, "--edition", "2024-25", "--ward", "Leith"])
        _ = try expectOK(rosette, [
            "canvass", "log", "LA-1", "--outcome", "spoke", "--support", "2", "--intention", "ours", "--issues", "housing",
            "--message", "renters", "--notes", "Prefers Gaelic leaflets", "--on", "2025-06-06", "--canvasser", "Aileen",
        ])
        // The edition in force on ROSETTE_TODAY (2026-11-25).
        _ = try expectOK(rosette, ["register", "import", file, "--edition", "2025-26", "--ward", "Leith"])
        _ = try expectOK(rosette, [
            "canvass", "log", "LA-1", "--outcome", "spoke", "--support", "1", "--issues", "transport",
            "--notes", "Asked about the tram", "--canvasser", "Bashir",
        ])
        _ = try expectOK(rosette, ["canvass", "log", "LA-2", "--outcome", "spoke", "--support", "4", "--canvasser", "Bashir"])
        _ = try expectOK(rosette, ["canvass", "voted", "LA-1"])
        _ = try expectOK(rosette, [
            "members", "add", "--first-name", "Zelda", "--last-name", "Quillfeather", "--postcode", "eh6 5ab",
            "--email", "zelda.quill@example.org", "--joined-on", "2025-01-10",
        ])

        // Found from her membership by full name and postcode, in both editions.
        let sar = try expectOK(rosette, ["people", "sar", "--member", "1", "--out", "zelda.json", "--json"]).stdout
        for table in ["\"elector\"", "\"canvassAttempt\"", "\"turnout\""] { #expect(sar.contains(table), "SAR lacks \(table)") }
        let found = try rosette.read("zelda.json")
        for value in Self.answers { #expect(found.contains(value), "SAR file lacks \(value)") }
        #expect(found.contains("2024-25") && found.contains("2025-26") && found.contains("special category"))
        #expect(try expectOK(rosette, ["people", "sar", "--elector", "LA-1", "--out", "la1.json"]).status == 0)

        let erased = try expectOK(rosette, ["people", "erase", "--member", "1", "--json"]).stdout
        #expect(erased.contains("\"canvassAttempt\"") && erased.contains("council's register"))
        let raw = rawFile(rosette)
        for value in Self.answers { #expect(!raw.contains(value), "the database file still holds \(value)") }
        // Kept, and reported as kept: the council's register copy, until the next edition.
        #expect(raw.contains("Quillfeather"))

        // The summary counts only what remains: Ada's attempt.
        let after = try summary(rosette)
        #expect(after["attempts"] as? Int == 1)
        #expect((after["support"] as? [String: Int]) == ["1": 0, "2": 0, "3": 0, "4": 1, "5": 0])

        // Excluded: off the walk list, and not to be canvassed.
        let walk = try expectOK(rosette, ["canvass", "walklist", "--ward", "Leith", "--format", "csv", "--out", "walk.csv"])
        #expect(!(try rosette.read("walk.csv")).contains("Quillfeather"))
        #expect(walk.stderr.contains("do-not-contact list"))
        let refused = try rosette.run(["canvass", "log", "LA-1", "--outcome", "not-in"])
        #expect(refused.status == 65 && refused.stderr.contains("LA-1") && !refused.stderr.contains("Zelda"))

        // A doorstep objection by name and postcode keeps Grace off the list; the CSV says nothing of her.
        _ = try expectOK(rosette, ["consent", "suppress", "--name", "Grace Hopper", "--postcode", "EH6 5AB"])
        let html = try expectOK(rosette, ["canvass", "walklist", "--ward", "Leith", "--format", "html", "--out", "walk.html"])
        #expect(html.stderr.contains("1 on the do-not-contact list left out"))
        let page = try rosette.read("walk.html")
        #expect(page.contains("do-not-contact list") && page.contains("Byron") && !page.contains("Hopper"))

        // The sweep deletes the superseded edition; Ada's history stays.
        let swept = try expectOK(rosette, ["privacy", "sweep", "--json"]).stdout
        #expect(swept.contains("superseded register edition 2024-25"))
        #expect(try summary(rosette)["attempts"] as? Int == 1)
        #expect(try expectOK(rosette, ["register", "stats", "--json"]).stdout.contains("2025-26"))
    }
}
