import ArgumentParser
import Foundation
import Privacy
import RosetteCore
import RosetteStore

/// `rosette audit`: read the audit trail.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Who changed which record, when, and which fields (names only).",
        discussion: """
            Every change to personal data is recorded with the actor (--actor,
            $ROSETTE_ACTOR or the login name), the instant (UTC), the record and
            the names of the fields changed. Values are never stored, so the trail
            does not keep a copy of data that an erasure removes. Here --actor
            filters: only changes made by that actor ($ROSETTE_ACTOR is ignored).
            Example:
              rosette audit --record member:1 --since 2026-01-01
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Only this record, as KIND:ID (member:12, donor:3).", valueName: "kind:id"))
    var record: String?
    @Option(help: "Only entries on or after this day (UTC).") var since: CalendarDate?
    @Flag(help: "Print a JSON array.") var json = false

    func validate() throws {
        if let record {
            do { _ = try RecordReference(parsing: record) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() async throws {
        let reference = try record.map { try RecordReference(parsing: $0) }
        let entries = try AuditRepository(try store.openExisting())
            .entries(record: reference, actor: store.actor, since: since)
        if json {
            try JSONOutput.print(entries.map(AuditJSON.init))
            return
        }
        guard !entries.isEmpty else {
            print("No audit entries match.")
            return
        }
        var table = TextTable("At (UTC)", "Actor", "Record", "Action", "Fields")
        for entry in entries {
            table.append([
                String(entry.at.prefix(19)), entry.actor, "\(entry.recordKind):\(entry.recordId)", entry.action,
                entry.fields.replacingOccurrences(of: ",", with: ", "),
            ])
        }
        print(table.render())
    }
}

/// One audit entry as `audit --json` prints it.
struct AuditJSON: Encodable {
    var at: String
    var actor: String
    var record_kind: String
    var record_id: Int64
    var action: String
    var fields: [String]

    init(_ entry: AuditEntry) {
        at = entry.at
        actor = entry.actor
        record_kind = entry.recordKind
        record_id = entry.recordId
        action = entry.action
        fields = entry.fields.split(separator: ",").map(String.init)
    }
}
