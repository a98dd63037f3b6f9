import ArgumentParser
import RosetteCore
import RosetteStore
import Volunteers

extension ShiftsCommand {
    struct Gaps: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Understaffed shifts, soonest first, with who could fill them.",
            discussion: """
                Each shift below its minimum lists volunteers who go to its ward,
                have its skill, are available and free then, with only the channels
                they consented to.
                Example:
                  rosette shifts gaps --within 7
                """)

        @OptionGroup var store: StoreOptions
        @Option(parsing: .unconditional, help: "Days ahead to look, from today.") var within: Int = 14
        @Flag(help: "Print a JSON array.") var json = false

        func validate() throws {
            if within < 0 { throw ValidationError("--within must be 0 or more days") }
        }

        func run() async throws {
            let gaps = try VolunteerRepository(try store.openExisting(), actor: store.resolvedActor)
                .gaps(today: try Today.resolve(), withinDays: within)
            if json {
                try JSONOutput.print(gaps.map(GapJSON.init))
            } else {
                print(RotaText.gaps(gaps, withinDays: within))
            }
        }
    }

    struct Reminders: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who to remind about a day's shifts, on the channels they consented to.",
            discussion: """
                Lists everyone signed up or confirmed. Someone who consented to no channel
                Rosette holds details for is listed so they can be told in person.
                Example:
                  rosette shifts reminders --for 2026-12-05
                """)

        @OptionGroup var store: StoreOptions
        @Option(name: .customLong("for"), help: "The day of the shifts (default: tomorrow).") var day: CalendarDate?
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let target = try day ?? Today.resolve().adding(days: 1)
            let reminders = try VolunteerRepository(try store.openExisting(), actor: store.resolvedActor)
                .reminders(for: target)
            if json {
                try JSONOutput.print(reminders.map(ReminderJSON.init))
            } else {
                print(RotaText.reminders(reminders, day: target))
            }
        }
    }
}

/// `rosette rota`: the week at a glance.
struct RotaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rota",
        abstract: "The week's shifts at a glance, each with filled of needed.",
        discussion: """
            The week runs Monday to Sunday and holds --week (default: today).
            --ics writes the week's shifts to an iCalendar file (0600) with
            stable UIDs.
            Example:
              rosette rota --week 2026-12-05 --ward "Leith Walk" --ics rota.ics
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Any day in the week to show (default: today).") var week: CalendarDate?
    @Option(help: "Only shifts in this ward.") var ward: String?
    @Option(help: "Also write the shifts to this iCalendar (.ics) file.") var ics: String?
    @Flag(help: "Print a JSON array.") var json = false

    func run() async throws {
        let day = try week ?? Today.resolve()
        let monday = day.adding(days: -(Weekday.allCases.firstIndex(of: day.weekday) ?? 0))
        let shifts = try VolunteerRepository(try store.openExisting(), actor: store.resolvedActor).overviews(
            from: monday, through: monday.adding(days: 6), ward: try ward.map(Ward.init(parsing:)))
        if let ics { try CalendarFile.write(shifts, to: ics, name: "Rosette rota from \(monday)") }
        if json {
            try JSONOutput.print(shifts.map { ShiftJSON($0) })
        } else {
            print("Week of \(RotaText.day(monday)) (Europe/London)")
            print(RotaText.render(shifts, emptyMessage: "No shifts this week."))
        }
    }
}
