import ArgumentParser
import Elections
import RosetteCore
import RosetteStore
import Volunteers

extension VolunteersCommand {
    struct Shifts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A volunteer's own upcoming shifts, optionally as a calendar file.",
            discussion: """
                --ics writes an iCalendar file (0600) they can import; each shift keeps its
                UID (shift-ID@rosette), so a later export updates rather than duplicates.
                Example:
                  rosette volunteers shifts 3 --ics volunteer-3.ics
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The volunteer's id.") var id: Int64
        @Option(help: "Also write the shifts to this iCalendar (.ics) file.") var ics: String?
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let repository = VolunteerRepository(try store.openExisting(), actor: store.resolvedActor)
            let shifts = try repository.shifts(of: VolunteerID(rawValue: id), from: today)
            if let ics { try CalendarFile.write(shifts, to: ics, name: "Rosette shifts: volunteer \(id)") }
            if json {
                try JSONOutput.print(shifts.map { ShiftJSON($0) })
            } else {
                print(RotaText.render(shifts, emptyMessage: "Volunteer \(id) has no upcoming shifts."))
            }
        }
    }

    struct Stats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hours given, shifts, no-show rate and last activity; who has gone quiet.",
            discussion: """
                Quiet: no upcoming shift and nothing attended within --quiet-after days
                (default 56). Quiet volunteers are listed first.
                Example:
                  rosette volunteers stats --quiet-after 28 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "Days without a shift after which a volunteer counts as quiet.")
        var quietAfter: Int = VolunteerStats.defaultQuietAfterDays
        @Flag(help: "Only quiet volunteers.") var quiet = false
        @Flag(help: "Print a JSON array.") var json = false

        func validate() throws {
            if quietAfter < 1 { throw ValidationError("--quiet-after must be at least 1 day") }
        }

        func run() async throws {
            let today = try Today.resolve()
            let repository = VolunteerRepository(try store.openExisting(), actor: store.resolvedActor)
            let rows = try repository.stats(today: today, quietAfterDays: quietAfter).filter { !quiet || $0.isQuiet }
            if json {
                try JSONOutput.print(rows.map(VolunteerStatsJSON.init))
            } else {
                print(VolunteersText.stats(rows))
            }
        }
    }
}

/// Writes shifts to a private iCalendar file, with a note on stderr.
enum CalendarFile {
    static func write(_ shifts: [ShiftOverview], to path: String, name: String) throws {
        let file = try PrivateFileWriter(path: path)
        try file.write(ICalendar.document(ShiftEvents.events(shifts), name: name, stamp: Clock.utcStamp()))
        try file.close()
        Terminal.printError("Wrote \(counted(shifts.count, "shift")) to \(path).")
    }
}
