import ArgumentParser
import Councillors
import Elections
import Members
import RosetteCore
import RosetteStore

/// `rosette vacancies ...`: casual vacancies and what the law says happens next.
struct VacanciesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vacancies",
        abstract: "Record casual vacancies; see the route and dates; create the by-election.",
        discussion: """
            Dates marked provisional rest on rules not yet confirmed (see
            `vacancies rules`): check them with the returning officer.
            Example:
              rosette vacancies record --councillor 3 --reason resignation \\
                --notice-on 2026-11-02
              rosette vacancies create-election 1
            """,
        subcommands: [Record.self, Request.self, List.self, Show.self, CreateElection.self, Rules.self])

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a casual vacancy; the seat is empty from the notice date.",
            discussion: """
                Reasons: resignation, death, disqualification, non-attendance.
                The notice must come after the councillor's election and every later
                event on the record (a party change, an office taken or left).
                Example:
                  rosette vacancies record --councillor 3 --reason resignation \\
                    --notice-on 2026-11-02 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The councillor whose seat fell vacant.") var councillor: Int64
        @Option(help: "Why the seat fell vacant.") var reason: VacancyReason
        @Option(help: "Date of the notice of the vacancy (YYYY-MM-DD).") var noticeOn: CalendarDate
        @Option(help: "When electors asked for an election, if they have.") var requestedOn: CalendarDate?
        @Option(help: "A note.") var note: String?
        @Flag(help: "Print the vacancy and its plan as JSON.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.open()
            let repository = CouncillorRepository(database, actor: store.resolvedActor)
            let vacancy = try repository.recordVacancy(
                councillor: CouncillorID(rawValue: councillor), reason: reason, noticeOn: noticeOn,
                requestedOn: requestedOn, note: note, today: today)
            let report = try repository.report(
                vacancy.id, values: try SettingsRepository(database).vacancyRuleValues(), today: today)
            try VacancyOutput.print(report, json: json)
        }
    }

    struct Request: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the day electors asked for an election.",
            discussion: """
                Not before the vacancy's notice. The first request starts the
                by-election clock: give --replace to correct one already recorded.
                Example:
                  rosette vacancies request 1 --on 2026-11-21 --replace
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The vacancy's id.") var id: Int64
        @Option(help: "The day of the request (YYYY-MM-DD).") var on: CalendarDate
        @Flag(help: "Replace a request already recorded (a correction).") var replace = false

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.open()
            let repository = CouncillorRepository(database, actor: store.resolvedActor)
            _ = try repository.recordRequest(vacancy: id, on: on, replacing: replace, today: today)
            try VacancyOutput.print(
                try repository.report(id, values: try SettingsRepository(database).vacancyRuleValues(), today: today),
                json: false)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List vacancies with their route and latest polling day.",
            discussion: """
                Example:
                  rosette vacancies list --json
                """)

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.openExisting()
            let reports = try CouncillorRepository(database, actor: store.resolvedActor)
                .vacancies(values: try SettingsRepository(database).vacancyRuleValues(), today: today)
            if json { return try JSONOutput.print(reports.map(VacancyJSON.init)) }
            guard !reports.isEmpty else { return print("No vacancies recorded.") }
            var table = TextTable("ID", "Council", "Ward", "Notice", "Route", "Latest poll", "Election")
            for r in reports {
                table.append([
                    "\(r.vacancy.id)", r.council.details.name, r.ward?.name ?? "-", r.vacancy.noticeOn.iso,
                    r.plan.route.rawValue, (r.plan.latestPoll?.iso ?? "-") + (r.plan.provisional ? " (provisional)" : ""),
                    r.vacancy.electionID.map { "\($0)" } ?? "-",
                ])
            }
            print(table.render())
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what the law says happens next for a vacancy, with dates.",
            discussion: """
                Example:
                  rosette vacancies show 1 --json
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The vacancy's id.") var id: Int64
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.openExisting()
            let report = try CouncillorRepository(database, actor: store.resolvedActor)
                .report(id, values: try SettingsRepository(database).vacancyRuleValues(), today: today)
            try VacancyOutput.print(report, json: json)
        }
    }

    struct CreateElection: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-election",
            abstract: "Create the by-election for a vacancy, its timetable pre-filled.",
            discussion: """
                The polling day defaults to the latest Thursday the rules allow;
                give --poll-date when the returning officer has fixed it. The
                nominating officer is the member holding that role.
                Example:
                  rosette vacancies create-election 1 --poll-date 2027-01-14
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The vacancy's id.") var id: Int64
        @Option(help: "Polling day (default: suggested from the rules).") var pollDate: CalendarDate?
        @Flag(help: "Print the vacancy, with its election, as JSON.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.open()
            let (election, report) = try CouncillorRepository(database, actor: store.resolvedActor).createElection(
                for: id, pollDate: pollDate,
                values: try SettingsRepository(database).vacancyRuleValues(), today: today)
            if json { return try JSONOutput.print(VacancyJSON(report)) }
            print("Added election \(election.id): \(election.details.name), polling day \(election.details.pollDate).")
            print("See its timetable and forms: rosette elections show \(election.id)")
        }
    }
}

/// Prints a vacancy report as text or JSON.
enum VacancyOutput {
    static func print(_ report: VacancyReport, json: Bool) throws {
        if json { try JSONOutput.print(VacancyJSON(report)) } else { Swift.print(VacancyText.render(report)) }
    }
}
