import Foundation
import Testing

/// The acceptance flows of the foundation issue, through the real binary.
@Suite struct MemberImportFlowTests {
    /// A members CSV of `count` rows; rows whose 1-based data index is in `bad` get a defect.
    static func csv(count: Int, bad: [Int: String] = [:]) -> String {
        var lines = ["first_name,last_name,email,phone,postcode,address,date_of_birth,joined_on,branch,membership_type"]
        for index in 1...count {
            var fields = [
                "First\(index)", "Last\(index)", "member\(index)@example.org", "07700 9\(String(format: "%05d", index))",
                "EH6 \(index % 9 + 1)AB", "\"\(index) Leith Walk, Edinburgh\"", "1980-01-\(String(format: "%02d", index % 28 + 1))",
                "2025-03-01", index % 2 == 0 ? "Leith" : "Dennistoun", "standard",
            ]
            switch bad[index] {
            case "postcode": fields[4] = "NOT A POSTCODE"
            case "date": fields[7] = "01/03/2025"
            case "email": fields[2] = "member\(index)-at-example.org"
            default: break
            }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    @Test func thousandRowsWithThreeBadOnesThenFixedThenAgain() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        try rosette.run(["db", "migrate"])
        let before = try rosette.membersJSON()

        // Data rows 17, 500 and 1000 are spreadsheet lines 18, 501 and 1001.
        let badFile = try rosette.write("bad.csv", Self.csv(count: 1000, bad: [17: "postcode", 500: "date", 1000: "email"]))
        let rejected = try rosette.run(["members", "import", badFile])
        #expect(rejected.status == 65)
        let lines = rejected.stderr.split(separator: "\n").filter { $0.hasPrefix("line ") }
        #expect(lines.count == 3)
        #expect(lines.map { $0.split(separator: ":").first.map(String.init) ?? "" } == ["line 18", "line 501", "line 1001"])
        #expect(rejected.stderr.contains("postcode"))
        #expect(try rosette.membersJSON() == before)

        let goodFile = try rosette.write("good.csv", Self.csv(count: 1000))
        let imported = try rosette.run(["members", "import", goodFile, "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.filter { !$0.isWhitespace } == #"{"added":1000,"skipped":0,"updated":0}"#)
        let after = try rosette.membersJSON()

        let again = try rosette.run(["members", "import", goodFile])
        #expect(again.status == 65)
        #expect(again.stderr.split(separator: "\n").filter { $0.hasPrefix("line ") }.count == 1000)
        #expect(try rosette.membersJSON() == after)
    }

    @Test func exportThenImportWithUpdateChangesNothing() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        try rosette.run(["members", "import", try rosette.write("m.csv", Self.csv(count: 50))])
        try rosette.run(["members", "add", "--first-name", "=cmd|' /C calc'!A0", "--last-name", "@SUM(1)", "--phone", "+44 7700 900999"])
        try rosette.run(["members", "renew", "3", "--until", "2027-03-01"])
        try rosette.run(["members", "roles", "3", "--add", "treasurer", "--from", "2026-01-01"])
        let before = try rosette.membersJSON()

        let export = try rosette.run(["members", "export", "--out", "export.csv"])
        #expect(export.status == 0, "\(export.stderr)")
        let exportPath = rosette.folder.appendingPathComponent("export.csv").path
        #expect(try rosette.mode(exportPath) == 0o600)
        let text = try rosette.read("export.csv")
        #expect(text.contains("'=cmd|"))
        #expect(text.contains(",'@SUM(1),"))
        #expect(text.contains("'+447700900999"))
        for line in text.split(separator: "\r\n") {
            for cell in line.split(separator: ",", omittingEmptySubsequences: true) {
                #expect(!["=", "+", "-", "@"].contains(String(cell.prefix(1))), "\(cell)")
            }
        }

        let reimport = try rosette.run(["members", "import", exportPath, "--on-duplicate", "update", "--json"])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(reimport.stdout.filter { !$0.isWhitespace } == #"{"added":0,"skipped":51,"updated":0}"#)
        #expect(try rosette.membersJSON() == before)
    }

    @Test func databaseFileIsPrivate() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        try rosette.run(["members", "add", "--first-name", "Ada", "--last-name", "Byron"])
        #expect(try rosette.mode(rosette.database) == 0o600)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: rosette.database + suffix) {
            #expect(try rosette.mode(rosette.database + suffix) == 0o600)
        }
        let json = try rosette.run(["members", "export", "--format", "json", "--out", "m.json"])
        #expect(json.status == 0)
        #expect(try rosette.mode(rosette.folder.appendingPathComponent("m.json").path) == 0o600)
    }
}
