public import RosetteCore

/// One cell of a report. Money stays integer pence until it is printed.
public enum ReportValue: Sendable, Hashable {
    case text(String)
    case pence(Pence)
    case date(CalendarDate)
    case count(Int)
    case flag(Bool)
    case none
}

/// A column: a stable snake_case key for JSON (money keys end `_pence`) and a header for people.
public struct ReportColumn: Sendable, Hashable {
    public let key: String
    public let header: String

    public init(_ key: String, _ header: String) {
        self.key = key
        self.header = header
    }
}

/// A bar of a report's chart: a value, and the limit it is measured against, if any.
public struct ChartBar: Sendable, Hashable {
    public let label: String
    public let value: Pence
    public let limit: Pence?

    public init(label: String, value: Pence, limit: Pence? = nil) {
        self.label = label
        self.value = value
        self.limit = limit
    }
}

/// A report as data, so one renderer each writes it as a table, CSV, JSON or HTML.
public struct FinanceReport: Sendable {
    /// `quarterly`, `ledger`, `membership`, `spending`, `year`.
    public let key: String
    public let title: String
    /// The Electoral Commission form or statute the report mirrors.
    public let form: String
    public let period: String?
    public let columns: [ReportColumn]
    public var rows: [[ReportValue]]
    public var notes: [String]
    /// Rests on a figure or date Rosette has not confirmed.
    public var provisional: Bool
    /// A nil report: nothing to report for the period.
    public var isNil: Bool
    public var chartTitle: String?
    public var chart: [ChartBar]

    public init(
        key: String, title: String, form: String, period: String?, columns: [ReportColumn], rows: [[ReportValue]] = [],
        notes: [String] = [], provisional: Bool = false, isNil: Bool = false, chartTitle: String? = nil,
        chart: [ChartBar] = []
    ) {
        self.key = key
        self.title = title
        self.form = form
        self.period = period
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.provisional = provisional
        self.isNil = isNil
        self.chartTitle = chartTitle
        self.chart = chart
    }
}

extension Pence {
    /// Pounds with two decimals and no symbol or commas (`1250.05`), for CSV cells: made from the
    /// integer, so no floating point is involved.
    public var plainPounds: String {
        let magnitude = value.magnitude
        let pence = magnitude % 100
        return (value < 0 ? "-" : "") + String(magnitude / 100) + "." + (pence < 10 ? "0" : "") + String(pence)
    }
}
