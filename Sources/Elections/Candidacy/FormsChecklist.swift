import RosetteCore

/// The steering group's forms checklist: every form a candidate, agent or nominating officer must
/// file for one election, dated from its statutory timetable.
///
/// Which forms exist follows the timetable: nomination forms only where the timetable has a close
/// of nominations (a referendum has none), the election-agent notice only where it has an
/// election-agent deadline (parish and community councils have no agents), and so on. Numbers —
/// subscribers and deposits — come from `CandidacyAmounts`, a data table with effective dates and
/// sources (candidates-and-royal-mail.md §1.1, §2; finance.md §9).
public enum FormsChecklist {
    /// The forms for the election `timetable` describes, sorted by due date, then due time, then
    /// legal order.
    ///
    /// - Parameter partyCandidate: the candidate stands for a registered party, so the checklist
    ///   includes the nominating officer's certificate of authorisation and the emblem request.
    ///   Independents have neither (candidates-and-royal-mail.md §2.1 rows 4–5). Rosette is party
    ///   software, so this defaults to `true`.
    /// - Parameter overrides: the user's subscriber count or deposit, replacing an unconfirmed or
    ///   missing figure (the requirement then carries the user's number and is not provisional on
    ///   that account).
    public static func requirements(
        for timetable: Timetable, partyCandidate: Bool = true, overrides: ChecklistOverrides = ChecklistOverrides()
    ) -> [FormRequirement] {
        var forms: [FormRequirement] = []
        let hasAgents = timetable[.electionAgentAppointment] != nil
        let agentOrCandidate: Responsible = hasAgents ? .agent : .candidate

        if let close = timetable[.closeOfNominations] {
            forms += nominationForms(timetable, close: close, partyCandidate: partyCandidate, overrides: overrides)
            if let postal = timetable[.postalVoteApplication] {
                forms.append(
                    requirement(
                        .postalVotingAgents, "Postal voting agents (before the first opening session)", agentOrCandidate,
                        postal, note: FormNotes.postalVotingAgents, source: FormNotes.postalVotingAgentsSource,
                        reasons: [FormNotes.postalVotingAgentsPlanningDate]))
            }
        }
        if let agent = timetable[.electionAgentAppointment] {
            forms.append(
                requirement(
                    .electionAgentNotice, "Notice of appointment of election agent", .candidate, agent,
                    note: FormNotes.electionAgent, source: FormNotes.electionAgentSource))
        }
        if let agents = timetable[.pollingAndCountingAgents] {
            forms.append(
                requirement(
                    .pollingCountingAgents, "Notice of polling and counting agents", agentOrCandidate, agents,
                    note: FormNotes.pollingAgents, source: agents.source))
        }
        if let spending = timetable[.spendingReturn] {
            forms.append(
                requirement(
                    .spendingReturn, hasAgents ? "Spending return and election agent's declaration" : "Spending return",
                    agentOrCandidate, spending, note: hasAgents ? FormNotes.spendingReturn : FormNotes.parishSpendingReturn,
                    source: spending.source))
        }
        if let declaration = timetable[.candidateDeclaration] {
            forms.append(
                requirement(
                    .candidateDeclaration, "Candidate's declaration on spending", .candidate, declaration,
                    note: FormNotes.candidateDeclaration, source: declaration.source))
        }
        return forms.sorted(by: precedes)
    }

    /// Everything due at close of nominations: nomination paper, consent, home address, party
    /// papers, deposit and the election address where the law has one.
    private static func nominationForms(
        _ timetable: Timetable, close: Deadline, partyCandidate: Bool, overrides: ChecklistOverrides
    ) -> [FormRequirement] {
        let kind = timetable.kind
        let nation = timetable.nation
        let poll = timetable.pollDate
        var forms: [FormRequirement] = []

        let subscribers = CandidacyAmount.lookup(CandidacyAmounts.subscribers, kind: kind, nation: nation, poll: poll)
            .override(overrides.subscribersRequired)
        let count = subscribers?.value
        forms.append(
            requirement(
                .nominationPaper, count.map { "Nomination paper (\($0) subscribers)" } ?? "Nomination paper",
                .candidate, close, note: FormNotes.nominationPaper(subscribers: count, kind: kind),
                source: subscribers?.source ?? FormNotes.unknownSource,
                reasons: subscribers.map { $0.confirmed ? [] : [FormNotes.unconfirmed($0.source)] }
                    ?? [FormNotes.unknownSubscribers(kind)],
                subscribers: count))
        forms.append(
            requirement(
                .consentToNomination, "Consent to nomination (signed and witnessed)", .candidate, close,
                note: FormNotes.consent, source: FormNotes.nominationFormsSource))
        forms.append(
            requirement(
                .homeAddressForm, "Home address form", .candidate, close, note: FormNotes.homeAddress,
                source: FormNotes.nominationFormsSource))
        if partyCandidate {
            forms.append(
                requirement(
                    .certificateOfAuthorisation, "Certificate of authorisation (party name and description)",
                    .nominatingOfficer, close, note: FormNotes.certificate, source: FormNotes.nominationFormsSource))
            forms.append(
                requirement(
                    .emblemRequest, "Emblem request", .candidate, close, note: FormNotes.emblem,
                    source: FormNotes.nominationFormsSource))
        }
        let deposit = CandidacyAmount.lookup(CandidacyAmounts.deposits, kind: kind, nation: nation, poll: poll)
            .override(overrides.depositPence.flatMap { $0 == 0 ? nil : $0 }, given: overrides.depositPence != nil)
        switch deposit {
        case let row? where row.value == nil:
            break  // the election has no deposit
        case let row?:
            let pence = row.value ?? 0
            forms.append(
                requirement(
                    .deposit, "Deposit of \(Pence(pence))", .candidate, close,
                    note: FormNotes.deposit(kind: kind), source: row.source,
                    reasons: row.confirmed ? [] : [FormNotes.unconfirmed(row.source)], deposit: pence))
        case nil:
            forms.append(
                requirement(
                    .deposit, "Deposit (check whether this election has one)", .candidate, close,
                    note: FormNotes.unknownDeposit, source: FormNotes.unknownSource,
                    reasons: [FormNotes.unknownDepositReason(kind)]))
        }
        if let address = FormNotes.electionAddress(kind: kind) {
            forms.append(
                requirement(
                    .electionAddress, address.title, address.responsible, close, note: address.note,
                    source: address.source, reasons: address.reasons))
        }
        return forms
    }

    /// A requirement due at a deadline, provisional when the deadline is or when `reasons` say so.
    private static func requirement(
        _ kind: FormKind, _ title: String, _ responsible: Responsible, _ deadline: Deadline, note: String,
        source: String, reasons: [String] = [], subscribers: Int? = nil, deposit: Int? = nil
    ) -> FormRequirement {
        FormRequirement(
            kind: kind, title: title, responsible: responsible, dueDate: deadline.date, dueTime: deadline.time,
            anchor: deadline.key, note: note, source: source,
            provisionalReasons: deadline.provisionalReasons + reasons,
            subscribersRequired: subscribers, depositPence: deposit)
    }

    /// Due date, then time (a form with no time sorts after timed ones that day), then legal order.
    private static func precedes(_ a: FormRequirement, _ b: FormRequirement) -> Bool {
        if a.dueDate != b.dueDate { return a.dueDate < b.dueDate }
        let timeA = a.dueTime ?? "99:99"
        let timeB = b.dueTime ?? "99:99"
        if timeA != timeB { return timeA < timeB }
        return a.kind.rank < b.kind.rank
    }
}

extension Optional where Wrapped == CandidacyAmount {
    /// The row with the user's value in place of the table's, confirmed; unchanged when the user
    /// gave none. `given` distinguishes "no deposit" (a `nil` value the user chose) from no override.
    func override(_ value: Int?, given: Bool? = nil) -> CandidacyAmount? {
        guard given ?? (value != nil) else { return self }
        return CandidacyAmount(
            kind: self?.kind ?? .local, nations: self?.nations, effectiveFrom: self?.effectiveFrom ?? CandidacyAmounts.longStanding,
            value: value, source: "User override" + (self.map { " (Rosette's figure: \($0.source))" } ?? ""),
            confirmed: true)
    }
}
