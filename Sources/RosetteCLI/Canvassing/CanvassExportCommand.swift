import ArgumentParser
import Canvassing
import Foundation
import RosetteCore
import RosetteStore

extension CanvassCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export every canvass attempt as CSV (the columns canvass import reads).",
            discussion: """
                Canvass answers reveal political opinion: the file is created readable by you
                only (0600), and cells a spreadsheet would run as a formula are neutralised.
                Each row carries the attempt's id, so importing an export adds nothing new.

                Example:
                  rosette canvass export --out canvass.csv
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "Write to this file (created 0600) instead of standard output.") var out: String?

        func run() async throws {
            let repository = CanvassRepository(try store.openExisting(), actor: store.resolvedActor)
            let sink = try out.map { try PrivateFileWriter(path: $0) }
            var buffer = CSVWriter.encode(CanvassExport.header)
            var count = 0
            func flush() throws {
                if let sink { try sink.write(buffer) } else { FileHandle.standardOutput.write(Data(buffer.utf8)) }
                buffer = ""
            }
            try repository.forEachAttempt { cells in
                buffer += CSVWriter.encode(cells.map(SpreadsheetSafety.neutralise))
                count += 1
                if buffer.utf8.count > 65_536 { try flush() }
            }
            try flush()
            try sink?.close()
            if let out { Terminal.printError("Exported \(count) canvass attempt\(count == 1 ? "" : "s") to \(out).") }
        }
    }
}
