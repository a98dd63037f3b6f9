import ArgumentParser
import Members
import RosetteCore
import RosetteStore

extension MembersCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import members from a CSV file, all or nothing.",
            discussion: """
                Headers: first_name, last_name, email, phone, postcode, address, date_of_birth,
                joined_on, branch, membership_type (plus dues_pence, paid_until, ended_on,
                end_reason, notes). Common CRM spellings ("First Name", "Email Address",
                "Mobile", "Zip") are recognised; --map names any other. If any row is bad,
                nothing is imported, every bad row is listed as "line N: reason" on stderr
                (N as a spreadsheet numbers rows), and the exit code is 65.

                A row is a duplicate when its email is already a member's (any case), when
                the same name is at the same postcode, or when it carries the id and name of
                a member (a Rosette export). --on-duplicate update replaces only the columns
                the file has. Export-only columns (status, roles, consent_*) are not read:
                use `members roles` and `members consent`.

                Example:
                  rosette members import members.csv --map "Surname=last_name" \\
                    --on-duplicate skip
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The CSV file (UTF-8, with or without BOM).") var file: String
        @Option(
            help: ArgumentHelp(
                "Map a header to a field, e.g. \"Their Header=field\" (repeatable).", valueName: "header=field"))
        var map: [String] = []
        @Option(help: "What to do with a row that matches an existing member: error, skip or update.")
        var onDuplicate: DuplicatePolicy = .error
        @Flag(help: "Print the counts as JSON.") var json = false

        func validate() throws { _ = try explicitMap() }

        /// `--map` values as header → field.
        func explicitMap() throws -> [String: String] { try ImportConsole.headerMap(map) }

        func run() async throws {
            let today = try Today.resolve()
            let reader = try CSVReader(path: file)
            let repository = MemberRepository(try store.open(), actor: store.resolvedActor)
            let map = try explicitMap()
            let summary = try ImportConsole.run {
                try repository.importMembers(
                    next: { try reader.next() }, explicitMap: map, policy: onDuplicate, today: today,
                    ignoredHeaders: ImportConsole.ignoredHeaders, progress: ImportConsole.progress)
            }
            if json {
                try JSONOutput.print(summary)
            } else {
                print("Added \(summary.added), updated \(summary.updated), skipped \(summary.skipped).")
            }
        }
    }
}
