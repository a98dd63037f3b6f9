import Foundation
import Testing

/// Bad arguments across commands: impossible dates, negative counts, unknown ids, odd paths.
/// Each must end in a usage error (64), a bad-data error (65) or an I/O error (74) with one
/// "Error:" sentence, never a crash or an internal error, and must change nothing.
@Suite struct HostileArgumentTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["members", "show", "99999"], status: 65),
        Case(arguments: ["members", "show", "0"], status: 65),
        Case(arguments: ["members", "show", "-1"], status: 64),
        Case(arguments: ["members", "show", "abc"], status: 64),
        Case(arguments: ["members", "show", "99999999999999999999999"], status: 64),
        Case(arguments: ["members", "renew", "99999", "--until", "2027-01-01"], status: 65),
        Case(arguments: ["members", "renew", "1", "--until", "2027-13-45"], status: 64),
        Case(arguments: ["members", "renew", "1", "--until", "2027-02-29"], status: 64),
        Case(arguments: ["members", "renew", "1", "--until", "2027-01-01", "--amount-pence", "-5"], status: 64),
        Case(arguments: ["members", "renew", "1", "--until", "1900-01-01"], status: 65),
        Case(arguments: ["members", "renew", "1", "--until", "2027-01-01", "--paid-on", "2030-01-01"], status: 65),
        Case(arguments: ["members", "roles", "99999", "--add", "treasurer"], status: 65),
        Case(arguments: ["members", "roles", "1", "--add", "treasurer", "--from", "26/11/2026"], status: 64),
        Case(arguments: ["members", "list", "--status", "bogus"], status: 64),
        Case(arguments: ["members", "list", "--joined-since", "yesterday"], status: 64),
        Case(arguments: ["members", "add", "--first-name", "", "--last-name", "x"], status: 65),
        Case(arguments: ["members", "add", "--first-name", "a", "--last-name", "b", "--dues-pence", "-100"], status: 65),
        Case(arguments: ["members", "add", "--first-name", "a", "--last-name", "b", "--date-of-birth", "2099-01-01"], status: 65),
        Case(arguments: ["members", "add", "--first-name", "a", "--last-name", "b", "--email", "x@@y"], status: 65),
        Case(arguments: ["members", "add", "--first-name", "Robert'); DROP TABLE member;--", "--last-name", "b", "--postcode", "' OR 1=1 --"], status: 65),
        Case(arguments: ["members", "import", "/nonexistent/members.csv"], status: 74),
        Case(arguments: ["members", "import", "/dev/null"], status: 65),
        Case(arguments: ["members", "export", "--out", "/nonexistent/dir/x.csv"], status: 74),
        Case(arguments: ["elections", "show", "99999"], status: 65),
        Case(arguments: ["elections", "cancel", "99999"], status: 65),
        Case(arguments: ["elections", "timetable", "--kind", "local", "--nation", "england", "--poll-date", "2026-02-30"], status: 64),
        Case(arguments: ["elections", "timetable", "--kind", "local", "--nation", "atlantis", "--poll-date", "2026-05-07"], status: 64),
        Case(arguments: ["elections", "timetable", "--kind", "local", "--nation", "england", "--poll-date", "2026-05-07", "--override", "notice_of_poll=-3"], status: 65),
        Case(arguments: ["deadlines", "--within", "-3"], status: 64),
        Case(arguments: ["deadlines", "--election", "99999"], status: 65),
        Case(arguments: ["mail", "lead-times", "--set", "x=-1"], status: 65),
        Case(arguments: ["settings", "set", "membership.grace_days", "-1"], status: 64),
        Case(arguments: ["settings", "set", "membership.grace_days", "9999"], status: 65),
        Case(arguments: ["settings", "set", "nonsense", "3"], status: 65),
        Case(arguments: ["backup", ""], status: 64),
        Case(arguments: ["backup", "/nonexistent/dir/b.sqlite3"], status: 74),
        Case(arguments: ["restore", "/nonexistent.sqlite3"], status: 74),
        Case(arguments: ["doctor", "--db", "/nonexistent/x.sqlite3"], status: 74),
        Case(arguments: ["members", "list", "--db", "/tmp"], status: 74),
        Case(arguments: ["members", "list", "--db", ""], status: 64),
        Case(arguments: ["members", "list", "--db", ":memory:"], status: 64),
    ]

    @Test(arguments: cases)
    func refusesCleanlyAndChangesNothing(_ example: Case) throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        #expect(try rosette.run(["members", "add", "--first-name", "Ada", "--last-name", "Byron"]).status == 0)
        let before = try rosette.membersJSON()
        let outcome = try rosette.run(example.arguments)
        #expect(outcome.status == example.status, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("Error:"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("internal error"))
        #expect(!outcome.stderr.contains("Fatal error"))
        #expect(try rosette.membersJSON() == before)
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent"))
    }
}
