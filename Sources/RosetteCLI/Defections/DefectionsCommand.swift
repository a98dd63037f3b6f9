import ArgumentParser
import Councillors
import Defections
import RosetteCore
import RosetteStore

/// `rosette defections ...`: councillors changing party.
struct DefectionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "defections",
        abstract: "Record defections and chart them month by month.",
        discussion: """
            Example:
              rosette defections record --councillor 3 --to rosette \\
                --effective 2026-03-02 --source "council notice"
              rosette defections timeline --since 2026-01-01
            """,
        subcommands: [Record.self, List.self, Timeline.self])

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a councillor moving to another party (or to independent).",
            discussion: """
                Closes the current party period on the effective day and opens the
                next, in one step. Refused if dated in the future or before the
                current period began. Parties are by short name or name (see
                `parties list`; `ind` for independent).
                Example:
                  rosette defections record --councillor 3 --to rosette \\
                    --effective 2026-03-02 --announced 2026-02-27 \\
                    --source "press release"
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The councillor's id.") var councillor: Int64
        @Option(help: "The party joined: short name or name.") var to: String
        @Option(help: "The day it took effect (YYYY-MM-DD).") var effective: CalendarDate
        @Option(help: "The day it was announced (YYYY-MM-DD).") var announced: CalendarDate?
        @Option(help: "Where it is recorded (press release, council notice).") var source: String?
        @Option(help: "A note.") var note: String?
        @Flag(help: "Print the defection as JSON.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.open()
            let defection = try CouncillorRepository(database, actor: store.resolvedActor).recordDefection(
                councillor: CouncillorID(rawValue: councillor), to: to, effectiveOn: effective, announcedOn: announced,
                note: note, source: source, today: today)
            let parties = PartyNames(try CouncilRepository(database, actor: store.resolvedActor).parties())
            if json {
                try JSONOutput.print(DefectionJSON(defection, parties: parties))
            } else {
                print(
                    "Councillor \(councillor): \(parties.short(defection.from) ?? "?") → "
                        + "\(parties.short(defection.to) ?? "?") from \(effective) (defection \(defection.id)).")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List defections, oldest first.",
            discussion: """
                Example:
                  rosette defections list --since 2026-01-01 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "Only those taking effect on or after this day.") var since: CalendarDate?
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let database = try store.openExisting()
            let defections = try CouncillorRepository(database, actor: store.resolvedActor).defections(since: since)
            let councils = CouncilRepository(database, actor: store.resolvedActor)
            let parties = PartyNames(try councils.parties())
            if json {
                try JSONOutput.print(defections.map { DefectionJSON($0, parties: parties) })
                return
            }
            guard !defections.isEmpty else { return print("No defections recorded.") }
            let names = Dictionary(uniqueKeysWithValues: try councils.councils().map { ($0.id, $0.details.name) })
            var table = TextTable("ID", "Effective", "Councillor", "Council", "From", "To", "Source")
            for d in defections {
                table.append([
                    "\(d.id)", d.effectiveOn.iso, "\(d.councillorID)", names[d.councilID] ?? "-",
                    parties.short(d.from) ?? "?", parties.short(d.to) ?? "?", d.source ?? "-",
                ])
            }
            print(table.render())
        }
    }
}

/// A defection for scripts; `councillor_id`, `from_party`, `to_party`, `effective_on` are the
/// contract (parties by short name).
struct DefectionJSON: Encodable {
    var id: Int64
    var councillor_id: Int64
    var council_id: Int64
    var from_party: String
    var to_party: String
    var effective_on: String
    var announced_on: Nullable<String>
    var source: Nullable<String>
    var note: Nullable<String>

    init(_ defection: Defection, parties: PartyNames) {
        id = defection.id
        councillor_id = defection.councillorID.rawValue
        council_id = defection.councilID.rawValue
        from_party = parties.short(defection.from) ?? "?"
        to_party = parties.short(defection.to) ?? "?"
        effective_on = defection.effectiveOn.iso
        announced_on = Nullable(defection.announcedOn?.iso)
        source = Nullable(defection.source)
        note = Nullable(defection.note)
    }
}
