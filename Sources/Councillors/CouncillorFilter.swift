public import Elections
public import RosetteCore

/// Which councillors a listing shows, as of one day. Filters combine (all must hold).
public struct CouncillorFilter: Sendable {
    /// The day asked about: councillors sitting then, with the party they sat for then.
    public var asOf: CalendarDate
    public var party: PartyID?
    public var council: CouncilID?
    public var tier: CouncilTier?
    public var nation: Nation?

    public init(
        asOf: CalendarDate, party: PartyID? = nil, council: CouncilID? = nil, tier: CouncilTier? = nil,
        nation: Nation? = nil
    ) {
        self.asOf = asOf
        self.party = party
        self.council = council
        self.tier = tier
        self.nation = nation
    }

    /// True when the councillor sat on `asOf` and every given filter holds.
    public func matches(_ councillor: Councillor, council: Council?) -> Bool {
        guard let sat = councillor.party(on: asOf) else { return false }
        if let party, sat != party { return false }
        if let wanted = self.council, councillor.councilID != wanted { return false }
        if let tier, council?.details.tier != tier { return false }
        if let nation, council?.details.nation != nation { return false }
        return true
    }
}
