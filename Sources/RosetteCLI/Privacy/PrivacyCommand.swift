import ArgumentParser
import Privacy
import RosetteCore
import RosetteStore

/// `rosette privacy`: the retention policy and the sweep that applies it.
struct PrivacyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy",
        abstract: "Retention: the policy, and the sweep that applies it.",
        discussion: """
            Periods are settings (rosette settings set retention.NAME YEARS). Only
            the donor period is set by law (PPERA s.41: at least 6 years); the
            others are Rosette's provisional proposals: document your own.
            Example:
              rosette privacy sweep --dry-run
            """,
        subcommands: [Policy.self, Sweep.self])
}

extension PrivacyCommand {
    struct Policy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the retention periods in force.",
            discussion: """
                Example:
                  rosette privacy policy --json
                """)

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print a JSON object.") var json = false

        func run() async throws {
            let policy = try SettingsRepository(try store.openExisting()).retentionPolicy()
            let rows: [(String, Int, String)] = [
                ("lapsed_member_contact_years", policy.lapsedMemberContactYears, "contact details of lapsed or ended members"),
                ("shift_history_years", policy.shiftHistoryYears, "who signed up to past shifts, and absences"),
                ("donor_record_years", policy.donorRecordYears, "donor name and address after the accounting year"),
                ("canvass_note_years", policy.canvassNoteYears, "free-text canvass notes (canvassing area)"),
            ]
            if json {
                try JSONOutput.print(Dictionary(uniqueKeysWithValues: rows.map { ($0.0, $0.1) }))
                return
            }
            var table = TextTable("Setting", "Years", "Clears")
            for row in rows { table.append(["retention.\(row.0)", String(row.1), row.2]) }
            print(table.render())
        }
    }

    struct Sweep: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the retention policy and report what it cleared.",
            discussion: """
                Clears lapsed members' contact details, old shift sign-ups and
                absences, and anonymises donors past the PPERA period, in one
                transaction. Rows stay where figures need them. Run it monthly.
                Example:
                  rosette privacy sweep --dry-run
                """)

        @OptionGroup var store: StoreOptions
        @Flag(help: "Report what would happen without changing anything.") var dryRun = false
        @Flag(help: "Print the report as JSON.") var json = false

        func run() async throws {
            let database = try store.openExisting()
            let settings = SettingsRepository(database)
            let actions = try PrivacyRepository(database, actor: store.resolvedActor).sweep(
                today: try Today.resolve(), policy: try settings.retentionPolicy(),
                gracePeriodDays: try settings.gracePeriodDays(), dryRun: dryRun)
            if json {
                try JSONOutput.print(PrivacyReportJSON(dryRun: dryRun, actions: actions))
            } else {
                print(PrivacyText.report(actions, dryRun: dryRun, subject: "Retention sweep"))
            }
        }
    }
}
