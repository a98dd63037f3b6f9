import RosetteCore
import Testing

@testable import Elections

/// What the checklist must hold for one kind of election, per candidates-and-royal-mail.md and
/// finance.md §9.
struct ChecklistCase: Sendable, CustomTestStringConvertible {
    let name: String
    let request: TimetableRequest
    /// Exactly these forms, in any order.
    let forms: Set<FormKind>
    let subscribers: Int?
    /// `nil` when there is no deposit form, or when the deposit form has no amount.
    let depositPence: Int?
    /// Who files the polling and counting agents notice and the spending return.
    let agentWork: Responsible
    /// Forms that must be provisional whatever the timetable says.
    var provisionalForms: Set<FormKind> = []

    var testDescription: String { name }
}

@Suite struct FormsChecklistTests {
    static let nominationSet: Set<FormKind> = [
        .nominationPaper, .consentToNomination, .homeAddressForm, .certificateOfAuthorisation, .emblemRequest,
    ]

    static let cases: [ChecklistCase] = [
        ChecklistCase(
            name: "UKP by-election, Runcorn & Helsby 2025",
            request: TimetableRequest(
                kind: .ukParliament, nation: .england, pollDate: day("2025-05-01"), closeOfNominations: day("2025-04-02")),
            forms: nominationSet.union([
                .deposit, .electionAgentNotice, .postalVotingAgents, .pollingCountingAgents, .spendingReturn,
                .candidateDeclaration,
            ]),
            subscribers: 10, depositPence: 50_000, agentWork: .agent),
        ChecklistCase(
            name: "UKP general election 2024",
            request: TimetableRequest(kind: .ukParliament, pollDate: day("2024-07-04")),
            forms: nominationSet.union([
                .deposit, .electionAgentNotice, .postalVotingAgents, .pollingCountingAgents, .spendingReturn,
                .candidateDeclaration,
            ]),
            subscribers: 10, depositPence: 50_000, agentWork: .agent),
        ChecklistCase(
            name: "English principal council 2025: 2 subscribers, no deposit",
            request: TimetableRequest(kind: .local, nation: .england, pollDate: day("2025-05-01")),
            forms: nominationSet.union([
                .electionAgentNotice, .postalVotingAgents, .pollingCountingAgents, .spendingReturn, .candidateDeclaration,
            ]),
            subscribers: 2, depositPence: nil, agentWork: .agent),
        ChecklistCase(
            name: "English principal council 2019: 10 subscribers before the 2021 change (secondary source)",
            request: TimetableRequest(kind: .local, nation: .england, pollDate: day("2019-05-02")),
            forms: nominationSet.union([
                .electionAgentNotice, .postalVotingAgents, .pollingCountingAgents, .spendingReturn, .candidateDeclaration,
            ]),
            subscribers: 10, depositPence: nil, agentWork: .agent, provisionalForms: [.nominationPaper]),
        ChecklistCase(
            name: "English parish 2025: no agents, no deposit, candidate files the return",
            request: TimetableRequest(kind: .parish, nation: .england, pollDate: day("2025-02-13")),
            forms: nominationSet.union([.postalVotingAgents, .pollingCountingAgents, .spendingReturn]),
            subscribers: 2, depositPence: nil, agentWork: .candidate),
        ChecklistCase(
            name: "Mayor 2025: 30 subscribers, £500, booklet address",
            request: TimetableRequest(kind: .mayor, pollDate: day("2025-05-01")),
            forms: nominationSet.union([
                .deposit, .electionAddress, .electionAgentNotice, .postalVotingAgents, .pollingCountingAgents,
                .spendingReturn, .candidateDeclaration,
            ]),
            subscribers: 30, depositPence: 50_000, agentWork: .agent,
            provisionalForms: [.nominationPaper, .deposit]),
        ChecklistCase(
            name: "PCC 2024: 100 subscribers, £5,000 (secondary), website address",
            request: TimetableRequest(kind: .pcc, nation: .england, pollDate: day("2024-05-02")),
            forms: nominationSet.union([
                .deposit, .electionAddress, .electionAgentNotice, .postalVotingAgents, .pollingCountingAgents,
                .spendingReturn, .candidateDeclaration,
            ]),
            subscribers: 100, depositPence: 500_000, agentWork: .agent, provisionalForms: [.deposit, .electionAddress]),
        ChecklistCase(
            name: "Senedd 2026: numbers not in the notes, so provisional",
            request: TimetableRequest(kind: .senedd, pollDate: day("2026-05-07")),
            forms: nominationSet.union([
                .deposit, .electionAgentNotice, .postalVotingAgents, .pollingCountingAgents, .spendingReturn,
                .candidateDeclaration,
            ]),
            subscribers: nil, depositPence: nil, agentWork: .agent, provisionalForms: [.nominationPaper, .deposit]),
    ]

    @Test(arguments: cases)
    func formsNumbersAndResponsibility(_ test: ChecklistCase) throws {
        let timetable = try TimetableEngine.timetable(for: test.request)
        let forms = FormsChecklist.requirements(for: timetable)
        #expect(Set(forms.map(\.kind)) == test.forms)
        #expect(forms.count == test.forms.count, "no form listed twice")
        #expect(forms.first { $0.kind == .nominationPaper }?.subscribersRequired == test.subscribers)
        #expect(forms.first { $0.kind == .deposit }?.depositPence == test.depositPence)
        #expect(forms.filter { $0.kind != .deposit }.allSatisfy { $0.depositPence == nil })
        #expect(forms.filter { $0.kind != .nominationPaper }.allSatisfy { $0.subscribersRequired == nil })
        #expect(forms.first { $0.kind == .pollingCountingAgents }?.responsible == test.agentWork)
        #expect(forms.first { $0.kind == .spendingReturn }?.responsible == test.agentWork)
        #expect(forms.first { $0.kind == .certificateOfAuthorisation }?.responsible == .nominatingOfficer)
        #expect(forms.first { $0.kind == .nominationPaper }?.responsible == .candidate)
        for kind in test.provisionalForms {
            let form = forms.first { $0.kind == kind }
            #expect(form?.provisional == true, "\(kind.rawValue) should be provisional")
            #expect(form?.provisionalReasons.isEmpty == false)
        }
    }

    @Test(arguments: cases)
    func dueDatesAreTheTimetableDeadlines(_ test: ChecklistCase) throws {
        let timetable = try TimetableEngine.timetable(for: test.request)
        for form in FormsChecklist.requirements(for: timetable) {
            let anchor = try #require(form.anchor, "\(form.kind.rawValue) hangs on a deadline")
            let deadline = try #require(timetable[anchor])
            #expect(form.dueDate == deadline.date, "\(form.kind.rawValue)")
            #expect(form.dueTime == deadline.time, "\(form.kind.rawValue)")
            if deadline.provisional { #expect(form.provisional, "\(form.kind.rawValue) inherits provisional") }
            #expect(!form.source.isEmpty && !form.note.isEmpty && !form.title.isEmpty)
        }
    }

    @Test(arguments: cases)
    func sortedByDateThenLegalOrder(_ test: ChecklistCase) throws {
        let forms = FormsChecklist.requirements(for: try TimetableEngine.timetable(for: test.request))
        for (a, b) in zip(forms, forms.dropFirst()) {
            #expect(a.dueDate <= b.dueDate)
            if a.dueDate == b.dueDate, a.dueTime == b.dueTime { #expect(a.kind.rank < b.kind.rank) }
        }
    }

    @Test func runcornFormsFallOnPublishedDates() throws {
        let forms = FormsChecklist.requirements(
            for: try TimetableEngine.timetable(for: Self.cases[0].request))
        let due = Dictionary(forms.map { ($0.kind, $0.dueDate.iso) }, uniquingKeysWith: { a, _ in a })
        // Halton BC 2025: nominations 2 Apr 4pm, postal 14 Apr, agents 24 Apr (P − 5 wd).
        #expect(due[.nominationPaper] == "2025-04-02")
        #expect(due[.deposit] == "2025-04-02")
        #expect(due[.electionAgentNotice] == "2025-04-02")
        #expect(due[.postalVotingAgents] == "2025-04-14")
        #expect(due[.pollingCountingAgents] == "2025-04-24")
        #expect(forms.first?.kind == .nominationPaper)
        #expect(forms.first?.dueTime == "16:00")
        #expect(forms.first { $0.kind == .postalVotingAgents }?.provisional == true, "a planning date only")
        #expect(forms.first { $0.kind == .nominationPaper }?.provisional == false)
    }

    @Test func independentHasNoPartyPapers() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .local, nation: .england, pollDate: day("2025-05-01")))
        let kinds = Set(FormsChecklist.requirements(for: timetable, partyCandidate: false).map(\.kind))
        #expect(!kinds.contains(.certificateOfAuthorisation))
        #expect(!kinds.contains(.emblemRequest))
        #expect(kinds.contains(.nominationPaper))
    }

    @Test func userFiguresReplaceUnconfirmedOnes() throws {
        // A combined-authority mayor: the notes give the local-authority figures, so the user
        // supplies 100 subscribers and a £5,000 deposit.
        let mayor = try TimetableEngine.timetable(for: TimetableRequest(kind: .mayor, pollDate: day("2025-05-01")))
        let forms = FormsChecklist.requirements(
            for: mayor, overrides: ChecklistOverrides(subscribersRequired: 100, depositPence: 500_000))
        let paper = try #require(forms.first { $0.kind == .nominationPaper })
        #expect(paper.subscribersRequired == 100 && !paper.provisional && paper.source.hasPrefix("User override"))
        let deposit = try #require(forms.first { $0.kind == .deposit })
        #expect(deposit.depositPence == 500_000 && !deposit.provisional && deposit.title == "Deposit of £5,000.00")

        // An election the notes do not cover: the user says there is no deposit.
        let senedd = try TimetableEngine.timetable(for: TimetableRequest(kind: .senedd, pollDate: day("2026-05-07")))
        let seneddForms = FormsChecklist.requirements(
            for: senedd, overrides: ChecklistOverrides(subscribersRequired: 3, depositPence: 0))
        #expect(!seneddForms.contains { $0.kind == .deposit })
        #expect(seneddForms.first { $0.kind == .nominationPaper }?.subscribersRequired == 3)
    }

    @Test func referendumHasNoCandidateForms() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .referendum, nation: .england, pollDate: day("2025-05-01")))
        #expect(FormsChecklist.requirements(for: timetable).allSatisfy { $0.kind != .nominationPaper })
    }

    @Test(arguments: [
        (FormStatus.toDo, false), (.inProgress, false), (.submitted, true), (.accepted, true), (.rejected, false),
    ])
    func statusDone(_ status: FormStatus, _ done: Bool) {
        #expect(status.isDone == done)
    }

    @Test func rawValuesAreStable() {
        #expect(FormKind.allCases.map(\.rawValue) == [
            "nomination_paper", "consent_to_nomination", "home_address_form", "certificate_of_authorisation",
            "emblem_request", "deposit", "election_agent_notice", "election_address", "postal_voting_agents",
            "polling_counting_agents", "spending_return", "candidate_declaration",
        ])
        #expect(FormStatus.allCases.map(\.rawValue) == ["to-do", "in-progress", "submitted", "accepted", "rejected"])
        #expect(Responsible.allCases.map(\.rawValue) == ["candidate", "agent", "nominating_officer", "party"])
    }

    @Test func amountTablesUseRealDatesAndWholePence() {
        for row in CandidacyAmounts.subscribers + CandidacyAmounts.deposits {
            #expect(row.effectiveFrom.year >= 1983)
            #expect(!row.source.isEmpty)
            #expect(row.kind.validNations.isSuperset(of: row.nations ?? []))
        }
    }
}
