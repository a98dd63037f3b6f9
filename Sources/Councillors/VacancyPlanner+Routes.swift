import Elections
import RosetteCore

extension VacancyPlanner {
    /// England and Wales principal councils: LGA 1972 s.89.
    static func principal(
        _ vacancy: CasualVacancy, values: VacancyRuleValues, calendar: WorkingDayCalendar,
        steps: [VacancyPlan.Step]
    ) -> VacancyPlan {
        var steps = steps
        let electors = values.value("principal_electors")
        let pollDays = values.entry("principal_poll_working_days")
        let noticeDays = values.value("notice_of_election_working_days")
        let trigger = vacancy.requestedOn ?? vacancy.noticeOn
        let requested = vacancy.requestedOn != nil
        steps.append(.init(
            title: requested
                ? "\(electors) electors asked for an election"
                : "A by-election is held if \(electors) electors ask the proper officer",
            date: vacancy.requestedOn, rule: "LGA 1972 s.89(1)(b)", provisional: false))
        let earliest = calendar.workingDays(noticeDays, after: trigger)
        let latest = calendar.workingDays(pollDays?.value ?? 35, after: trigger)
        steps.append(.init(
            title: "Earliest polling day (notice of election \(noticeDays) working days before)",
            date: earliest.date, rule: "if the notice of election is published on \(trigger)",
            provisional: earliest.provisional))
        steps.append(.init(
            title: requested ? "Latest polling day" : "Latest polling day, if electors ask on \(trigger)",
            date: latest.date,
            rule: "within \(pollDays?.value ?? 35) working days of the request, "
                + (pollDays?.source ?? "") + ((pollDays?.isProvisional ?? false) ? " (UNCONFIRMED: open question 15)" : ""),
            provisional: latest.provisional || (pollDays?.isProvisional ?? false)))
        return VacancyPlan(
            route: requested ? .byElection : .byElectionIfRequested,
            summary: requested
                ? "by-election: poll by \(latest.date)"
                : "by-election if \(electors) electors ask; poll within \(pollDays?.value ?? 35) working days of the request",
            steps: steps, electionKind: nil, earliestPoll: earliest.date, latestPoll: latest.date,
            openQuestions: (pollDays?.isProvisional ?? false) ? [15] : [])
    }

    /// Parish and community councils: co-option unless electors ask (s.87 notices).
    static func parish(
        _ vacancy: CasualVacancy, values: VacancyRuleValues, today: CalendarDate, calendar: WorkingDayCalendar,
        steps: [VacancyPlan.Step]
    ) -> VacancyPlan {
        var steps = steps
        let electors = values.entry("parish_electors")
        let window = values.entry("parish_request_working_days")
        let poll = values.entry("parish_poll_working_days")
        let unconfirmed = [electors, window, poll].contains { $0?.isProvisional ?? false }
        let flag = unconfirmed ? " (UNCONFIRMED: open question 4)" : ""
        let deadline = calendar.workingDays(window?.value ?? 14, after: vacancy.noticeOn)
        steps.append(.init(
            title: "Last day for \(electors?.value ?? 10) electors to ask the returning officer for an election",
            date: deadline.date, rule: "\(window?.value ?? 14) working days after the notice" + flag,
            provisional: unconfirmed || deadline.provisional))
        let latest = calendar.workingDays(poll?.value ?? 60, after: vacancy.noticeOn)
        if let requested = vacancy.requestedOn, requested <= deadline.date {
            let earliest = calendar.workingDays(values.value("notice_of_election_working_days"), after: requested)
            steps.append(.init(
                title: "Electors asked for an election", date: requested, rule: "in time", provisional: false))
            steps.append(.init(
                title: "Latest polling day", date: latest.date,
                rule: "within \(poll?.value ?? 60) working days of the notice" + flag,
                provisional: unconfirmed || latest.provisional))
            return VacancyPlan(
                route: .byElection, summary: "parish by-election: poll by \(latest.date)", steps: steps,
                electionKind: nil, earliestPoll: earliest.date, latestPoll: latest.date,
                openQuestions: unconfirmed ? [4] : [])
        }
        if vacancy.requestedOn != nil || today > deadline.date {
            steps.append(.init(
                title: "The council co-opts a councillor", date: nil,
                rule: vacancy.requestedOn == nil ? "no request by the deadline" : "the request came after the deadline",
                provisional: unconfirmed))
            return VacancyPlan(
                route: .coOption, summary: "no election requested in time: the council co-opts", steps: steps,
                electionKind: nil, openQuestions: unconfirmed ? [4] : [])
        }
        steps.append(.init(
            title: "Latest polling day, if electors ask", date: latest.date,
            rule: "within \(poll?.value ?? 60) working days of the notice" + flag,
            provisional: unconfirmed || latest.provisional))
        let earliest = calendar.workingDays(values.value("notice_of_election_working_days"), after: vacancy.noticeOn)
        return VacancyPlan(
            route: .coOptionUnlessRequested,
            summary: "co-option unless \(electors?.value ?? 10) electors ask by \(deadline.date)", steps: steps,
            electionKind: nil, earliestPoll: earliest.date, latestPoll: latest.date,
            openQuestions: unconfirmed ? [4] : [])
    }

    /// Scottish councils: Local Government (Scotland) Act 1973 s.37 and s.37A.
    static func scotland(
        _ vacancy: CasualVacancy, values: VacancyRuleValues, calendar: WorkingDayCalendar,
        steps: [VacancyPlan.Step]
    ) -> VacancyPlan {
        var steps = steps
        let months = values.value("scotland_poll_months")
        let notice = values.entry("scotland_notice_working_days")
        let latest = vacancy.noticeOn.adding(months: months)
        let earliest = calendar.workingDays(notice?.value ?? 28, after: vacancy.noticeOn)
        steps.append(.init(
            title: "Earliest polling day (notice of election \(notice?.value ?? 28) working days before)",
            date: earliest.date, rule: (notice?.source ?? "") + ((notice?.isProvisional ?? false) ? " (UNCONFIRMED: open question 5)" : ""),
            provisional: earliest.provisional || (notice?.isProvisional ?? false)))
        steps.append(.init(
            title: "Latest polling day", date: latest,
            rule: "within \(months) months of the vacancy (1973 Act s.37); the returning officer may postpone "
                + "by up to 3 months under s.37A", provisional: false))
        return VacancyPlan(
            route: .byElection, summary: "by-election: poll by \(latest)", steps: steps, electionKind: nil,
            earliestPoll: earliest.date, latestPoll: latest,
            openQuestions: (notice?.isProvisional ?? false) ? [5] : [])
    }
}
