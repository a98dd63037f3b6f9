import ArgumentParser
import Councillors
import RosetteCore
import RosetteStore

/// The human view of a vacancy and its plan.
enum VacancyText {
    static func render(_ report: VacancyReport) -> String {
        let v = report.vacancy
        var lines = [
            "Vacancy \(v.id): \(report.council.details.name), ward \(report.ward?.name ?? "?") "
                + "(councillor \(v.councillorID), \(v.reason.rawValue))",
            "What happens next: \(report.plan.summary)" + (report.plan.provisional ? " [provisional]" : ""),
            "",
        ]
        var table = TextTable("Date", "Step", "Rule")
        for step in report.plan.steps {
            table.append([
                (step.date?.iso ?? "-") + (step.provisional ? " *" : ""), step.title, step.rule,
            ])
        }
        lines.append(table.render())
        if report.plan.steps.contains(where: \.provisional) {
            lines += ["", "* provisional: rests on a rule not yet confirmed (rosette vacancies rules)."]
        }
        if let election = v.electionID {
            lines += ["", "By-election: election \(election) (rosette elections show \(election))."]
        } else if report.plan.allowsElection, let poll = report.plan.suggestedPoll {
            lines += [
                "", "Create the by-election (polling day \(poll) unless you give --poll-date):",
                "  rosette vacancies create-election \(v.id)",
            ]
        }
        return lines.joined(separator: "\n")
    }
}

/// A vacancy for scripts.
struct VacancyJSON: Encodable {
    struct StepJSON: Encodable {
        var title: String
        var date: Nullable<String>
        var rule: String
        var provisional: Bool
    }

    var id: Int64
    var councillor_id: Int64
    var council_id: Int64
    var council: String
    var ward: Nullable<String>
    var reason: String
    var notice_on: String
    var requested_on: Nullable<String>
    var election_id: Nullable<Int64>
    var route: String
    var summary: String
    var provisional: Bool
    var open_questions: [Int]
    var earliest_poll: Nullable<String>
    var latest_poll: Nullable<String>
    var suggested_poll: Nullable<String>
    var steps: [StepJSON]

    init(_ report: VacancyReport) {
        let v = report.vacancy
        id = v.id
        councillor_id = v.councillorID.rawValue
        council_id = v.councilID.rawValue
        council = report.council.details.name
        ward = Nullable(report.ward?.name)
        reason = v.reason.rawValue
        notice_on = v.noticeOn.iso
        requested_on = Nullable(v.requestedOn?.iso)
        election_id = Nullable(v.electionID)
        route = report.plan.route.rawValue
        summary = report.plan.summary
        provisional = report.plan.provisional
        open_questions = report.plan.openQuestions
        earliest_poll = Nullable(report.plan.earliestPoll?.iso)
        latest_poll = Nullable(report.plan.latestPoll?.iso)
        suggested_poll = Nullable(report.plan.suggestedPoll?.iso)
        steps = report.plan.steps.map {
            StepJSON(title: $0.title, date: Nullable($0.date?.iso), rule: $0.rule, provisional: $0.provisional)
        }
    }
}

extension VacanciesCommand {
    struct Rules: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or correct the numbers in the casual-vacancy rules.",
            discussion: """
                Values resting on an unconfirmed source are provisional until the
                party sets them (having checked with the returning officer).
                Example:
                  rosette vacancies rules --set parish_request_working_days=14
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("Set a value (repeatable).", valueName: "key=number")) var set: [String] = []
        @Flag(help: "Print as JSON.") var json = false

        struct RuleJSON: Encodable {
            var key: String
            var value: Int
            var summary: String
            var source: String
            var open_question: Nullable<Int>
            var set_by_party: Bool
            var provisional: Bool
        }

        func validate() throws {
            for entry in set where entry.split(separator: "=").count != 2 || Int(entry.split(separator: "=").last ?? "") == nil {
                throw ValidationError("--set takes key=number, got \"\(entry)\"")
            }
        }

        func run() async throws {
            let settings = SettingsRepository(set.isEmpty ? try store.openExisting() : try store.open())
            for entry in set {
                let parts = entry.split(separator: "=")
                try settings.setVacancyRuleValue(String(parts[0]), to: Int(parts[1]) ?? 0)
            }
            let entries = try settings.vacancyRuleValues().entries
            if json {
                return try JSONOutput.print(entries.map {
                    RuleJSON(
                        key: $0.key, value: $0.value, summary: $0.summary, source: $0.source,
                        open_question: Nullable($0.openQuestion), set_by_party: $0.overridden, provisional: $0.isProvisional)
                })
            }
            var table = TextTable("Key", "Value", "Meaning", "Status")
            for e in entries {
                let status = e.isProvisional ? "provisional (open question \(e.openQuestion ?? 0))" : e.overridden ? "set by the party" : "confirmed"
                table.append([e.key, "\(e.value)", e.summary, status])
            }
            print(table.render())
        }
    }
}
