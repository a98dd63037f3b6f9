import ArgumentParser
import Foundation
import RosetteCLI
import Testing

/// Every `Example:` in every command's `--help` runs as written against a fresh copy of the
/// demo database and succeeds, so a reader can paste any of them. The command tree is walked
/// from `RosetteCommand.configuration.subcommands`, so a new command is covered without
/// listing it here. A page's examples run in order in one folder (a later one may use what an
/// earlier one made); files an import example reads are created first from `fixtures`.
@Suite struct HelpExamplesTests {
    /// Every command's path below `rosette`, the root first.
    static let commandPaths: [[String]] = paths(of: RosetteCommand.self, prefix: [])

    static func paths(of command: any ParsableCommand.Type, prefix: [String]) -> [[String]] {
        [prefix] + command.configuration.subcommands.flatMap { paths(of: $0, prefix: prefix + [$0._commandName]) }
    }

    /// The demo database, made once per test run (2026-11-25, as every end-to-end test).
    static let demo: Result<URL, any Error> = Result {
        let maker = try RosetteProcess()
        let path = maker.folder.appendingPathComponent("demo-master.sqlite3")
        let outcome = try maker.run(["demo", "--db", path.path])
        guard outcome.status == 0 else { throw DemoFailed(stderr: outcome.stderr) }
        return path
    }

    struct DemoFailed: Error { var stderr: String }

    @Test func theTreeIsWalked() {
        #expect(Self.commandPaths.count > 100)
        #expect(Self.commandPaths.contains(["finance", "donations", "accept"]))
    }

    @Test(arguments: commandPaths)
    func examplesRunAsWritten(_ path: [String]) throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let help = try rosette.run(path + ["--help"])
        #expect(help.status == 0)
        let examples = Self.examples(in: help.stdout)
        for line in examples.joined() where line.count > 76 {
            Issue.record("rosette \(path.joined(separator: " ")): example line over 76 characters: \(line)")
        }
        guard !examples.isEmpty else { return }
        try FileManager.default.copyItem(at: try Self.demo.get(), to: URL(fileURLWithPath: rosette.database))
        for example in examples.map(Self.joined) {
            let words = GuideExamplesTests.words(String(example.dropFirst("rosette ".count)))
            try Self.prepareFiles(named: words, in: rosette)
            let outcome = try rosette.run(words)
            #expect(outcome.status == 0, "\(example) → \(outcome.status): \(outcome.stderr)")
        }
    }

    /// The example lines after `Example:` or `Examples:` and before `USAGE:`, each beginning
    /// `rosette `, with a trailing `\` joined to the next line (kept as separate lines here so
    /// their width can be checked; `joined` makes one command of them).
    static func examples(in help: String) -> [[String]] {
        let text = help.components(separatedBy: "\nUSAGE:").first ?? help
        var result: [[String]] = []
        var inExamples = false
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = current {
                current = open + [trimmed]
            } else if trimmed.hasPrefix("Example:") || trimmed.hasPrefix("Examples:") {
                inExamples = true
                continue
            } else if inExamples, trimmed.hasPrefix("rosette ") {
                current = [trimmed]
            } else {
                continue
            }
            if let lines = current, !trimmed.hasSuffix("\\") {
                result.append(lines)
                current = nil
            }
        }
        if let current { result.append(current) }
        return result
    }

    static func joined(_ lines: [String]) -> String {
        lines.map { $0.hasSuffix("\\") ? String($0.dropLast()).trimmingCharacters(in: .whitespaces) : $0 }
            .joined(separator: " ")
    }

    /// Creates the input files an example names that are not there yet: a fixture, or for
    /// `restore` the backup it restores (its `--db` target is the fresh copy).
    static func prepareFiles(named words: [String], in rosette: RosetteProcess) throws {
        for word in words where !FileManager.default.fileExists(atPath: rosette.folder.appendingPathComponent(word).path) {
            if let text = fixtures[word] {
                _ = try rosette.write(word, text)
            } else if words.first == "restore", word == words.dropFirst().first {
                // A backup to restore from, made the way a user makes one.
                let backup = try rosette.run(["backup", word])
                #expect(backup.status == 0, "backup \(word): \(backup.stderr)")
            }
        }
    }

    /// Input files for the import examples, in the layouts their help describes, naming records
    /// the demo has (ward Leith, polling district LA, Little Haddon parish).
    static let fixtures: [String: String] = [
        "members.csv": "first_name,Surname,email,postcode,joined_on\nNew,Example,new.member@example.org,EH6 5AB,2026-11-01\n",
        "councillors.csv": "name,council,ward,party,elected_on\nNia Example,Little Haddon Parish Council,Little Haddon,ind,2023-05-04\n",
        "register.csv": """
            PD,Elector Number,Elector Number Suffix,Elector Markers,Elector DOB,Elector Name,PostCode,Address1,Address2
            LA,1,,,,"Jones, Kirsty",EH6 5AB,1 Demo Walk,Edinburgh
            LA,2,,,,"Davies, Siobhan",EH6 5AB,1 Demo Walk,Edinburgh

            """,
        "alterations.csv": """
            ElectorNumber,Alteration,ElectorSurname,ElectorForename,PropertyAddress1,PropertyAddress2,PropertyPostCode
            LA-300,A,Newcomer,Alex,99 Demo Walk,Edinburgh,EH6 5AB

            """,
        "postal.csv": "ElectorNumber\nLA-12\n",
        "unsubscribes.csv": "Email Address,Mobile\nleft.us@example.org,\n,07700 900999\n",
        "marked.csv": "ElectorNumber\nLA-12\nLA-14\n",
        "walk.csv": "elector_number,outcome,support\nLA-12,spoke,2\nLA-14,not-in,\n",
    ]
}
