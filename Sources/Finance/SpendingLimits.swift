public import Elections
public import RosetteCore

/// One candidate spending-limit formula as data: a fixed sum plus pence per elector, for the
/// polls of a kind from a date, with its source (finance.md §6 and §9).
public struct SpendingLimitRule: Sendable, Hashable {
    public let kind: ElectionKind
    /// `nil`: every nation; otherwise only these.
    public let nations: Set<Nation>?
    /// `true` only general elections, `false` only by-elections, `nil` both.
    public let generalElection: Bool?
    public let effectiveFrom: CalendarDate
    public let fixed: Pence
    public let perElector: Int
    /// Per elector in a county constituency, where it differs.
    public let perCountyElector: Int?
    public let source: String
    public let confirmed: Bool
}

/// A candidate's spending limit at one election, and how it was worked out.
public struct SpendingLimit: Sendable, Hashable {
    /// `nil` when Rosette has no figure and none was entered.
    public let amount: Pence?
    /// The arithmetic in words ("£960.00 + 8p × 7,200 electors").
    public let basis: String
    public let source: String
    public let provisional: Bool
}

/// How close spending is to the limit.
public enum LimitStatus: String, Sendable, Codable {
    case noLimit = "no-limit"
    case within
    /// At least `SpendingLimits.approachingPercent` of the limit.
    case approaching
    /// At least `SpendingLimits.closePercent`.
    case close
    case over
}

/// Candidate spending limits: the formulas, and the comparison of spending against them.
public enum SpendingLimits {
    /// Warn from 75% of the limit, and more loudly from 90% (Rosette's choice: early enough to
    /// stop ordering print).
    public static let approachingPercent = 75
    public static let closePercent = 90

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? .earliest }

    public static let rules: [SpendingLimitRule] = [
        SpendingLimitRule(
            kind: .local, nations: [.england], generalElection: nil, effectiveFrom: day("2024-01-01"),
            fixed: Pence(96_000), perElector: 8, perCountyElector: nil,
            source: "EC local-government candidate guidance \"How much can you spend\"; LB Hounslow, local elections 7 May 2026: £960 + 8p per elector",
            confirmed: true),
        SpendingLimitRule(
            kind: .ukParliament, nations: nil, generalElection: false, effectiveFrom: day("2010-01-01"),
            fixed: Pence(10_000_000), perElector: 0, perCountyElector: nil,
            source: "RPA 1983 s.76(2)(aa) (PPEA 2009): £100,000. SI 2023/1235 art.2 uprated it and the new figure is "
                + "UNCONFIRMED (open-questions.md C.17): enter the returning officer's figure with --limit",
            confirmed: false),
        SpendingLimitRule(
            kind: .ukParliament, nations: nil, generalElection: true, effectiveFrom: day("2024-01-01"),
            fixed: Pence(1_139_000), perElector: 8, perCountyElector: 12,
            source: "Short campaign, 2024 general election: £11,390 + 8p (borough) / 12p (county) per elector "
                + "(LB Hounslow; Mole Valley DC: secondary sources)",
            confirmed: false),
    ]

    /// The limit for an election: the treasurer's entered figure if any, else the rule in force on
    /// polling day applied to the electorate, reduced by a quarter for two joint candidates and a
    /// third for three or more (EC; finance.md §6). Fractions of a penny are dropped (rounded
    /// down, the safe side of a limit).
    public static func limit(for election: ElectionFinance) -> SpendingLimit {
        if let override = election.facts?.limitOverride {
            return SpendingLimit(
                amount: override, basis: "entered by the treasurer",
                source: election.facts?.overrideSource ?? "entered by the treasurer", provisional: false)
        }
        let rule = rules.filter { rule in
            rule.kind == election.kind && rule.effectiveFrom <= election.pollDate
                && (rule.generalElection.map { $0 == election.isGeneralElection } ?? true)
                && (rule.nations.map { nations in election.nation.map(nations.contains) ?? false } ?? true)
        }.max { $0.effectiveFrom < $1.effectiveFrom }
        guard let rule else {
            return SpendingLimit(
                amount: nil, basis: "no figure in Rosette's notes for this kind of election",
                source: "enter the limit from the returning officer with rosette finance limits set --limit", provisional: true)
        }
        let needsElectorate = rule.perElector > 0
        guard let facts = election.facts else {
            if needsElectorate {
                return SpendingLimit(
                    amount: nil, basis: "needs the number of electors (rosette finance limits set)", source: rule.source,
                    provisional: true)
            }
            return SpendingLimit(amount: rule.fixed, basis: "fixed sum", source: rule.source, provisional: !rule.confirmed)
        }
        let rate = facts.county ? (rule.perCountyElector ?? rule.perElector) : rule.perElector
        let (perElectors, overflow) = rate.multipliedReportingOverflow(by: facts.electorate)
        let (sum, overflow2) = rule.fixed.value.addingReportingOverflow(perElectors)
        guard !overflow, !overflow2, FinanceBounds.electorate.contains(facts.electorate) else {
            return SpendingLimit(
                amount: nil, basis: "the electorate on record (\(facts.electorate)) is out of range; enter it again",
                source: rule.source, provisional: true)
        }
        var amount = Pence(sum)
        var basis = needsElectorate ? "\(rule.fixed) + \(rate)p × \(facts.electorate) electors" : "fixed sum"
        switch facts.jointCandidates {
        case 1: break
        case 2:
            amount = Pence(amount.value * 3 / 4)
            basis += ", less 25% for 2 joint candidates"
        default:
            amount = Pence(amount.value * 2 / 3)
            basis += ", less a third for \(facts.jointCandidates) joint candidates"
        }
        return SpendingLimit(amount: amount, basis: basis, source: rule.source, provisional: !rule.confirmed)
    }

    /// Where `spent` stands against `limit`, in whole percent of the limit (rounded down).
    public static func status(spent: Pence, limit: Pence?) -> LimitStatus {
        guard let limit, limit.value > 0 else { return .noLimit }
        if spent > limit { return .over }
        let percent = spent.value * 100 / limit.value
        if percent >= closePercent { return .close }
        if percent >= approachingPercent { return .approaching }
        return .within
    }
}
