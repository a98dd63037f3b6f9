import ArgumentParser
import Elections
import RosetteCore


extension ElectionsCommand {
    struct Timetable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every statutory deadline of an election, in order. Needs no database.",
            discussion: """
                Working days exclude weekends, Christmas Eve, Christmas Day, Good Friday, the
                nation's bank holidays (Easter Monday in Scotland where the rules say so) and any
                --exclude-day (a proclaimed day of mourning). Dates that rest on an unconfirmed
                rule, a generated bank-holiday year or a defaulted declaration date are marked
                provisional; --override corrects an unconfirmed offset.
                Kinds: \(ElectionKind.allCases.map(\.rawValue).joined(separator: ", ")).
                Nations: \(Nation.allCases.map(\.rawValue).joined(separator: ", ")).
                Examples:
                  rosette elections timetable --kind uk-parliament --nation scotland \\
                    --poll-date 2026-12-17 --writ-date 2026-11-16
                  rosette elections timetable --kind local --nation england \\
                    --poll-date 2027-05-06 --json
                """)

        @Option(help: "The kind of election.") var kind: ElectionKind
        @Option(help: "The nation (omit for a UK general election).") var nation: Nation?
        @Option(help: "Polling day (YYYY-MM-DD).") var pollDate: CalendarDate
        @Option(help: "UK Parliament by-election: the day the writ is received.") var writDate: CalendarDate?
        @Option(help: "The close of nominations the returning officer fixed, if known.")
        var closeOfNominations: CalendarDate?
        @Option(help: "The day the result was declared (spending returns run from it).") var declared: CalendarDate?
        @Flag(help: "uk-parliament with --nation: a general election in that nation, not a by-election.")
        var generalElection = false
        @Option(help: "An extra day to disregard, e.g. a day of mourning (repeatable).")
        var excludeDay: [CalendarDate] = []
        @Option(
            help: ArgumentHelp(
                "Replace an unconfirmed offset, e.g. notice_of_poll=6 (repeatable).", valueName: "key=days"))
        var override: [String] = []
        @Option(help: "General elections: which bank holidays count (any-part-of-uk or constituency-nation).")
        var geCalendar: GeneralElectionCalendar?
        @Flag(help: "Print as JSON.") var json = false

        func validate() throws { _ = try overrides() }

        /// `--override key=days` as offsets.
        func overrides() throws -> [DeadlineKey: Int] {
            var offsets: [DeadlineKey: Int] = [:]
            for entry in override {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let key = DeadlineKey(rawValue: parts[0]), let days = Int(parts[1]) else {
                    throw ValidationError(
                        "--override takes key=days with a key such as notice_of_poll, got \"\(entry)\"")
                }
                offsets[key] = days
            }
            return offsets
        }

        func run() async throws {
            let request = TimetableRequest(
                kind: kind, nation: nation, pollDate: pollDate, writDate: writDate,
                closeOfNominations: closeOfNominations, declarationDate: declared,
                isGeneralElection: generalElection || (kind == .ukParliament && nation == nil),
                extraExcludedDays: Set(excludeDay),
                overrides: TimetableOverrides(offsets: try overrides(), generalElectionCalendar: geCalendar))
            let timetable = try TimetableEngine.timetable(for: request)
            if json {
                try JSONOutput.print(TimetableJSON(timetable))
            } else {
                print(TimetableText.render(timetable))
            }
        }
    }
}
