import Finance
import RosetteCore

/// A report as JSON: snake_case keys, money as integer pence in keys ending `_pence`, `null` for
/// an empty cell (never omitted), and the form it mirrors.
struct ReportJSON: Encodable {
    let report: FinanceReport

    init(_ report: FinanceReport) { self.report = report }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct Row: Encodable {
        let columns: [ReportColumn]
        let values: [ReportValue]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (column, value) in zip(columns, values) {
                let key = Key(column.key)
                switch value {
                case .text(let text): try container.encode(text, forKey: key)
                case .pence(let pence): try container.encode(pence.value, forKey: key)
                case .date(let date): try container.encode(date.iso, forKey: key)
                case .count(let count): try container.encode(count, forKey: key)
                case .flag(let flag): try container.encode(flag, forKey: key)
                case .none: try container.encodeNil(forKey: key)
                }
            }
        }
    }

    struct Bar: Encodable {
        var label: String
        var valuePence: Int
        @Nullable var limitPence: Int?

        enum CodingKeys: String, CodingKey {
            case label, valuePence = "value_pence", limitPence = "limit_pence"
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(report.key, forKey: Key("report"))
        try container.encode(report.title, forKey: Key("title"))
        try container.encode(report.form, forKey: Key("form"))
        if let period = report.period { try container.encode(period, forKey: Key("period")) } else {
            try container.encodeNil(forKey: Key("period"))
        }
        try container.encode(report.provisional, forKey: Key("provisional"))
        try container.encode(report.isNil, forKey: Key("nil_report"))
        try container.encode(report.notes, forKey: Key("notes"))
        try container.encode(report.columns.map(\.key), forKey: Key("columns"))
        try container.encode(report.rows.map { Row(columns: report.columns, values: $0) }, forKey: Key("rows"))
        try container.encode(
            report.chart.map { Bar(label: $0.label, valuePence: $0.value.value, limitPence: $0.limit?.value) },
            forKey: Key("chart"))
    }
}

/// A report as a self-contained HTML page a treasurer can print or attach: the table, the notes
/// and a bar chart drawn with plain CSS widths (no script, nothing fetched). Every text is
/// escaped, so a donor's name cannot inject markup.
enum ReportHTML {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static func render(_ report: FinanceReport) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>\(escape(report.title))</title>
            <style>
            body{font-family:sans-serif;margin:2em;color:#111}table{border-collapse:collapse;font-size:0.85em}
            th,td{border:1px solid #999;padding:0.25em 0.5em;text-align:left}th{background:#eee}
            .bar{background:#3a6ea5;height:1em;display:inline-block}.limit{border-right:3px solid #b00}
            .track{width:30em;background:#f2f2f2;display:inline-block;position:relative}
            .provisional{color:#b00;font-weight:bold}@media print{body{margin:0}}
            </style></head><body>

            """
        html += "<h1>\(escape(report.title))</h1>\n<p>\(escape(report.form))</p>\n"
        if report.provisional { html += "<p class=\"provisional\">Provisional: rests on an unconfirmed figure.</p>\n" }
        if report.rows.isEmpty {
            html += "<p><strong>\(report.isNil ? "Nil report" : "Nothing to show")</strong></p>\n"
        } else {
            html += "<table><thead><tr>" + report.columns.map { "<th>\(escape($0.header))</th>" }.joined() + "</tr></thead><tbody>\n"
            for row in report.rows {
                html += "<tr>" + row.map { "<td>\(escape(ReportCell.text($0)))</td>" }.joined() + "</tr>\n"
            }
            html += "</tbody></table>\n"
        }
        html += chart(report)
        if !report.notes.isEmpty {
            html += "<ul>" + report.notes.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        return html + "</body></html>\n"
    }

    /// Bars scaled to the largest value or limit, in whole per-mille (integer arithmetic).
    static func chart(_ report: FinanceReport) -> String {
        guard !report.chart.isEmpty else { return "" }
        let scale = max(1, report.chart.map { max($0.value.value, $0.limit?.value ?? 0) }.max() ?? 1)
        var html = "<h2>\(escape(report.chartTitle ?? "Chart"))</h2>\n<table>\n"
        for bar in report.chart {
            let width = bar.value.value * 1000 / scale
            var track = "<span class=\"track\"><span class=\"bar\" style=\"width:\(width / 10).\(width % 10)%\"></span>"
            if let limit = bar.limit {
                let at = limit.value * 1000 / scale
                track += "<span class=\"limit\" style=\"position:absolute;left:0;top:0;height:1em;width:\(at / 10).\(at % 10)%\"></span>"
            }
            track += "</span>"
            let label = bar.limit.map { " of \($0)" } ?? ""
            html += "<tr><td>\(escape(bar.label))</td><td>\(track)</td><td>\(escape(bar.value.description + label))</td></tr>\n"
        }
        return html + "</table>\n"
    }
}
