import RosetteCore

/// Things the user should check before relying on a timetable.
extension TimetablePlan {
    func warnings(for deadlines: [Deadline]) -> [String] {
        var warnings: [String] = []
        if let problem = holidays.loadProblem {
            warnings.append("The shipped bank-holiday list could not be read (\(problem)); every year is generated.")
        }
        if poll.weekday != .thursday {
            warnings.append(
                "Polling day \(poll.iso) is a \(poll.weekday.rawValue.prefix(1).uppercased() + poll.weekday.rawValue.dropFirst()); UK polls are normally on a Thursday, so check the date.")
        }
        if let excluded = calendars(.timetable).exclusion(on: poll) {
            warnings.append("Polling day \(poll.iso) is not a working day (\(excluded.reason)).")
        }
        if beforeModelledRules {
            warnings.append(
                "Polling day \(poll.iso) is before \(RuleDates.modelledFrom.iso); offsets and times may have differed then (e.g. nominations closed at noon before SI 2014/494).")
        }
        let years = Set(deadlines.map(\.date.year)).union([poll.year]).sorted()
        let generated = years.filter { holidays.isGenerated(year: $0) }
        if !generated.isEmpty {
            let list = generated.map(String.init).joined(separator: ", ")
            warnings.append(
                "Bank holidays for \(list) are generated from the recurring rules, not the published list: add any one-off holiday or day of mourning as an extra excluded day.")
        }
        if isGeneralElection && nation == nil {
            warnings.append(
                "This is the Great Britain timetable: in Northern Ireland postal and proxy applications close 14 working days before the poll and there is no Voter Authority Certificate.")
        }
        if isByElection && !closeGiven {
            warnings.append(
                "Close of nominations is assumed to be 19 working days before the poll; the returning officer may fix 17 or 18, so enter the date from the notice of election.")
        }
        if isByElection, let earliest = deadlines.first(where: { $0.key == .earliestPoll })?.date,
            let latest = deadlines.first(where: { $0.key == .latestPoll })?.date, poll < earliest || poll > latest
        {
            warnings.append(
                "Polling day \(poll.iso) is outside the legal window for this by-election (\(earliest.iso) to \(latest.iso)).")
        }
        // An override is for entering the returning officer's date where Rosette's rule is
        // uncertain; one that replaces a confirmed rule is said out loud, so a typo cannot pass
        // silently as law.
        for applied in rules where applied.overridden && applied.rule.confirmed {
            warnings.append(
                "You replaced the confirmed rule for \(applied.key.rawValue) (\(applied.rule.source)); make sure the returning officer's notice says the same.")
        }
        let order = deadlines.filter { [.closeOfNominations, .sopnPublication, .noticeOfPoll, .poll].contains($0.key) }
        if zip(order, order.dropFirst()).contains(where: { $0.date > $1.date }) {
            warnings.append(
                "The deadlines are out of their legal order (close of nominations, statement of persons nominated, notice of poll, poll): check the overrides.")
        }
        if request.declarationDate == nil && deadlines.contains(where: { $0.key == .spendingReturn })
            && kind != .parish
        {
            warnings.append(
                "The result is assumed to be declared on polling day; spending deadlines move later if it is declared later.")
        }
        if deadlines.contains(where: { $0.provisionalReasons.contains { $0.contains("general election") } }) {
            warnings.append(
                "Which bank holidays count at a general election is unconfirmed (open-questions.md item 1); dates marked provisional differ between the two readings.")
        }
        if deadlines.contains(where: { $0.provisionalReasons.contains { $0.contains("Christmas Eve") } }) {
            warnings.append(
                "Whether Christmas Eve counts as a working day in a Scottish council timetable is unconfirmed; Rosette gives the earlier date, and the returning officer's may be a working day later (Bearsden South, 2025). Check the notice of election, and override the offset to match it.")
        }
        return warnings
    }
}
