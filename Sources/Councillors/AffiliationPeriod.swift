public import RosetteCore

/// A period during which a councillor sat for one party: from `startedOn` up to, but not
/// including, `endedOn` (the day the next period began). A history is a list of these with no
/// gaps or overlaps, so every day of a councillor's time in office has exactly one party.
public struct AffiliationPeriod: Hashable, Sendable {
    public var party: PartyID
    public var startedOn: CalendarDate
    /// The first day the councillor no longer sat for this party; `nil` while they still do.
    public var endedOn: CalendarDate?

    public init(party: PartyID, startedOn: CalendarDate, endedOn: CalendarDate? = nil) {
        self.party = party
        self.startedOn = startedOn
        self.endedOn = endedOn
    }

    /// True when `day` falls in the period.
    public func covers(_ day: CalendarDate) -> Bool {
        startedOn <= day && (endedOn.map { day < $0 } ?? true)
    }

    /// Checks that periods in order form one history: each starts where the previous ended,
    /// none is empty, and only the last is open.
    public static func isContiguous(_ periods: [AffiliationPeriod]) -> Bool {
        guard let last = periods.last, last.endedOn == nil else { return false }
        for (earlier, later) in zip(periods, periods.dropFirst()) {
            guard let end = earlier.endedOn, earlier.startedOn < end, end == later.startedOn else { return false }
        }
        return true
    }
}
