import Foundation
import Testing

/// Every `$ rosette ...` line in the role guides runs, in order, and succeeds: the guides can be
/// followed as written.
@Suite struct GuideExamplesTests {
    static let guidesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/guides")

    static var guides: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: guidesFolder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func thereAreGuidesForEveryRole() {
        for role in ["organiser.md", "treasurer.md", "steering-group.md"] {
            #expect(Self.guides.contains(role))
        }
    }

    @Test(arguments: guides)
    func examplesRunAsWritten(_ guide: String) throws {
        let text = try String(contentsOf: Self.guidesFolder.appendingPathComponent(guide), encoding: .utf8)
        let commands = text.split(separator: "\n").compactMap { line -> [String]? in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("$ rosette ") else { return nil }
            return Self.words(String(trimmed.dropFirst("$ rosette ".count)))
        }
        #expect(!commands.isEmpty)
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let demo = rosette.folder.appendingPathComponent("demo.sqlite3").path
        for arguments in commands {
            let outcome = try rosette.run(arguments, environment: ["ROSETTE_DB": demo])
            #expect(outcome.status == 0, "\(guide): rosette \(arguments.joined(separator: " ")) → \(outcome.status): \(outcome.stderr)")
            #expect(!outcome.stdout.isEmpty || !outcome.stderr.isEmpty)
        }
    }

    /// Splits a command line as a shell would for the simple quoting the guides use.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
