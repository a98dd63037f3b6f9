import Elections
public import RosetteCore

/// Every open obligation in the treasurer's book on a day, soonest first.
///
/// * A donation over the donation threshold with no decision: `return_impermissible` if the
///   donor is an impermissible source, else `permissibility_check`; due 30 days after receipt.
/// * A donation `Reportability` makes reportable: `report`, due on its quarter's report date,
///   until that quarter's report is recorded as filed.
/// * Each quarter from the first donation's (or the current one) to the current one, unfiled:
///   `quarterly_report` (a nil report if nothing is reportable). The exemption after four nil
///   reports in a row is not modelled: file, or record the quarter as filed.
/// * Each calendar year before this one with donations, dues or spending, unfiled:
///   `annual_accounts`, due 30 April, or 7 July when income or spending is over the audit
///   threshold (finance.md §4).
/// * Each election not cancelled whose spending-return form is not done: `spending_return` on the
///   timetable engine's date; each unpaid candidate expense for it: `pay_invoice`, 7 days before
///   the return (claims paid by D+28, return by D+35; RPA 1983 s.78 and s.81).
public enum FinanceCheck {
    public static func obligations(_ book: FinanceBook, today: CalendarDate) -> [Obligation] {
        var result: [Obligation] = []
        let decisionSource = "EC \"What do you do if you receive a donation from an impermissible or unidentifiable source?\" (30 days)"
        for donation in book.donations where donation.decision == nil && book.isOverThreshold(donation) {
            let kind = book.donor(donation.donor)?.details.kind
            if kind == .impermissible {
                result.append(Obligation(
                    kind: .returnImpermissible, dueOn: donation.decisionDue,
                    title: "Return donation \(donation.id) (\(donation.amount)) from donor \(donation.donor), an impermissible source",
                    donation: donation.id, source: decisionSource))
            } else {
                result.append(Obligation(
                    kind: .permissibilityCheck, dueOn: donation.decisionDue,
                    title: "Check donor \(donation.donor) is permissible, then accept or return donation \(donation.id) (\(donation.amount))",
                    donation: donation.id, source: decisionSource))
            }
        }
        let reportSource = "EC \"How to report donations and loans\" (quarterly report, 30 days after the quarter)"
        let reportable = Reportability.evaluate(book.donations, figures: book.figures)
        for (id, entry) in reportable.sorted(by: { $0.key < $1.key }) where !book.isFiled(.quarterly, entry.quarter.description) {
            let what = entry.impermissible ? "returned impermissible donation" : "donation"
            result.append(Obligation(
                kind: .report, dueOn: entry.quarter.reportDue,
                title: "Report \(what) \(id) on the \(entry.quarter) donations report",
                donation: id, period: entry.quarter.description,
                provisional: entry.threshold.map { !$0.confirmed } ?? false, source: reportSource))
        }
        let current = Quarter(containing: today)
        var quarter = book.donations.map { Quarter(containing: $0.received) }.min().map { min($0, current) } ?? current
        while quarter <= current {
            if !book.isFiled(.quarterly, quarter.description) {
                let any = reportable.values.contains { $0.quarter == quarter }
                result.append(Obligation(
                    kind: .quarterlyReport, dueOn: quarter.reportDue,
                    title: "File the \(quarter) donations and loans report" + (any ? "" : " (nil report: form RP10QN)"),
                    period: quarter.description, source: reportSource))
            }
            quarter = quarter.next
        }
        result += annualAccounts(book, today: today)
        result += elections(book)
        return result.sorted { a, b in
            if a.dueOn != b.dueOn { return a.dueOn < b.dueOn }
            let ka = ObligationKind.allCases.firstIndex(of: a.kind) ?? 0
            let kb = ObligationKind.allCases.firstIndex(of: b.kind) ?? 0
            if ka != kb { return ka < kb }
            return (a.donation?.rawValue ?? 0, a.expense?.rawValue ?? 0, a.period ?? "")
                < (b.donation?.rawValue ?? 0, b.expense?.rawValue ?? 0, b.period ?? "")
        }
    }

    static func annualAccounts(_ book: FinanceBook, today: CalendarDate) -> [Obligation] {
        let years = Set(
            book.donations.map(\.received.year) + book.dues.map(\.paidOn.year) + book.expenses.map(\.details.incurred.year))
        return years.filter { $0 < today.year && !book.isFiled(.annual, String($0)) }.sorted().compactMap { year in
            let audit = book.figures.figure(.auditThreshold, on: CalendarDate(year: year, month: 12, day: 31) ?? today)
            let audited = book.income(in: year) > audit.amount || book.spending(in: year) > audit.amount
            guard let due = CalendarDate(year: year + 1, month: audited ? 7 : 4, day: audited ? 7 : 30) else { return nil }
            return Obligation(
                kind: .annualAccounts, dueOn: due,
                title: "Deliver the \(year) statement of accounts" + (audited ? " (audited: over £250,000)" : ""),
                period: String(year), source: "PPERA ss.42-45; EAA 2006 explanatory notes ss.50, 53-54")
        }
    }

    static func elections(_ book: FinanceBook) -> [Obligation] {
        var result: [Obligation] = []
        for election in book.elections where !election.cancelled {
            guard let due = election.spendingReturnDue else { continue }
            if !election.spendingReturnDone {
                result.append(Obligation(
                    kind: .spendingReturn, dueOn: due, title: "Deliver the spending return for \(election.name)",
                    election: election.id, provisional: election.spendingReturnProvisional,
                    source: "RPA 1983 s.81 (35 days after the declaration)"))
            }
            let payBy = election.kind == .parish ? due : due.adding(days: -7)
            for expense in book.expenses where expense.details.election == election.id
                && expense.details.kind == .candidate && expense.details.paid == nil
            {
                result.append(Obligation(
                    kind: .payInvoice, dueOn: payBy,
                    title: "Pay expense \(expense.id) (\(expense.details.amount)) for \(election.name)",
                    election: election.id, expense: expense.id, provisional: election.spendingReturnProvisional,
                    source: "RPA 1983 s.78 (claims paid within 28 days of the declaration)"))
            }
        }
        return result
    }
}
