import Finance
import RosetteCore

/// A report cell as text for people (tables, HTML): money as `£1,250.00`.
enum ReportCell {
    static func text(_ value: ReportValue) -> String {
        switch value {
        case .text(let text): text
        case .pence(let pence): pence.description
        case .date(let date): date.iso
        case .count(let count): String(count)
        case .flag(let flag): flag ? "yes" : "no"
        case .none: "-"
        }
    }
}

/// The report as a text table with its notes.
enum ReportText {
    static func render(_ report: FinanceReport) -> String {
        var lines = [report.title + (report.provisional ? " (PROVISIONAL)" : ""), report.form, ""]
        if report.rows.isEmpty {
            lines.append(report.isNil ? "NIL REPORT" : "Nothing to show.")
        } else {
            var table = TextTable()
            table.headers = report.columns.map(\.header)
            for row in report.rows { table.append(row.map(ReportCell.text)) }
            lines.append(table.render())
        }
        if !report.notes.isEmpty { lines += [""] + report.notes }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The report as CSV: human headers, money as plain pounds (`1250.00`, made from integer pence),
/// every cell neutralised against spreadsheet formulas (`SpreadsheetSafety`).
enum ReportCSV {
    static func render(_ report: FinanceReport) -> String {
        var text = CSVWriter.encode(report.columns.map { SpreadsheetSafety.neutralise($0.header) })
        for row in report.rows {
            text += CSVWriter.encode(row.map { SpreadsheetSafety.neutralise(cell($0)) })
        }
        return text
    }

    static func cell(_ value: ReportValue) -> String {
        switch value {
        case .pence(let pence): pence.plainPounds
        case .none: ""
        default: ReportCell.text(value)
        }
    }
}
