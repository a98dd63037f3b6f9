public import Councillors
public import RosetteCore

/// Month by month: councillors who joined our party, who left it, and the net change in our seats
/// (timeline chart). "Ours" is the party Rosette is set up for, passed in.
public struct DefectionTimeline: Hashable, Sendable {
    public struct Month: Hashable, Sendable {
        /// `YYYY-MM`.
        public var month: String
        public var joined: Int
        public var left: Int
        /// Moves between other parties (neither from nor to us).
        public var other: Int
        public var net: Int { joined - left }

        public init(month: String, joined: Int, left: Int, other: Int) {
            self.month = month
            self.joined = joined
            self.left = left
            self.other = other
        }
    }

    public var months: [Month]

    public init(months: [Month]) { self.months = months }
    public var totalJoined: Int { months.reduce(0) { $0 + $1.joined } }
    public var totalLeft: Int { months.reduce(0) { $0 + $1.left } }

    /// Every month from `since` (or the first defection) to `until`, empty months included, so
    /// the chart's time axis is even.
    public static func build(
        _ defections: [Defection], ours: PartyID?, since: CalendarDate?, until: CalendarDate
    ) -> DefectionTimeline {
        let kept = defections.filter { d in since.map { d.effectiveOn >= $0 } ?? true && d.effectiveOn <= until }
        guard let start = since ?? kept.map(\.effectiveOn).min() else { return DefectionTimeline(months: []) }
        var months: [Month] = []
        var cursor = (start.year, start.month)
        while cursor.0 * 12 + cursor.1 <= until.year * 12 + until.month {
            months.append(Month(month: key(cursor.0, cursor.1), joined: 0, left: 0, other: 0))
            cursor = cursor.1 == 12 ? (cursor.0 + 1, 1) : (cursor.0, cursor.1 + 1)
        }
        var index: [String: Int] = [:]
        for (position, month) in months.enumerated() { index[month.month] = position }
        for defection in kept {
            guard let position = index[key(defection.effectiveOn.year, defection.effectiveOn.month)] else { continue }
            if let ours, defection.to == ours {
                months[position].joined += 1
            } else if let ours, defection.from == ours {
                months[position].left += 1
            } else {
                months[position].other += 1
            }
        }
        return DefectionTimeline(months: months)
    }

    static func key(_ year: Int, _ month: Int) -> String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : String(month)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m
    }
}
