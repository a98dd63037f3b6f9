public import Elections
public import RosetteCore

/// What the treasurer enters to work out a candidate's spending limit.
public struct SpendingFacts: Sendable, Hashable {
    /// Electors in the ward or constituency (for a local election: on the last day for
    /// publication of the notice of election; EC "How much can you spend").
    public var electorate: Int
    /// A county constituency (12p per elector at a UK general election) rather than a borough (8p).
    public var county: Bool
    /// Candidates standing jointly (sharing agent, rooms or material); 1 means none.
    public var jointCandidates: Int
    /// A limit the returning officer gave, replacing Rosette's figure (for kinds Rosette has no
    /// confirmed figure for).
    public var limitOverride: Pence?
    public var overrideSource: String?

    public init(
        electorate: Int, county: Bool = false, jointCandidates: Int = 1, limitOverride: Pence? = nil,
        overrideSource: String? = nil
    ) {
        self.electorate = electorate
        self.county = county
        self.jointCandidates = jointCandidates
        self.limitOverride = limitOverride
        self.overrideSource = overrideSource
    }

    /// Refuses an electorate outside `FinanceBounds.electorate` (a typo of extra digits would
    /// otherwise make a limit of billions), fewer than one candidate, and a limit that is not
    /// positive or is over `FinanceBounds.maximumItem`.
    public func validated() throws -> SpendingFacts {
        guard electorate > 0 else { throw FinanceError.electorateNotPositive }
        guard FinanceBounds.electorate.contains(electorate) else { throw FinanceError.electorateOutOfRange(electorate) }
        guard jointCandidates >= 1 else { throw FinanceError.jointCandidates }
        if let limitOverride { try FinanceBounds.check(limitOverride, field: "the limit") }
        return self
    }

    /// These facts entered over `previous`: a limit the treasurer entered earlier is kept unless
    /// a new one is given or `clearingLimit` (changing the electorate must not silently throw
    /// away the returning officer's figure).
    public func keepingLimit(of previous: SpendingFacts?, clearingLimit: Bool = false) -> SpendingFacts {
        var merged = self
        if clearingLimit {
            merged.limitOverride = nil
            merged.overrideSource = nil
        } else if limitOverride == nil, let previous, let kept = previous.limitOverride {
            merged.limitOverride = kept
            merged.overrideSource = previous.overrideSource
        }
        return merged
    }
}

/// An election the party stands in, as the treasurer's book sees it: its kind and dates, the
/// spending facts entered, and the spending-return deadline from the timetable engine.
public struct ElectionFinance: Sendable, Hashable {
    public var id: ElectionID
    public var name: String
    public var kind: ElectionKind
    public var nation: Nation?
    public var isGeneralElection: Bool
    public var pollDate: CalendarDate
    public var cancelled: Bool
    public var facts: SpendingFacts?
    /// `DeadlineKey.spendingReturn` of the election's timetable.
    public var spendingReturnDue: CalendarDate?
    public var spendingReturnProvisional: Bool
    /// The spending-return form is marked submitted or accepted on the forms checklist.
    public var spendingReturnDone: Bool

    public init(
        id: ElectionID, name: String, kind: ElectionKind, nation: Nation?, isGeneralElection: Bool,
        pollDate: CalendarDate, cancelled: Bool = false, facts: SpendingFacts? = nil,
        spendingReturnDue: CalendarDate? = nil, spendingReturnProvisional: Bool = false, spendingReturnDone: Bool = false
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.nation = nation
        self.isGeneralElection = isGeneralElection
        self.pollDate = pollDate
        self.cancelled = cancelled
        self.facts = facts
        self.spendingReturnDue = spendingReturnDue
        self.spendingReturnProvisional = spendingReturnProvisional
        self.spendingReturnDone = spendingReturnDone
    }
}
