import ArgumentParser
import Canvassing
import RosetteCore
import RosetteStore

extension RegisterCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a full register edition from the council's file, all or nothing.",
            discussion: """
                The layout is detected from the header: the common full-register layout
                (Elector Number Prefix, Elector Number, Elector Number Suffix, Elector
                Markers, Elector DOB, Elector Name or Elector Surname and Elector Forename,
                PostCode, Address1..Address6), its tab-separated variant, and the monthly-
                update layout (ElectorNumber as PD-123/1, MarkersRegisterText, ElectorDOB,
                ElectorSurname, ElectorForename, PropertyAddress1..5, PropertyPostCode).
                --map names any other header. Dates of birth may be YYYY-MM-DD or
                DD/MM/YYYY. If any row is bad nothing is imported and every bad row is
                listed as "line N: reason" on stderr (exit 65). People are carried over
                from the previous edition by name and address. A second council's file
                may add new polling districts to an edition; a district already in the
                edition is refused (use `register update` for alterations).

                Example:
                  rosette register import register.csv --edition 2026-27 \\
                    --ward Leith --map "PD=prefix"
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The register file (CSV or tab-separated, UTF-8).") var file: String
        @Option(help: "The register edition, e.g. 2026-27 (default: the one in force today).")
        var edition: String?
        @Option(help: "The ward these polling districts belong to (when the file has no Ward column).")
        var ward: String?
        @Option(
            help: ArgumentHelp(
                "Map a header to a field, e.g. \"Their Header=field\" (repeatable).", valueName: "header=field"))
        var map: [String] = []
        @Flag(help: "Print the counts as JSON.") var json = false

        func validate() throws {
            _ = try ImportConsole.headerMap(map)
            if let edition { _ = try RegisterEdition.checked(edition) }
        }

        func run() async throws {
            let today = try Today.resolve()
            let chosen = try edition.map(RegisterEdition.checked) ?? RegisterEdition.inForce(on: today)
            let reader = try RegisterFileReader.open(file)
            let repository = RegisterRepository(try store.open(), actor: store.resolvedActor)
            let summary = try ImportConsole.run {
                try repository.importRegister(
                    next: { try reader.next() }, edition: chosen, ward: ward, explicitMap: try ImportConsole.headerMap(map),
                    ignoredHeaders: RegisterFileReader.reportIgnored,
                    progress: { rows in Terminal.progress("Read \(rows) rows...") })
            }
            if json {
                try JSONOutput.print(RegisterImportJSON(summary))
            } else {
                print(
                    "Imported \(summary.electors) electors in \(summary.households) households into edition "
                        + "\(summary.edition) (\(summary.layout) layout); \(summary.carriedOver) carried over "
                        + "from the previous edition"
                        + (summary.carriedOverLoosely > 0
                            ? " (\(summary.carriedOverLoosely) whose middle names or initials differ)" : "")
                        + ", \(summary.anonymous) anonymous.")
            }
        }
    }
}

extension RegisterEdition {
    /// `--edition` checked for argument shape (exit 64 on a typo).
    static func checked(_ text: String) throws -> RegisterEdition {
        do { return try RegisterEdition(parsing: text) } catch { throw ValidationError("--edition: \(error.description)") }
    }
}

extension RegisterFileReader {
    static func reportSkipped(_ rows: Int) {
        guard rows > 0 else { return }
        Terminal.printError("Skipped \(rows) row\(rows == 1 ? "" : "s") for polling districts not on the register.")
    }

    static func reportIgnored(_ headers: [String]) {
        guard !headers.isEmpty else { return }
        Terminal.printError("Ignoring columns: " + headers.map { "\"\($0)\"" }.joined(separator: ", "))
    }
}

/// `register import|update --json`.
struct RegisterImportJSON: Encodable {
    var edition: String
    var layout: String
    var electors: Int
    var households: Int
    var carriedOver: Int
    var carriedOverLoosely: Int
    var anonymous: Int
    var deleted: Int
    var changed: Int

    enum CodingKeys: String, CodingKey {
        case edition, layout, electors, households, carriedOver = "carried_over"
        case carriedOverLoosely = "carried_over_loosely", anonymous, deleted, changed
    }

    init(_ summary: RegisterImportSummary) {
        edition = summary.edition
        layout = summary.layout
        electors = summary.electors
        households = summary.households
        carriedOver = summary.carriedOver
        carriedOverLoosely = summary.carriedOverLoosely
        anonymous = summary.anonymous
        deleted = summary.deleted
        changed = summary.changed
    }
}
