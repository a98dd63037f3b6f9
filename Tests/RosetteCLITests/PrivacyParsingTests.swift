import ArgumentParser
import Members
import Privacy
import RosetteCore
import Testing

@testable import RosetteCLI

/// Audit, people, privacy and consent commands: the script interface parses, and shape
/// mistakes are usage errors (exit 64).
@Suite struct PrivacyParsingTests {
    @Test func auditTakesARecordAnActorAndADay() throws {
        let audit = try #require(
            try RosetteCommand.parseAsRoot(["audit", "--record", "member:12", "--actor", "sam", "--since", "2026-01-01", "--json"])
                as? AuditCommand)
        #expect(audit.record == "member:12" && audit.store.actor == "sam" && audit.since?.iso == "2026-01-01" && audit.json)
    }

    @Test(
        "shape errors are usage errors",
        arguments: [
            ["audit", "--record", "member"],
            ["audit", "--since", "1/2/2026"],
            ["people", "sar", "--out", "x.json"],
            ["people", "sar", "--member", "1", "--email", "a@example.org", "--out", "x.json"],
            ["people", "erase"],
            ["people", "erase", "--elector", "not a number"],
            ["people", "erase", "--elector", "LA-1", "--member", "1"],
            ["consent", "suppress"],
            ["consent", "suppress", "--name", "Ada Byron"],
            ["consent", "suppress", "--email", "a@example.org", "--phone", "07700 900123"],
        ])
    func usageErrors(arguments: [String]) {
        #expect(throws: (any Error).self) { try RosetteCommand.parseAsRoot(arguments) }
        #expect(RosetteCommand.exitCode(for: RosetteCommand.catchParse(arguments)) == .validationFailure)
    }

    @Test func eraseTakesOneKeyAndFlags() throws {
        let erase = try #require(
            try RosetteCommand.parseAsRoot(["people", "erase", "--donor", "3", "--dry-run", "--keep-suppression"])
                as? PeopleCommand.Erase)
        #expect(erase.person.donor == 3 && erase.dryRun && erase.keepSuppression)
        #expect(try erase.person.request() == .donor(3))
    }

    @Test(
        "--elector takes an elector number in the current edition or an elector id",
        arguments: [("la-12", PersonRequest.electorNumber("LA-12")), ("LA 12/1", .electorNumber("LA-12/1")), ("7", .elector(7))])
    func electorKeys(text: String, request: PersonRequest) throws {
        let sar = try #require(
            try RosetteCommand.parseAsRoot(["people", "sar", "--elector", text, "--out", "x.json"])
                as? PeopleCommand.SubjectAccess)
        #expect(try sar.person.request() == request)
    }

    @Test func everyPrivacyCommandHasAnExampleThatFits76Columns() {
        let commands: [any ParsableCommand.Type] = [
            AuditCommand.self, PeopleCommand.self, PeopleCommand.SubjectAccess.self, PeopleCommand.Erase.self,
            PrivacyCommand.self, PrivacyCommand.Policy.self, PrivacyCommand.Sweep.self, ConsentCommand.self,
            ConsentCommand.Suppress.self, ConsentCommand.Unsuppress.self, ConsentCommand.List.self,
            ConsentCommand.Import.self, ConsentCommand.Export.self, MembersCommand.Export.self,
        ]
        for command in commands {
            let discussion = command.configuration.discussion
            #expect(discussion.contains("Example"), "\(command)")
            for line in discussion.split(separator: "\n") { #expect(line.count <= 76, "\(command): \(line)") }
        }
    }

    @Test func contactableTakesAChannel() throws {
        let export = try #require(
            try RosetteCommand.parseAsRoot(["members", "export", "--contactable", "sms"]) as? MembersCommand.Export)
        #expect(export.contactable == .sms)
    }
}

extension RosetteCommand {
    /// The error parsing `arguments` throws, if any.
    static func catchParse(_ arguments: [String]) -> any Error {
        do {
            _ = try parseAsRoot(arguments)
            return CleanExit.message("parsed")
        } catch {
            return error
        }
    }
}
