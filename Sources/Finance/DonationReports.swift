import RosetteCore

/// The donations reports: the quarterly report the Electoral Commission receives and the ledger
/// of every donation.
public enum DonationReports {
    static let donorColumns = [
        ReportColumn("donation_id", "Donation"), ReportColumn("donor_id", "Donor"),
        ReportColumn("donor_status", "Donor status"), ReportColumn("donor_name", "Donor name"),
        ReportColumn("donor_address", "Address"), ReportColumn("company_number", "Company number"),
        ReportColumn("accounting_unit", "Accounting unit"), ReportColumn("amount_pence", "Value (£)"),
        ReportColumn("nature", "Nature"), ReportColumn("received_on", "Received"),
    ]

    static func donorCells(_ donation: Donation, _ book: FinanceBook) -> [ReportValue] {
        let donor = book.donor(donation.donor)
        let nature: String
        switch donation.details.form {
        case .cash: nature = "Cash"
        case .inKind(let what): nature = "Non-cash: \(what)"
        }
        return [
            .count(Int(donation.id.rawValue)), .count(Int(donation.donor.rawValue)),
            .text(donor?.details.kind.reportLabel ?? "-"), .text(donor?.details.name ?? "-"),
            donor?.details.address.map(ReportValue.text) ?? .none,
            donor?.details.companyNumber.map(ReportValue.text) ?? .none,
            .text(book.unitName(donation.details.unit)), .pence(donation.amount), .text(nature), .date(donation.received),
        ]
    }

    /// Reportable donations accepted, and impermissible donations received, in `quarter`, with the
    /// fields the Electoral Commission asks for (donor name and status, address, company number,
    /// value, nature, dates received and accepted or returned, accounting unit). A nil report when
    /// there are none.
    public static func quarterly(_ book: FinanceBook, quarter: Quarter) -> FinanceReport {
        let reportable = Reportability.evaluate(book.donations, figures: book.figures)
        let entries = book.donations.compactMap { donation in
            reportable[donation.id].flatMap { $0.quarter == quarter ? (donation, $0) : nil }
        }.sorted { ($0.0.acceptedOn ?? $0.0.received, $0.0.id) < ($1.0.acceptedOn ?? $1.0.received, $1.0.id) }
        var report = FinanceReport(
            key: "quarterly", title: "Donations report \(quarter) (\(quarter.firstDay) to \(quarter.lastDay))",
            form: "Electoral Commission quarterly donations report (PEF Online, forms RP10Q; nil report RP10QN), due \(quarter.reportDue)",
            period: quarter.description,
            columns: donorColumns + [
                ReportColumn("accepted_on", "Accepted"), ReportColumn("returned_on", "Returned"),
                ReportColumn("return_method", "How returned"), ReportColumn("aggregated", "Aggregate"),
                ReportColumn("reported_by", "Grouped at"),
            ])
        for (donation, entry) in entries {
            var method = ReportValue.none
            if case .returned(_, let how) = donation.decision { method = .text(how) }
            report.rows.append(
                donorCells(donation, book) + [
                    donation.acceptedOn.map(ReportValue.date) ?? .none, donation.returnedOn.map(ReportValue.date) ?? .none,
                    method, .flag(entry.aggregated), .text(entry.impermissible ? "impermissible" : entry.level.rawValue),
                ])
            if let threshold = entry.threshold, !threshold.confirmed { report.provisional = true }
        }
        if entries.isEmpty {
            report.isNil = true
            report.notes.append("Nil report: no reportable donations for \(quarter). File form RP10QN (EC \"How to report donations and loans\").")
        }
        let pending = book.donations.filter { $0.decision == nil && book.isOverThreshold($0) && quarter.contains($0.received) }
        if !pending.isEmpty {
            report.notes.append("\(pending.count) donation(s) received in \(quarter) are not yet accepted or returned: see rosette finance check.")
        }
        report.notes.append("Loans (regulated transactions) are not recorded in Rosette: file the loans report separately.")
        if report.provisional { report.notes.append("Provisional: a threshold used rests on an unconfirmed date (see finance.md §9).") }
        return report
    }

    /// Every donation received in `year`: the records PPERA requires a treasurer to keep (EC
    /// "Records"), with its state and the report it belongs on.
    public static func ledger(_ book: FinanceBook, year: Int) -> FinanceReport {
        let reportable = Reportability.evaluate(book.donations, figures: book.figures)
        var report = FinanceReport(
            key: "ledger", title: "Donations ledger \(year)",
            form: "Donation records kept under PPERA ss.54-56 and s.41 (EC \"Records\"; keep at least 6 years)",
            period: String(year),
            columns: donorColumns + [
                ReportColumn("status", "Status"), ReportColumn("decision_due", "Decide by"),
                ReportColumn("decided_on", "Decided"), ReportColumn("report_quarter", "Report"),
            ])
        for donation in book.donations.filter({ $0.received.year == year }).sorted(by: { ($0.received, $0.id) < ($1.received, $1.id) }) {
            let status: String
            switch donation.decision {
            case .some(let decision): status = decision.status
            case nil: status = book.isOverThreshold(donation) ? "to decide" : "under £500"
            }
            let decided = donation.decision?.day
            report.rows.append(
                donorCells(donation, book) + [
                    .text(status), book.isOverThreshold(donation) ? .date(donation.decisionDue) : .none,
                    decided.map(ReportValue.date) ?? .none,
                    reportable[donation.id].map { .text($0.quarter.description) } ?? .none,
                ])
        }
        return report
    }
}
