/// The numbers in the casual-vacancy rules, as data. Several rest on sources that are not yet
/// confirmed (open-questions.md items 4, 6, 7 and 15): the party can replace any value once it
/// has checked it with its returning officer, and a value the party set is no longer provisional.
public struct VacancyRuleValues: Sendable, Equatable {
    /// One configurable number: its key (`vacancy.<key>` in settings), value, meaning, and the
    /// open question that makes it provisional, if any.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: Int
        public var summary: String
        public var source: String
        /// The open-questions.md item number; `nil` when the rule is confirmed.
        public var openQuestion: Int?
        /// Set by the party rather than Rosette's default.
        public var overridden: Bool

        /// True when output resting on this value must say "provisional".
        public var isProvisional: Bool { openQuestion != nil && !overridden }
    }

    public private(set) var entries: [Entry]

    /// Rosette's defaults, from shared/domain/timetables.md.
    public static let defaults = VacancyRuleValues(entries: [
        Entry(
            key: "principal_electors", value: 2, summary: "electors who must ask for a principal-council by-election",
            source: "LGA 1972 s.89(1)(b)", openQuestion: nil, overridden: false),
        Entry(
            key: "principal_poll_working_days", value: 35,
            summary: "working days after the request within which the by-election is polled",
            source: "LGA 1972 s.89(1), s.243(4) (timetables.md §3g)", openQuestion: 15, overridden: false),
        Entry(
            key: "notice_of_election_working_days", value: 25,
            summary: "working days the notice of election precedes the poll (E&W)",
            source: "SI 2006/3304 Sch 1 r.1; SI 2006/3305", openQuestion: nil, overridden: false),
        Entry(
            key: "parish_electors", value: 10, summary: "electors who must ask for a parish by-election",
            source: "LGA 1972 s.87 notices; council guidance", openQuestion: 4, overridden: false),
        Entry(
            key: "parish_request_working_days", value: 14,
            summary: "working days after the notice for electors to ask for a parish election",
            source: "LGA 1972 s.87 notices; council guidance", openQuestion: 4, overridden: false),
        Entry(
            key: "parish_poll_working_days", value: 60,
            summary: "working days after the notice within which a requested parish election is polled",
            source: "LGA 1972 s.87 notices; council guidance", openQuestion: 4, overridden: false),
        Entry(
            key: "scotland_poll_months", value: 3, summary: "months after the vacancy within which Scotland polls",
            source: "Local Government (Scotland) Act 1973 s.37", openQuestion: nil, overridden: false),
        Entry(
            key: "scotland_notice_working_days", value: 28,
            summary: "working days (at least) the Scottish notice of election precedes the poll",
            source: "SSI 2011/399 r.1 (EC and RO timetables)", openQuestion: 5, overridden: false),
        Entry(
            key: "ordinary_election_months", value: 6,
            summary: "months before an ordinary election within which no by-election is held",
            source: "LGA 1972 s.89(3); parish: s.87 notices; Scotland: 1973 Act s.37", openQuestion: nil,
            overridden: false),
    ])

    /// The value for `key`.
    public func value(_ key: String) -> Int { entries.first { $0.key == key }?.value ?? 0 }

    public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// A copy with the party's value for one key.
    public func overriding(_ key: String, value: Int) throws(CouncillorsError) -> VacancyRuleValues {
        guard let index = entries.firstIndex(where: { $0.key == key }) else {
            throw .unknownRuleValue(key)
        }
        guard (1...400).contains(value) else { throw .badRuleValue(key, value) }
        var copy = self
        copy.entries[index].value = value
        copy.entries[index].overridden = true
        return copy
    }
}
