import RosetteCore
public import Elections

/// Income, spending and the year's figures for the statement of accounts.
public enum AccountsReports {
    static func month(_ day: CalendarDate) -> String { String(day.iso.prefix(7)) }

    static func months(of year: Int) -> [String] {
        (1...12).map { "\(year)-" + ($0 < 10 ? "0" : "") + String($0) }
    }

    /// Membership income by month and branch, from the members module's dues payments.
    public static func membership(_ book: FinanceBook, year: Int) -> FinanceReport {
        var report = FinanceReport(
            key: "membership", title: "Membership income \(year), by month and branch",
            form: "Membership subscriptions: income in the statement of accounts (PPERA s.42; EC accounts templates)",
            period: String(year),
            columns: [
                ReportColumn("month", "Month"), ReportColumn("branch", "Branch"), ReportColumn("payments", "Payments"),
                ReportColumn("amount_pence", "Amount (£)"),
            ], chartTitle: "Membership income by month")
        let paid = book.dues.filter { $0.paidOn.year == year }
        struct Key: Hashable, Comparable {
            let month: String
            let branch: String
            static func < (a: Key, b: Key) -> Bool { (a.month, a.branch) < (b.month, b.branch) }
        }
        var groups: [Key: (Int, Pence)] = [:]
        for payment in paid {
            let key = Key(month: month(payment.paidOn), branch: payment.branch ?? "(no branch)")
            let sum = groups[key] ?? (0, .zero)
            groups[key] = (sum.0 + 1, sum.1 + payment.amount)
        }
        for (key, value) in groups.sorted(by: { $0.key < $1.key }) {
            report.rows.append([.text(key.month), .text(key.branch), .count(value.0), .pence(value.1)])
        }
        report.chart = months(of: year).map { label in
            ChartBar(label: label, value: paid.filter { month($0.paidOn) == label }.reduce(.zero) { $0 + $1.amount })
        }
        report.notes.append("Total \(paid.reduce(Pence.zero) { $0 + $1.amount }) from \(paid.count) payments.")
        return report
    }

    /// Candidate spending at each election against its limit, with warnings as it approaches.
    public static func spending(_ book: FinanceBook, only: [ElectionID] = []) -> FinanceReport {
        var report = FinanceReport(
            key: "spending", title: "Candidate spending against the limit",
            form: "Totals of the candidate's spending return (EC candidate spending return forms; RPA 1983 ss.76, 81)",
            period: nil,
            columns: [
                ReportColumn("election_id", "Election"), ReportColumn("election", "Name"), ReportColumn("poll_date", "Poll"),
                ReportColumn("electorate", "Electors"), ReportColumn("limit_pence", "Limit (£)"),
                ReportColumn("spent_pence", "Spent (£)"), ReportColumn("unpaid_pence", "Unpaid (£)"),
                ReportColumn("remaining_pence", "Remaining (£)"), ReportColumn("status", "Status"),
                ReportColumn("return_due", "Return due"), ReportColumn("limit_basis", "Limit basis"),
                ReportColumn("provisional", "Provisional"),
            ], chartTitle: "Spending against the limit")
        for election in book.elections where !election.cancelled && (only.isEmpty || only.contains(election.id)) {
            let limit = SpendingLimits.limit(for: election)
            let spent = book.spentAgainstLimit(election.id)
            let unpaid = book.expenses.filter {
                $0.details.election == election.id && $0.details.countsAgainstLimit && $0.details.paid == nil
            }.reduce(Pence.zero) { $0 + $1.details.amount }
            let status = SpendingLimits.status(spent: spent, limit: limit.amount)
            report.rows.append([
                .count(Int(election.id.rawValue)), .text(election.name), .date(election.pollDate),
                election.facts.map { .count($0.electorate) } ?? .none, limit.amount.map(ReportValue.pence) ?? .none,
                .pence(spent), .pence(unpaid), limit.amount.map { .pence($0 - spent) } ?? .none, .text(status.rawValue),
                election.spendingReturnDue.map(ReportValue.date) ?? .none, .text(limit.basis), .flag(limit.provisional),
            ])
            report.chart.append(ChartBar(label: election.name, value: spent, limit: limit.amount))
            if limit.provisional { report.provisional = true }
            switch status {
            case .over: report.notes.append("\(election.name): OVER the limit by \(spent - (limit.amount ?? .zero)).")
            case .close, .approaching:
                report.notes.append("\(election.name): \(status.rawValue) the limit (\(spent) of \(limit.amount ?? .zero)).")
            default: break
            }
            if limit.provisional { report.notes.append("\(election.name): limit provisional: \(limit.source).") }
        }
        return report
    }

    /// The year's income and spending, for the statement of accounts.
    public static func year(_ book: FinanceBook, year: Int) -> FinanceReport {
        var report = FinanceReport(
            key: "year", title: "Year summary \(year)",
            form: "Figures for the annual statement of accounts (PPERA s.42; EC accounting templates; due 30 April, or 7 July if audited)",
            period: String(year),
            columns: [ReportColumn("section", "Section"), ReportColumn("item", "Item"), ReportColumn("amount_pence", "Amount (£)")],
            chartTitle: "Income by month (donations accepted and membership dues)")
        let donations = book.donations.filter { $0.acceptedOn?.year == year }
        let parts = [nil] + book.units.map { Optional($0.id) }
        for part in parts {
            let sum = donations.filter { $0.details.unit == part }.reduce(Pence.zero) { $0 + $1.amount }
            if sum != .zero || part == nil {
                report.rows.append([.text("income"), .text("Donations accepted: \(book.unitName(part))"), .pence(sum)])
            }
        }
        let dues = book.dues.filter { $0.paidOn.year == year }.reduce(Pence.zero) { $0 + $1.amount }
        report.rows.append([.text("income"), .text("Membership subscriptions"), .pence(dues)])
        let income = book.income(in: year)
        report.rows.append([.text("income"), .text("Total income"), .pence(income)])
        let spent = book.expenses.filter { $0.details.incurred.year == year }
        for category in ExpenseCategory.allCases {
            let sum = spent.filter { $0.details.category == category }.reduce(Pence.zero) { $0 + $1.details.amount }
            if sum != .zero { report.rows.append([.text("spending"), .text(category.rawValue), .pence(sum)]) }
        }
        let spending = book.spending(in: year)
        report.rows.append([.text("spending"), .text("Total spending"), .pence(spending)])
        report.rows.append([.text("result"), .text("Income less spending"), .pence(income - spending)])
        let returned = book.donations.filter { $0.acceptedOn == nil && $0.decision?.day.year == year }
            .reduce(Pence.zero) { $0 + $1.amount }
        report.rows.append([.text("memo"), .text("Donations returned or declined (not income)"), .pence(returned)])
        report.chart = months(of: year).map { label in
            let donated = donations.filter { month($0.acceptedOn ?? $0.received) == label }.reduce(Pence.zero) { $0 + $1.amount }
            let paid = book.dues.filter { month($0.paidOn) == label }.reduce(Pence.zero) { $0 + $1.amount }
            return ChartBar(label: label, value: donated + paid)
        }
        let audit = book.figures.figure(.auditThreshold, on: CalendarDate(year: year, month: 12, day: 31) ?? .earliest)
        let band = income > audit.amount || spending > audit.amount
            ? "over \(audit.amount): audited accounts due 7 July \(year + 1)"
            : "not over \(audit.amount): unaudited accounts due 30 April \(year + 1)"
        report.notes.append("Income or spending \(band) (\(audit.source)).")
        return report
    }
}
