public import RosetteCore

/// How far canvassing reaches the 18-24s (the youth wing's voters). The register carries a date
/// of birth only for attainers (electors added before turning 18), so the young are found from
/// attainer dates and from members' dates of birth matched to their register entry by name and
/// postcode: a floor, not a census, and said so in the output.
public struct YouthReach: Sendable, Equatable, Codable {
    /// Electors known to be 18 to 24 today.
    public var electors = 0
    /// Of them, spoken to at least once.
    public var reached = 0
    /// Of them, ever giving support 1 or 2.
    public var supporters = 0

    public init(electors: Int = 0, reached: Int = 0, supporters: Int = 0) {
        self.electors = electors
        self.reached = reached
        self.supporters = supporters
    }

    /// The birth dates that make someone 18 to 24 on `today`: born after `oldest` and on or
    /// before `youngest` (a person born 25 years ago today turned 25 today).
    public static func birthRange(on today: CalendarDate) -> (oldest: CalendarDate, youngest: CalendarDate) {
        (today.adding(months: -25 * 12), today.adding(months: -18 * 12))
    }

    /// The attainer dates (the 18th birthday) that make someone 18 to 24 on `today`.
    public static func attainerRange(on today: CalendarDate) -> (after: CalendarDate, upTo: CalendarDate) {
        (today.adding(months: -7 * 12), today)
    }

    /// Share reached, in per-mille (exact integers; 125 is 12.5 %), or nil with no young electors.
    public var reachedPerMille: Int? { electors == 0 ? nil : (reached * 1000 + electors / 2) / electors }
}
