import ArgumentParser
import RosetteCore
import RosetteStore
import Volunteers

/// `rosette shifts ...`: dated shifts, sign-ups and the organiser's lists.
struct ShiftsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shifts",
        abstract: "Shifts: add them, sign volunteers up, find gaps, send reminders.",
        discussion: """
            Times are Europe/London wall clock, YYYY-MM-DDTHH:MM.
            Example:
              rosette shifts add --activity 1 --start 2026-12-05T10:00 \\
                --end 2026-12-05T12:00 --min 2 --max 4
            """,
        subcommands: [
            Add.self, List.self, Show.self, Signup.self, Cancel.self, Confirm.self, Attend.self, Gaps.self,
            Reminders.self,
        ])
}

extension ShiftsCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a shift, or a weekly series of them.",
            discussion: """
                A time in the hour skipped when the clocks go forward is refused; one in the
                hour repeated when they go back is taken as the first (BST), with a note.
                --weekly-until repeats the shift every week (or every --every-weeks
                weeks) at the same wall-clock times; all are added or none. --json
                prints the shift, or an array for a series.
                Example:
                  rosette shifts add --activity 1 --start 2026-12-05T10:00 \\
                    --end 2026-12-05T12:00 --min 2 --max 4 --weekly-until 2027-01-30
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The activity's id.") var activity: Int64
        @Option(help: "Start, Europe/London (2026-12-05T10:00).") var start: LocalDateTime
        @Option(help: "End, Europe/London (2026-12-05T12:00).") var end: LocalDateTime
        @Option(parsing: .unconditional, help: "Fewest volunteers it needs.") var min: Int = 1
        @Option(parsing: .unconditional, help: "Most volunteers it takes; more go on the waiting list.") var max: Int?
        @Option(help: "The job, e.g. teller, knocker-up, \"committee room\".") var role: String?
        @Option(help: "A skill every volunteer on it needs, e.g. driver.") var skill: String?
        @Option(help: "Repeat weekly up to and including this date.") var weeklyUntil: CalendarDate?
        @Option(parsing: .unconditional, help: "With --weekly-until: every this many weeks.") var everyWeeks: Int = 1
        @Flag(help: "Print the created shift (or shifts) as JSON.") var json = false

        func validate() throws {
            if min < 0 { throw ValidationError("--min must be 0 or more (got \(min))") }
            if let max, max < 1 { throw ValidationError("--max must be 1 or more (got \(max))") }
            if everyWeeks < 1 { throw ValidationError("--every-weeks must be 1 or more (got \(everyWeeks))") }
        }

        func run() async throws {
            let zone = try LondonTime()
            let capacity = try Capacity(minimum: min, maximum: max ?? min)
            let requiredSkill = try skill.map(Skill.init(parsing:))
            let occurrences = try weeklyUntil.map {
                try ShiftRecurrence(everyWeeks: everyWeeks, until: $0).occurrences(start: start, end: end)
            } ?? [(start, end)]
            let details = try occurrences.map { occurrence in
                ShiftDetails(
                    activity: ActivityID(rawValue: activity),
                    times: try ShiftTimes(start: occurrence.start, end: occurrence.end, zone: zone), capacity: capacity,
                    role: role, requiredSkill: requiredSkill)
            }
            for note in Set(details.flatMap(\.times.ambiguityNotes)).sorted() { Terminal.printError("Note: \(note).") }
            let repository = VolunteerRepository(try store.open(), actor: store.resolvedActor)
            let shifts = try repository.addShifts(details)
            if json {
                let overviews = try shifts.map { try repository.overview($0.id) }
                if weeklyUntil == nil, let first = overviews.first {
                    try JSONOutput.print(ShiftJSON(first))
                } else {
                    try JSONOutput.print(overviews.map { ShiftJSON($0) })
                }
            } else if let first = shifts.first, let last = shifts.last {
                print(shifts.count == 1 ? "Added shift \(first.id)." : "Added \(shifts.count) shifts, \(first.id) to \(last.id).")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List shifts from a day on (default: today), soonest first.",
            discussion: """
                Example:
                  rosette shifts list --from 2026-12-01 --to 2026-12-31 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "First day (default: today).") var from: CalendarDate?
        @Option(help: "Last day.") var to: CalendarDate?
        @Option(help: "Only this activity's shifts.") var activity: Int64?
        @Option(help: "Only shifts in this ward.") var ward: String?
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let repository = VolunteerRepository(try store.openExisting(), actor: store.resolvedActor)
            let shifts = try repository.overviews(
                from: try from ?? Today.resolve(), through: to, activity: activity.map(ActivityID.init(rawValue:)),
                ward: try ward.map(Ward.init(parsing:)))
            if json {
                try JSONOutput.print(shifts.map { ShiftJSON($0) })
            } else {
                print(RotaText.render(shifts, emptyMessage: "No shifts."))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a shift with its sign-ups.",
            discussion: """
                --json includes "signups": [{"volunteer_id": .., "status": ..}], status one
                of signed_up, confirmed, waitlisted, cancelled, attended, no_show.
                Example:
                  rosette shifts show 1 --json
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The shift's id.") var id: Int64
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let overview = try VolunteerRepository(try store.openExisting(), actor: store.resolvedActor)
                .overview(ShiftID(rawValue: id))
            if json {
                try JSONOutput.print(ShiftJSON(overview))
                return
            }
            print(RotaText.render([overview], emptyMessage: ""))
            print("")
            guard !overview.signups.isEmpty else { return print("No sign-ups yet.") }
            var table = TextTable("Volunteer", "Status", "Signed up (UTC)", "Cancelled (UTC)")
            for signup in overview.signups {
                table.append([
                    "\(signup.volunteer)", signup.status.rawValue, signup.signedUpAt.iso8601, signup.cancelledAt?.iso8601 ?? "-",
                ])
            }
            print(table.render())
        }
    }
}
