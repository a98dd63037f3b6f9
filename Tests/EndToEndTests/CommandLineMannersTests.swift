import Foundation
import Testing

/// Exit codes, errors, --help and --json across the command line.
@Suite struct CommandLineMannersTests {
    @Test func exitCodesFollowTheConvention() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let usage = try rosette.run(["members", "add", "--first-name", "Ada"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--last-name"))

        let badData = try rosette.run(["members", "add", "--first-name", "Ada", "--last-name", "B", "--postcode", "XX1"])
        #expect(badData.status == 65)
        #expect(badData.stderr.hasPrefix("Error: postcode is not valid"))
        #expect(badData.stderr.split(separator: "\n").count == 1)

        let badDate = try rosette.run(["members", "list", "--joined-since", "25/11/2026"])
        #expect(badDate.status == 64)

        let missingFile = try rosette.run(["members", "import", "no-such-file.csv"])
        #expect(missingFile.status == 74)
        #expect(missingFile.stderr.contains("no-such-file.csv"))

        try rosette.run(["db", "migrate"])
        let unknown = try rosette.run(["members", "show", "4242"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("no member 4242"))

        let unwritable = try rosette.run(["members", "add", "--first-name", "A", "--last-name", "B", "--db", "/proc/rosette/x.sqlite3"])
        #expect(unwritable.status == 74)

        // A mistyped path for a read is an error, not a new empty database.
        let mistyped = try rosette.run(["members", "list", "--db", "no-such-folder/party.sqlite3"])
        #expect(mistyped.status == 74)
        #expect(!FileManager.default.fileExists(atPath: rosette.folder.appendingPathComponent("no-such-folder").path))

        // An empty path must not fall back to the default database.
        #expect(try rosette.run(["members", "list", "--db", ""]).status == 64)
        #expect(try rosette.run(["members", "list"], environment: ["ROSETTE_DB": ""]).status == 64)
        #expect(try rosette.run(["members", "list", "--db", ":memory:"]).status == 64)
    }

    @Test func demoAndOtherCommandsLeaveForeignDatabasesAlone() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let foreign = rosette.folder.appendingPathComponent("accounts.sqlite3").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [foreign, "CREATE TABLE invoice (x); INSERT INTO invoice VALUES ('important');"]
        try process.run()
        process.waitUntilExit()
        let demo = try rosette.run(["demo", "--db", foreign])
        #expect(demo.status == 65)
        let list = try rosette.run(["members", "list", "--db", foreign])
        #expect(list.status == 65)
        #expect(list.stderr.contains("another program"))

        // A demo database that someone has since changed is real data now.
        let demoPath = rosette.folder.appendingPathComponent("demo.sqlite3").path
        #expect(try rosette.run(["demo", "--db", demoPath]).status == 0)
        #expect(try rosette.run(["members", "add", "--first-name", "Real", "--last-name", "Person", "--db", demoPath]).status == 0)
        #expect(try rosette.run(["demo", "--db", demoPath]).status == 65)
    }

    @Test(arguments: [
        [], ["members"], ["members", "add"], ["members", "show"], ["members", "edit"], ["members", "list"],
        ["members", "search"], ["members", "renew"], ["members", "resign"], ["members", "end"],
        ["members", "roles"], ["members", "consent"], ["members", "stats"], ["members", "import"],
        ["members", "export"], ["demo"], ["db"], ["db", "migrate"], ["db", "status"], ["settings"],
        ["settings", "list"], ["settings", "set"],
    ])
    func everyCommandHasHelpWithAnExample(_ path: [String]) throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let help = try rosette.run(path + ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Example"), "\(path.joined(separator: " ")) --help has no example")
    }

    @Test func demoPrintsTheDashboardAndRefusesRealData() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let demoPath = rosette.folder.appendingPathComponent("demo.sqlite3").path
        let demo = try rosette.run(["demo", "--db", demoPath])
        #expect(demo.status == 0, "\(demo.stderr)")
        for heading in ["Status", "Branch", "Youth (under 25)", "Renewals due this month"] {
            #expect(demo.stdout.contains(heading))
        }
        let again = try rosette.run(["demo", "--db", demoPath])
        #expect(again.status == 0)
        #expect(again.stdout == demo.stdout)  // deterministic

        try rosette.run(["members", "add", "--first-name", "Real", "--last-name", "Member"])
        let refused = try rosette.run(["demo", "--db", rosette.database])
        #expect(refused.status == 65)
        #expect(try rosette.membersJSON().contains("Real"))
    }

    @Test func listJSONHasTheContractKeys() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        try rosette.run(["members", "add", "--first-name", "Ada", "--last-name", "Byron", "--json"])
        let data = Data(try rosette.membersJSON().utf8)
        let list = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let member = try #require(list.first)
        for key in [
            "id", "first_name", "last_name", "email", "phone", "postcode", "branch", "membership_type", "status",
            "joined_on", "date_of_birth",
        ] {
            #expect(member.keys.contains(key), "missing \(key)")
        }
        #expect(member["date_of_birth"] is NSNull)
        #expect(member["status"] as? String == "pending")
        #expect(try rosette.run(["members", "list", "--json", "--branch", "none"]).stdout == "[]\n")
    }
}
