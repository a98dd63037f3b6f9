import ArgumentParser
import Foundation
import Privacy
import RosetteCore
import RosetteStore

extension ConsentCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an opt-out list from elsewhere to the do-not-contact list.",
            discussion: """
                A CSV with a header and any of: email, phone, name (or first_name
                and last_name) with postcode. Common spellings ("Email Address",
                "Mobile", "Surname") are recognised; other columns are ignored. All
                or nothing: if any row is bad nothing is added, each is listed as
                "line N: reason" on stderr, and the exit code is 65.
                Example:
                  rosette consent import unsubscribes.csv
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "The CSV file (UTF-8, with or without BOM).") var file: String
        @Flag(help: "Print the counts as JSON.") var json = false

        func run() async throws {
            let reader = try CSVReader(path: file)
            let repository = SuppressionRepository(try store.open(), actor: store.resolvedActor)
            let result: (added: Int, alreadyListed: Int)
            do {
                result = try repository.importOptOuts(
                    next: { try reader.next() }, source: (file as NSString).lastPathComponent, today: try Today.resolve(),
                    ignoredHeaders: { headers in
                        guard !headers.isEmpty else { return }
                        Terminal.printError("Ignoring columns: " + headers.map { "\"\($0)\"" }.joined(separator: ", "))
                    })
            } catch let failure as SuppressionImportFailure {
                for row in failure.badRows { Terminal.printError("line \(row.line): \(row.reason)") }
                throw failure
            }
            if json {
                try JSONOutput.print(["added": result.added, "already_listed": result.alreadyListed])
            } else {
                print("Added \(result.added) entries to the do-not-contact list (\(result.alreadyListed) already on it).")
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the do-not-contact list, to screen a list held elsewhere.",
            discussion: """
                Carries only what recognises each person: kind (email, phone,
                name-postcode) and value, as compared. Created 0600; cells a
                spreadsheet would run as a formula are neutralised.
                Example:
                  rosette consent export --out do-not-contact.csv
                """)
        @OptionGroup var store: StoreOptions
        @Option(help: "Write to this file (created 0600) instead of standard output.") var out: String?

        func run() async throws {
            let entries = try SuppressionRepository(try store.openExisting(), actor: store.resolvedActor).entries()
            var text = CSVWriter.encode(["kind", "value"])
            for entry in entries {
                text += CSVWriter.encode([entry.key.kind.rawValue, entry.key.value].map(SpreadsheetSafety.neutralise))
            }
            if let out {
                let writer = try PrivateFileWriter(path: out)
                try writer.write(text)
                try writer.close()
                Terminal.printError("Exported \(entries.count) do-not-contact entries to \(out).")
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}
