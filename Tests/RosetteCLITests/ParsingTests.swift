import ArgumentParser
import Members
import Testing

@testable import RosetteCLI

@Suite struct ParsingTests {
    @Test func membersAddTakesEveryField() throws {
        let command = try RosetteCommand.parseAsRoot([
            "members", "add", "--first-name", "Ada", "--last-name", "Byron", "--email", "a@example.org",
            "--postcode", "EH6 5AB", "--type", "youth", "--dues-pence", "300", "--db", "x.sqlite3", "--json",
        ])
        let add = try #require(command as? MembersCommand.Add)
        #expect(add.fields.changes.firstName == "Ada")
        #expect(add.fields.changes.membershipType == "youth")
        #expect(add.fields.changes.duesPence == 300)
        #expect(add.store.resolvedPath == "x.sqlite3")
        #expect(add.json)
    }

    @Test(arguments: [
        ["members", "add", "--first-name", "Ada"],
        ["members", "edit", "3"],
        ["members", "list", "--status", "sleeping"],
        ["members", "list", "--joined-since", "1/2/2026"],
        ["members", "renew", "3", "--until", "2026-02-30"],
        ["members", "renew", "3", "--until", "2026-12-31", "--amount-pence=-5"],
        ["members", "roles", "3"],
        ["members", "roles", "3", "--add", "treasurer", "--end", "chair"],
        ["members", "import", "x.csv", "--map", "nonsense"],
        ["members", "import", "x.csv", "--on-duplicate", "merge"],
        ["members", "consent", "3", "--channel", "pigeon", "--given"],
    ])
    func badArgumentsAreUsageErrors(_ arguments: [String]) {
        do {
            _ = try RosetteCommand.parseAsRoot(arguments)
            Issue.record("expected \(arguments) to be refused")
        } catch {
            #expect(RosetteCommand.exitCode(for: error) == .validationFailure)
        }
    }

    @Test func importMapSplitsOnTheLastEquals() throws {
        let command = try RosetteCommand.parseAsRoot([
            "members", "import", "x.csv", "--map", "Name = Given=first_name", "--map", "Surname=last_name",
        ])
        let importCommand = try #require(command as? MembersCommand.Import)
        #expect(try importCommand.explicitMap() == ["Name = Given": "first_name", "Surname": "last_name"])
    }
}
