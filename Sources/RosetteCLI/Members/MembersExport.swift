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
                The file is created readable by you only (0600). CSV cells that a
                spreadsheet would run as a formula are neutralised with a leading
                apostrophe; `members import` reads them back unchanged.

                --contactable CHANNEL makes a contact list instead: only active
                members who may be contacted that way (consent for email, sms and
                phone; no objection for post), never anyone on the do-not-contact
                list, and only id, name and that channel's details.
                Example:
                  rosette members export --format csv --out members.csv
                  rosette members export --contactable email --out mailing.csv
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, json
        }

        @OptionGroup var store: StoreOptions
        @Option(help: "csv or json.") var format: Format = .csv
        @Option(help: "Write to this file (created 0600) instead of standard output.") var out: String?
        @Option(help: ArgumentHelp("Only members who may be contacted on this channel: email, phone, sms or post.",
            valueName: "channel"))
        var contactable: ContactChannel?

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.openExisting()
            let grace = try SettingsRepository(database).gracePeriodDays()
            let repository = MemberRepository(database, actor: store.resolvedActor)
            let sink = format == .json || contactable != nil ? try out.map { try PrivateFileWriter(path: $0) } : nil
            func emit(_ text: String) throws {
                if let sink { try sink.write(text) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
            }
            var count = 0
            if let contactable {
                try exportContactList(contactable, repository: repository, today: today, grace: grace, emit: emit)
                try sink?.close()
                return
            }
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
            if let out { Terminal.printError("Exported \(counted(count, "member")) to \(out).") }
        }
    
        /// A contact list for one channel: the least data the job needs, suppressed people left out.
        func exportContactList(
            _ channel: ContactChannel, repository: MemberRepository, today: CalendarDate, grace: Int,
            emit: (String) throws -> Void
        ) throws {
            var count = 0
            if format == .csv { try emit(CSVWriter.encode(MemberContactList.header(channel))) } else { try emit("[") }
            let suppressed = try repository.forEachContactable(on: channel, today: today, gracePeriodDays: grace) { member in
                if format == .csv {
                    try emit(CSVWriter.encode(MemberContactList.row(member, channel: channel)))
                } else {
                    let fields = Dictionary(
                        uniqueKeysWithValues: zip(
                            MemberContactList.header(channel),
                            MemberContactList.row(member, channel: channel).map(SpreadsheetSafety.restore)))
                    try emit((count == 0 ? "\n" : ",\n") + (try JSONOutput.compact(fields)))
                }
                count += 1
            }
            if format == .json { try emit(count == 0 ? "]\n" : "\n]\n") }
            Terminal.printError(
                "Contact list (\(channel.rawValue)): \(count) members; id, name and \(channel.rawValue) details only; "
                    + "\(suppressed) on the do-not-contact list left out.")
        }
}
}
