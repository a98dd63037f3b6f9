public import Councillors
public import RosetteCore

/// A councillor moving from one party to another (to us, away from us, or to sit as an
/// independent), as stored.
public struct Defection: Hashable, Sendable {
    public var id: Int64
    public var councillorID: CouncillorID
    public var councilID: CouncilID
    public var from: PartyID
    public var to: PartyID
    /// The day the councillor began to sit for the new party.
    public var effectiveOn: CalendarDate
    public var announcedOn: CalendarDate?
    public var note: String?
    /// Where it is recorded: a press release, council notice or minute reference.
    public var source: String?

    public init(
        id: Int64, councillorID: CouncillorID, councilID: CouncilID, from: PartyID, to: PartyID,
        effectiveOn: CalendarDate, announcedOn: CalendarDate? = nil, note: String? = nil, source: String? = nil
    ) {
        self.id = id
        self.councillorID = councillorID
        self.councilID = councilID
        self.from = from
        self.to = to
        self.effectiveOn = effectiveOn
        self.announcedOn = announcedOn
        self.note = note
        self.source = source
    }
}

/// What the user asks to record.
public struct NewDefection: Hashable, Sendable {
    public var councillorID: CouncillorID
    public var to: PartyID
    public var effectiveOn: CalendarDate
    public var announcedOn: CalendarDate?
    public var note: String?
    public var source: String?

    public init(
        councillorID: CouncillorID, to: PartyID, effectiveOn: CalendarDate, announcedOn: CalendarDate? = nil,
        note: String? = nil, source: String? = nil
    ) {
        self.councillorID = councillorID
        self.to = to
        self.effectiveOn = effectiveOn
        self.announcedOn = announcedOn
        self.note = note
        self.source = source
    }
}

/// The two changes a defection makes to a councillor's history: one period closes on the
/// effective day and the next opens on it, so the history stays without gaps or overlaps.
public struct DefectionChange: Hashable, Sendable {
    public var closed: AffiliationPeriod
    public var opened: AffiliationPeriod
}
