import ArgumentParser
import Foundation
import Elections
import RosetteCore
import RosetteStore

/// `rosette deadlines`: the steering group's board of everything due, across every election.
struct DeadlinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "Everything due across all elections and the treasurer's book, soonest first.",
        discussion: """
            Timetable deadlines, forms and mail steps of every election not cancelled, and
            the treasurer's open obligations (rosette finance check). Overdue
            items and items due within three working days are marked. --ics writes an iCalendar
            file to import or subscribe to; re-exports update events rather than duplicate them.
            Examples:
              rosette deadlines --within 14
              rosette deadlines --overdue --json
              rosette deadlines --ics deadlines.ics
            """)

    @OptionGroup var store: StoreOptions
    @Option(parsing: .unconditional, help: "Only items due within this many calendar days (overdue ones always show).")
    var within: Int?
    @Flag(help: "Only overdue items.") var overdue = false
    @Option(help: "Only this election.") var election: Int64?
    @Option(help: "Also write every item, whatever the filters, to this iCalendar file (0600).")
    var ics: String?
    @Flag(help: "Include items already done.") var all = false
    @Flag(help: "Print as JSON.") var json = false

    func validate() throws {
        if let within, within < 0 { throw ValidationError("--within must be 0 or more days") }
        if let ics, ics.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--ics needs a file name") }
    }

    func run() async throws {
        let today = try Today.resolve()
        let database = try store.openExisting()
        let items = try DeadlineFeeds.items(
            database, actor: store.resolvedActor, today: today, election: election.map(ElectionID.init(rawValue:)))
        var rows = DeadlineBoard.rows(items, today: today, withinDays: within, overdueOnly: overdue)
        if !all { rows = rows.filter { $0.urgency != .done } }
        if let ics {
            let file = try PrivateFileWriter(path: ics)
            // The calendar also gets cancelled elections' items, marked cancelled, so subscribed
            // calendars drop them.
            let repository = ElectionRepository(database, actor: store.resolvedActor)
            let cancelled = try repository.list(includeCancelled: true).filter {
                $0.cancelledOn != nil && (election == nil || $0.id.rawValue == election)
            }
            let cancelledItems = try cancelled.flatMap { try repository.dossier($0.id).allItems }
            let events = DeadlineEvents.events(
                items + cancelledItems, cancelled: Set(cancelled.map(\.id.rawValue)), database: try database.identifier())
            try file.write(ICalendar.document(events, name: "Rosette deadlines", stamp: Clock.utcStamp()))
            try file.close()
            Terminal.printError("Wrote \(counted(events.count, "event")) to \(ics) (every item, whatever the filters).")
        }
        if json {
            try JSONOutput.print(rows.map(BoardRowJSON.init))
        } else {
            print(BoardText.render(rows, today: today))
        }
    }
}
