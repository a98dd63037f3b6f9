import RosetteCore

/// One statutory number for standing — subscribers on a nomination paper, or a deposit in pence —
/// as data with the polls it applies to, the date it took effect and its source (domain README
/// rule 1: a change by statutory instrument is a new row, never an edit to code).
struct CandidacyAmount: Sendable {
    let kind: ElectionKind
    /// The nations it applies in; `nil` means every nation the kind is held in.
    let nations: Set<Nation>?
    /// Polls on or after this day use this row.
    let effectiveFrom: CalendarDate
    /// The number; `nil` means the election has none (no deposit).
    let value: Int?
    let source: String
    /// False for [S] and [U] figures: output that uses them is provisional.
    let confirmed: Bool

    /// The row in force for a poll: the latest `effectiveFrom` not after the poll among the rows
    /// for the kind and nation. `nil` when Rosette's notes have no figure for the election.
    static func lookup(
        _ table: [CandidacyAmount], kind: ElectionKind, nation: Nation?, poll: CalendarDate
    ) -> CandidacyAmount? {
        table
            .filter { $0.kind == kind && $0.effectiveFrom <= poll }
            .filter { row in row.nations.map { nations in nation.map(nations.contains) ?? false } ?? true }
            .max { $0.effectiveFrom < $1.effectiveFrom }
    }
}

/// The subscriber and deposit tables (finance.md §9, candidates-and-royal-mail.md §1.1 and §2).
///
/// Kinds missing here (GLA, Scottish Parliament, Senedd, NI Assembly, City of London, and
/// councils in Scotland and Northern Ireland) are not covered by the notes: the checklist still
/// lists the nomination paper and a deposit line, with no number and marked provisional.
enum CandidacyAmounts {
    /// A date before any poll Rosette models, for long-standing figures whose start the notes do
    /// not give.
    static let longStanding = CalendarDate(year: 1983, month: 2, day: 8) ?? CalendarDate(dayNumber: 0)
    /// The May 2021 English local elections, from which principal-area nominations need 2
    /// subscribers instead of 10 (finance.md §9: current figure [C], date of change [S]).
    static let principalAreaTwoSubscribers = CalendarDate(year: 2021, month: 5, day: 6) ?? CalendarDate(dayNumber: 0)
    /// The deposit has been £500 since 1985 (Representation of the People Act 1985).
    static let ukpDepositFrom = CalendarDate(year: 1985, month: 10, day: 1) ?? CalendarDate(dayNumber: 0)

    static let subscribers: [CandidacyAmount] = [
        CandidacyAmount(
            kind: .ukParliament, nations: nil, effectiveFrom: longStanding, value: 10,
            source: "RPA 1983 Sch 1 r.7; EC, Candidates and agents at UKP elections, \"Signatures of subscribers\"",
            confirmed: true),
        CandidacyAmount(
            kind: .local, nations: [.england], effectiveFrom: longStanding, value: 10,
            source: "Principal areas needed 10 subscribers before the May 2021 elections (council nomination pack, secondary)",
            confirmed: false),
        CandidacyAmount(
            kind: .local, nations: [.england], effectiveFrom: principalAreaTwoSubscribers, value: 2,
            source: "EC, Guidance for ROs (local government England), \"Nomination form – subscriber requirements\"",
            confirmed: true),
        CandidacyAmount(
            kind: .local, nations: [.wales], effectiveFrom: longStanding, value: 2,
            source: "Assumed as in England (finance.md §9); the notes do not cover Welsh councils (UNCONFIRMED)",
            confirmed: false),
        CandidacyAmount(
            kind: .local, nations: [.scotland], effectiveFrom: longStanding, value: 2,
            source: "Scottish Local Government Elections Order 2011 (SSI 2011/399) Sch 1: a proposer and a "
                + "seconder (believed; the notes do not quote the rule, UNCONFIRMED)",
            confirmed: false),
        CandidacyAmount(
            kind: .parish, nations: [.england], effectiveFrom: longStanding, value: 2,
            source: "EC, Guidance for candidates (parish council elections in England); parish was always 2",
            confirmed: true),
        CandidacyAmount(
            kind: .parish, nations: [.wales], effectiveFrom: longStanding, value: 2,
            source: "Assumed as for English parishes; the notes do not cover Welsh community councils (UNCONFIRMED)",
            confirmed: false),
        CandidacyAmount(
            kind: .mayor, nations: nil, effectiveFrom: longStanding, value: 30,
            source: "EC, Guidance for ROs (local government England): local-authority mayor 30 subscribers; "
                + "combined-authority mayors are not in the notes (UNCONFIRMED for them)",
            confirmed: false),
        CandidacyAmount(
            kind: .pcc, nations: nil, effectiveFrom: longStanding, value: 100,
            source: "PCC Elections Order 2012; EC PCC candidate guidance, \"Signatures of subscribers\"",
            confirmed: true),
    ]

    static let deposits: [CandidacyAmount] = [
        CandidacyAmount(
            kind: .ukParliament, nations: nil, effectiveFrom: ukpDepositFrom, value: 50_000,
            source: "RPA 1983 Sch 1 r.9 (£500 since 1985); EC UKPGE candidate guidance, \"The deposit\"",
            confirmed: true),
        CandidacyAmount(
            kind: .local, nations: [.england], effectiveFrom: longStanding, value: nil,
            source: "EC, Guidance for ROs (local government England): no deposit at councillor elections",
            confirmed: true),
        CandidacyAmount(
            kind: .parish, nations: [.england], effectiveFrom: longStanding, value: nil,
            source: "EC, Guidance for ROs (local government England): no deposit at councillor elections",
            confirmed: true),
        // Councillor elections elsewhere in the UK have no deposit either (the issue brief and the
        // EC candidate guidance for Scottish and Welsh council elections list none); Northern
        // Ireland is believed the same but not confirmed in the notes.
        CandidacyAmount(
            kind: .local, nations: [.wales, .scotland], effectiveFrom: longStanding, value: nil,
            source: "EC candidate guidance, Scottish and Welsh local government elections: no deposit",
            confirmed: true),
        CandidacyAmount(
            kind: .parish, nations: [.wales], effectiveFrom: longStanding, value: nil,
            source: "EC candidate guidance, community council elections in Wales: no deposit",
            confirmed: true),
        CandidacyAmount(
            kind: .local, nations: [.northernIreland], effectiveFrom: longStanding, value: nil,
            source: "EC candidate guidance, NI local elections: no deposit (UNCONFIRMED in the notes)",
            confirmed: false),
        CandidacyAmount(
            kind: .mayor, nations: nil, effectiveFrom: longStanding, value: 50_000,
            source: "EC, Guidance for ROs (local government England): mayoral deposit £500; "
                + "combined-authority mayors are not in the notes (UNCONFIRMED for them)",
            confirmed: false),
        CandidacyAmount(
            kind: .pcc, nations: nil, effectiveFrom: longStanding, value: 500_000,
            source: "PCC Elections Order 2012 (PCC deposit £5,000; secondary source only)", confirmed: false),
    ]
}
