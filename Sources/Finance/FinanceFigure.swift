public import RosetteCore

/// The amounts the donation rules turn on. Raw values are stable keys for JSON.
public enum FinanceFigureKey: String, CaseIterable, Sendable, Codable {
    /// A gift over this is a donation under PPERA: checked, recorded, grouped (over £500).
    case donationThreshold = "donation_threshold"
    /// Central party: benefits from one source in a calendar year are reportable over this.
    case centralReporting = "central_reporting"
    /// Central party: further benefits from the same source in that year, over this.
    case centralSubsequent = "central_subsequent"
    /// Accounting unit: benefits from one source in a calendar year, over this.
    case unitReporting = "unit_reporting"
    /// Annual accounts must be audited (and are due 7 July) over this income or spending.
    case auditThreshold = "audit_threshold"
}

/// One amount as data: the value in pence, the day it took effect and its source (finance.md
/// §9: amounts change by statutory instrument, so a change is a new row, never an edit).
public struct FinanceFigure: Sendable, Hashable {
    public let key: FinanceFigureKey
    public let effectiveFrom: CalendarDate
    public let amount: Pence
    public let source: String
    /// False for [S] and [U] figures (or dates): output that uses them is provisional.
    public let confirmed: Bool
}

/// The shipped figures, and the lookup "which figure was in force on this day".
public struct FinanceFigures: Sendable {
    public let rows: [FinanceFigure]

    public init(rows: [FinanceFigure]) { self.rows = rows }

    /// The row in force on `day`: the latest `effectiveFrom` not after it. Before the earliest
    /// row, the earliest row, marked unconfirmed (Rosette's notes do not reach back that far).
    public func figure(_ key: FinanceFigureKey, on day: CalendarDate) -> FinanceFigure {
        let candidates = rows.filter { $0.key == key }.sorted { $0.effectiveFrom < $1.effectiveFrom }
        if let row = candidates.last(where: { $0.effectiveFrom <= day }) { return row }
        guard let first = candidates.first else {
            return FinanceFigure(key: key, effectiveFrom: day, amount: .zero, source: "no figure", confirmed: false)
        }
        return FinanceFigure(
            key: key, effectiveFrom: first.effectiveFrom, amount: first.amount,
            source: first.source + " (used before its known start date: UNCONFIRMED)", confirmed: false)
    }

    private static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? CalendarDate.earliest }

    /// When the pre-2024 thresholds began is not in the notes. The Political Parties and
    /// Elections Act 2009 is believed to have set £500 / £7,500 / £1,500 from 1 January 2010
    /// (UNCONFIRMED), so those rows start then and are marked unconfirmed.
    static let before2024 = day("2010-01-01")
    /// SI 2023/1235 uprated the reporting thresholds by 49.09% (rounded down to £10) from 1 Jan
    /// 2024 (EC press release 17 Jun 2024).
    static let uprating2024 = day("2024-01-01")

    /// finance.md §2, §3 and §9.
    public static let shipped = FinanceFigures(rows: [
        FinanceFigure(
            key: .donationThreshold, effectiveFrom: before2024, amount: Pence(50_000),
            source: "PPERA s.52; EC \"Which donations are covered by the rules?\" (21 Nov 2023): over £500, not raised in 2023/24",
            confirmed: true),
        FinanceFigure(
            key: .centralReporting, effectiveFrom: before2024, amount: Pence(750_000),
            source: "EC press release 17 Jun 2024 (\"previously £7,500\"); start date UNCONFIRMED", confirmed: false),
        FinanceFigure(
            key: .centralReporting, effectiveFrom: uprating2024, amount: Pence(1_118_000),
            source: "SI 2023/1235; EC \"Which donations and loans do you need to report?\": over £11,180", confirmed: true),
        FinanceFigure(
            key: .centralSubsequent, effectiveFrom: before2024, amount: Pence(150_000),
            source: "EC examples (previously £1,500); start date UNCONFIRMED", confirmed: false),
        FinanceFigure(
            key: .centralSubsequent, effectiveFrom: uprating2024, amount: Pence(223_000),
            source: "SI 2023/1235; EC \"Grouping benefits\" examples: over £2,230", confirmed: true),
        FinanceFigure(
            key: .unitReporting, effectiveFrom: before2024, amount: Pence(150_000),
            source: "EC \"Grouping benefits\" (previously £1,500); start date UNCONFIRMED", confirmed: false),
        FinanceFigure(
            key: .unitReporting, effectiveFrom: uprating2024, amount: Pence(223_000),
            source: "SI 2023/1235; EC \"Grouping benefits\": over £2,230, reported by the central treasurer",
            confirmed: true),
        FinanceFigure(
            key: .auditThreshold, effectiveFrom: day("2001-02-16"), amount: Pence(25_000_000),
            source: "PPERA ss.43-45; EAA 2006 explanatory notes (ss.53-54): audit and 7 July deadline over £250,000",
            confirmed: true),
    ])
}
