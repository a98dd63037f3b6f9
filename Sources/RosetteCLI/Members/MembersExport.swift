import ArgumentParser
import Foundation
import Members
import RosetteCore
import RosetteStore

extension MembersCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export every member, every field, as CSV or JSON.",
            discussion: """
                The file is created readable by you only (0600). CSV cells that a spreadsheet
                would run as a formula are neutralised with a leading apostrophe; `members
                import` reads them back unchanged.
                Example:
                  rosette members export --format csv --out members.csv
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, json
        }

        @OptionGroup var store: StoreOptions
        @Option(help: "csv or json.") var format: Format = .csv
        @Option(help: "Write to this file (created 0600) instead of standard output.") var out: String?

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.openExisting()
            let grace = try SettingsRepository(database).gracePeriodDays()
            let repository = MemberRepository(database, actor: store.resolvedActor)
            let sink = format == .json ? try out.map { try PrivateFileWriter(path: $0) } : nil
            func emit(_ text: String) throws {
                if let sink { try sink.write(text) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
            }
            var count = 0
            switch format {
            case .csv:
                // Records are encoded straight into the writer's buffer: no String per row and
                // no system call per row, to a file or to standard output.
                let writer = try out.map { try CSVWriter(path: $0) }
                    ?? CSVWriter { bytes in FileHandle.standardOutput.write(Data(bytes)) }
                try writer.write(MemberExport.header)
                try repository.forEachMember { profile in
                    try writer.write(
                        MemberExport.row(
                            profile.member, roles: profile.roles, consent: profile.consent, today: today,
                            gracePeriodDays: grace))
                    count += 1
                }
                try writer.close()
            case .json:
                try emit("[")
                try repository.forEachMember { profile in
                    let member = MemberJSON(
                        profile.member, roles: profile.roles, today: today, gracePeriodDays: grace,
                        consent: profile.consent)
                    try emit((count == 0 ? "\n" : ",\n") + (try JSONOutput.compact(member)))
                    count += 1
                }
                try emit(count == 0 ? "]\n" : "\n]\n")
            }
            try sink?.close()
            if let out { Terminal.printError("Exported \(count) members to \(out).") }
        }
    }
}
