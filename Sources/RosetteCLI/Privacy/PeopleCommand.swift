import ArgumentParser
import Canvassing
import Privacy
import RosetteCore
import RosetteStore

/// `rosette people`: one person across every module (subject access, erasure).
struct PeopleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Subject access requests and erasure, across every module.",
        discussion: """
            A person is found from one key (--email, --member, --volunteer,
            --councillor, --donor or --elector), then through every record linked
            to it: a member's volunteer and councillor rows, their email, their
            register entries (by full name and postcode, never name alone) and
            (for donors, nomination subscribers and non-member candidates, who
            have no email) their full name. Name matches are labelled: check them
            with `people sar` or `people erase --dry-run` first.
            Example:
              rosette people sar --member 1 --out member-1.json
            """,
        subcommands: [SubjectAccess.self, Erase.self])
}

/// The one key a person is looked up by.
struct PersonOptions: ParsableArguments {
    @Option(help: "Their email address (any case).") var email: String?
    @Option(help: "A member id.") var member: Int64?
    @Option(help: "A volunteer id.") var volunteer: Int64?
    @Option(help: "A councillor id.") var councillor: Int64?
    @Option(help: "A donor id.") var donor: Int64?
    @Option(help: "An elector number in the current register (LA-12), or an elector id.") var elector: String?

    static let oneKey = "give exactly one of --email, --member, --volunteer, --councillor, --donor or --elector"

    func validate() throws {
        let keys = [email != nil, member != nil, volunteer != nil, councillor != nil, donor != nil, elector != nil]
        if keys.filter({ $0 }).count != 1 { throw ValidationError(Self.oneKey) }
        if let elector, Int64(elector) == nil, (try? RegisterNumber(parsing: elector)) == nil {
            throw ValidationError("--elector takes an elector number such as LA-12, or an elector id")
        }
    }

    /// The request, with the email checked.
    func request() throws -> PersonRequest {
        if let email { return .email(try EmailAddress(parsing: email)) }
        if let member { return .member(member) }
        if let volunteer { return .volunteer(volunteer) }
        if let councillor { return .councillor(councillor) }
        if let donor { return .donor(donor) }
        if let elector {
            if let id = Int64(elector) { return .elector(id) }
            return .electorNumber(try RegisterNumber(parsing: elector).normalised)
        }
        throw ValidationError(Self.oneKey)
    }
}

extension PeopleCommand {
    struct SubjectAccess: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sar",
            abstract: "Write everything Rosette holds about one person to a JSON file.",
            discussion: """
                For a subject access request (UK GDPR Art. 15; reply within one
                month). The file is created readable by you only (0600) and lists
                each table's rows as stored, why they are held and how they were
                matched; stdout summarises what was found where.
                Example:
                  rosette people sar --member 1 --out member-1.json
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var person: PersonOptions
        @Option(help: "The JSON file to write (created 0600).") var out: String
        @Flag(help: "Print the summary as JSON.") var json = false

        func run() async throws {
            let request = try person.request()
            let sections = try PrivacyRepository(try store.openExisting(), actor: store.resolvedActor)
                .subjectAccess(request)
            let report = SubjectAccessJSON(request: request, generatedOn: try Today.resolve(), sections: sections)
            let writer = try PrivateFileWriter(path: out)
            try writer.write(try JSONOutput.string(report) + "\n")
            try writer.close()
            if json {
                try JSONOutput.print(report.summary)
                return
            }
            var table = TextTable("Module", "Table", "Records", "Matched by")
            for line in report.summary { table.append([line.module, line.table, String(line.records), line.matched_by]) }
            print(table.render())
            Terminal.printError("Wrote everything found for \(request) to \(out).")
        }
    }

    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove or anonymise one person everywhere, keeping what the law requires.",
            discussion: """
                Member, volunteer and councillor rows are anonymised, not deleted,
                so membership figures, shift staffing and council make-up stay
                right; an open membership ends today. Canvass answers and turnout
                are deleted; the register entry (the council's data) is kept,
                marked excluded from canvassing until the next edition. Donations
                and the donor's name and address are kept for 6 years after the
                accounting year (PPERA s.41) and reported as kept. Audit entries
                stay (they hold field names only). The database file is then
                compacted so no copy of the erased values is left in it; backups
                are not changed.
                Example:
                  rosette people erase --member 7 --dry-run
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var person: PersonOptions
        @Flag(help: "Report what would happen without changing anything.") var dryRun = false
        @Flag(help: "Keep their entries on the do-not-contact list.") var keepSuppression = false
        @Flag(help: "Print the report as JSON.") var json = false

        func run() async throws {
            let request = try person.request()
            let database = try store.openExisting()
            let settings = SettingsRepository(database)
            let actions = try PrivacyRepository(database, actor: store.resolvedActor).erase(
                request, today: try Today.resolve(), policy: try settings.retentionPolicy(),
                gracePeriodDays: try settings.gracePeriodDays(), keepSuppression: keepSuppression, dryRun: dryRun)
            if json {
                try JSONOutput.print(PrivacyReportJSON(dryRun: dryRun, actions: actions))
                return
            }
            print(PrivacyText.report(actions, dryRun: dryRun, subject: "Erasure of \(request)"))
        }
    }
}
