import Foundation
public import RosetteCore

/// Progress recorded on one checklist item.
public struct FormProgress: Sendable, Equatable {
    public var status: FormStatus
    /// Who is doing it, as the steering group names them.
    public var assignee: String?
    public var note: String?

    public init(status: FormStatus, assignee: String? = nil, note: String? = nil) {
        self.status = status
        self.assignee = assignee
        self.note = note
    }
}

/// One item of an election's forms checklist: what the law requires, and how far it has got.
public struct ChecklistItem: Sendable, Hashable {
    public var requirement: FormRequirement
    public var status: FormStatus
    /// The assignee if one was named, else who the law makes responsible (the candidate,
    /// the agent, the nominating officer), named where the election says who that is.
    public var responsible: String
    public var note: String?
}

/// Everything the steering group needs about one election, derived from its stored facts:
/// the timetable, the forms checklist with progress, the subscriber traps and the mail plan.
public struct ElectionDossier: Sendable {
    public let election: PartyElection
    public let timetable: Timetable
    public let checklist: [ChecklistItem]
    public let subscriberWarnings: [SubscriberWarning]
    public let mailPlan: MailPlan

    /// Builds the dossier. Pure: the caller passes what storage holds.
    public static func assemble(
        _ election: PartyElection, extraExcludedDays: Set<CalendarDate> = [],
        progress: [FormKind: FormProgress] = [:], subscribers: [Subscriber] = [],
        otherPapers: [String: [String]] = [:], leadTimes: MailLeadTimes = .defaults,
        holidays: BankHolidays = .shipped
    ) throws -> ElectionDossier {
        let details = election.details
        let timetable = try TimetableEngine.timetable(
            for: details.timetableRequest(extraExcludedDays: extraExcludedDays), holidays: holidays)
        let requirements = FormsChecklist.requirements(for: timetable)
        let checklist = requirements.map { requirement in
            let recorded = progress[requirement.kind]
            return ChecklistItem(
                requirement: requirement, status: recorded?.status ?? .toDo,
                responsible: recorded?.assignee ?? responsibleLabel(requirement.responsible, details),
                note: recorded?.note)
        }
        let required = requirements.first { $0.kind == .nominationPaper }?.subscribersRequired ?? 0
        let warnings = required > 0 || !subscribers.isEmpty
            ? NominationChecks.warnings(
                subscribers: subscribers, required: required, otherPapers: otherPapers,
                description: details.paperDescription, certificateDescription: details.authorisedDescription)
            : []
        let mailPlan = MailPlanner.plan(
            for: timetable, postalVoteDispatch: details.postalVoteDispatch, option: details.mailOption,
            leadTimes: leadTimes)
        return ElectionDossier(
            election: election, timetable: timetable, checklist: checklist, subscriberWarnings: warnings,
            mailPlan: mailPlan)
    }

    /// The checklist requirements alone, for checking a form name before recording progress.
    public static func requirements(
        for election: PartyElection, extraExcludedDays: Set<CalendarDate> = []
    ) throws -> [FormRequirement] {
        FormsChecklist.requirements(
            for: try TimetableEngine.timetable(
                for: election.details.timetableRequest(extraExcludedDays: extraExcludedDays)))
    }

    static func responsibleLabel(_ responsible: Responsible, _ details: PartyElectionDetails) -> String {
        switch responsible {
        case .candidate: return details.candidate.map { "candidate (\($0.label))" } ?? "candidate"
        case .agent: return details.agent.map { "agent (\($0.label))" } ?? "agent"
        case .nominatingOfficer:
            return details.nominatingOfficer.map { "nominating officer (member \($0))" } ?? "nominating officer"
        default: return responsible.rawValue.replacingOccurrences(of: "_", with: " ")
        }
    }

    /// Every dated item of this election for the deadline board: timetable deadlines, forms
    /// and mail steps. A cancelled election has none.
    public var boardItems: [BoardItem] {
        election.cancelledOn == nil ? allItems : []
    }

    /// Every dated item, whether or not the election was cancelled (a calendar export sends a
    /// cancelled election's events as cancelled).
    public var allItems: [BoardItem] {
        let id = election.id.rawValue
        let name = election.details.name
        let nation = election.details.nation
        // A deadline that is itself one of the forms (the agent notice, the spending return...)
        // shows once, as the form, which carries who is doing it and its status.
        let formAnchors = Set(checklist.compactMap(\.requirement.anchor))
        let sameActAsAForm: Set<DeadlineKey> = [
            .electionAgentAppointment, .pollingAndCountingAgents, .spendingReturn, .candidateDeclaration,
        ]
        let deadlines = timetable.deadlines.filter { !(sameActAsAForm.contains($0.key) && formAnchors.contains($0.key)) }
        var items = deadlines.map { deadline in
            BoardItem(
                electionID: id, electionName: name, source: .timetable, key: deadline.key.rawValue,
                title: deadline.title, date: deadline.date, time: deadline.time, responsible: nil, status: nil,
                done: false, provisional: deadline.provisional, nation: nation)
        }
        items += checklist.map { item in
            BoardItem(
                electionID: id, electionName: name, source: .form, key: item.requirement.kind.rawValue,
                title: item.requirement.title, date: item.requirement.dueDate, time: item.requirement.dueTime,
                responsible: item.responsible, status: item.status.rawValue, done: item.status.isDone,
                provisional: item.requirement.provisional, nation: nation)
        }
        items += mailPlan.steps.map { step in
            BoardItem(
                electionID: id, electionName: name, source: .mail, key: step.key, title: step.title,
                date: step.date, time: nil, responsible: nil, status: nil, done: false,
                provisional: step.provisional, nation: nation)
        }
        return items
    }
}
