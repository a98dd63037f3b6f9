public import Elections
public import RosetteCore

/// Works out what happens after a casual vacancy, per tier and nation (timetables.md §3c–§3g):
///
/// * principal council in England or Wales: a by-election if two electors ask the proper officer,
///   polled within 35 working days of the request (LGA 1972 s.89(1); open question 15);
/// * parish or community council: co-option unless ten electors ask within 14 working days of the
///   notice, then a poll within 60 working days of it (s.87 notices; open question 4);
/// * Scottish council: a by-election within three months of the vacancy (Local Government
///   (Scotland) Act 1973 s.37; the returning officer may postpone it under s.37A);
/// * Northern Ireland: believed filled by the party's nominee, not a by-election (open question 7);
/// * none within six months of the ordinary election (LGA 1972 s.89(3); Scotland's detail is open
///   question 6; a parish council co-opts instead, unless more than a third of seats are vacant).
public enum VacancyPlanner {
    public static func plan(
        for vacancy: CasualVacancy, council: CouncilDetails, values: VacancyRuleValues = .defaults,
        today: CalendarDate, holidays: BankHolidays = .shipped
    ) -> VacancyPlan {
        let notice = vacancy.noticeOn
        var steps = [VacancyPlan.Step(
            title: "Notice of the vacancy (\(vacancy.reason.rawValue))", date: notice,
            rule: "the proper officer (or clerk) gives public notice of the vacancy", provisional: false)]
        if council.nation == .northernIreland {
            steps.append(.init(
                title: "The party the councillor stood for nominates a successor", date: nil,
                rule: "NI council casual vacancies are believed filled by party co-option, not a by-election "
                    + "(UNCONFIRMED: open question 7)", provisional: true))
            return VacancyPlan(
                route: .partyCoOption, summary: "filled by the party's nominee; no by-election (provisional)",
                steps: steps, electionKind: nil, openQuestions: [7])
        }
        if council.tier == .combinedAuthority {
            steps.append(.init(
                title: "Ask the combined authority's monitoring officer", date: nil,
                rule: "Rosette has no rule for a vacancy on a combined authority", provisional: true))
            return VacancyPlan(
                route: .unknown, summary: "no rule in Rosette for this council; ask its monitoring officer",
                steps: steps, electionKind: nil, openQuestions: [])
        }
        if let waiting = ordinaryElectionStep(vacancy, council: council, values: values) {
            steps.append(waiting.step)
            if waiting.applies {
                let parish = council.tier == .parish
                return VacancyPlan(
                    route: parish ? .coOption : .noByElection,
                    summary: parish
                        ? "within six months of the ordinary election: the council may co-opt (provisional)"
                        : "within six months of the ordinary election: no by-election; the seat waits for it",
                    steps: steps, electionKind: nil,
                    openQuestions: parish ? [4] : council.nation == .scotland ? [6] : [])
            }
        }
        let calendar = WorkingDayCalendar(
            holidays: holidays, regions: [council.nation.bankHolidayRegion],
            excludesEasterMonday: council.nation == .scotland)
        var plan: VacancyPlan
        switch (council.tier, council.nation) {
        case (.parish, _):
            plan = parish(vacancy, values: values, today: today, calendar: calendar, steps: steps)
        case (_, .scotland):
            plan = scotland(vacancy, values: values, calendar: calendar, steps: steps)
        default:
            plan = principal(vacancy, values: values, calendar: calendar, steps: steps)
        }
        plan.electionKind = council.tier.electionKind
        plan.suggestedPoll = suggestedPoll(plan.earliestPoll, plan.latestPoll, calendar: calendar)
        return plan
    }

    /// The six-month rule's step, and whether it stops a by-election.
    static func ordinaryElectionStep(
        _ vacancy: CasualVacancy, council: CouncilDetails, values: VacancyRuleValues
    ) -> (step: VacancyPlan.Step, applies: Bool)? {
        let months = values.value("ordinary_election_months")
        let scotland = council.nation == .scotland
        let unconfirmed = scotland || council.tier == .parish
        guard let next = council.nextOrdinaryElection else {
            return (
                .init(
                    title: "Next ordinary election not recorded", date: nil,
                    rule: "no by-election within \(months) months of it; record it with "
                        + "rosette councils edit --next-election so Rosette can check", provisional: true),
                false)
        }
        let cutoff = next.adding(months: -months)
        let applies = vacancy.noticeOn >= cutoff && vacancy.noticeOn < next
        guard applies || vacancy.noticeOn < next else { return nil }
        return (
            .init(
                title: applies ? "No by-election: the ordinary election is near" : "Ordinary election",
                date: next,
                rule: "no by-election for a vacancy within \(months) months before the ordinary election"
                    + (unconfirmed ? " (detail UNCONFIRMED: open question \(scotland ? 6 : 4))" : " (LGA 1972 s.89(3))"),
                provisional: applies && unconfirmed),
            applies)
    }

    /// The latest Thursday in the window that counts as a working day.
    static func suggestedPoll(
        _ earliest: CalendarDate?, _ latest: CalendarDate?, calendar: WorkingDayCalendar
    ) -> CalendarDate? {
        guard let latest else { return nil }
        var day = latest
        while day.weekday != .thursday || !calendar.isWorkingDay(day) { day = day.adding(days: -1) }
        if let earliest, day < earliest { return latest }
        return day
    }
}
