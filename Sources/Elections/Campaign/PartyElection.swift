public import Members
public import RosetteCore

/// Identifies an election the party stands in.
public struct ElectionID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible
{
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An election the party stands in, as stored: the facts the steering group knows. Every
/// deadline is derived from these facts (`timetableRequest`), never stored.
public struct PartyElection: Sendable, Hashable {
    public var id: ElectionID
    public var details: PartyElectionDetails
    /// Set when the party withdrew or the poll was countermanded; its deadlines leave the board.
    public var cancelledOn: CalendarDate?

    public init(id: ElectionID, details: PartyElectionDetails, cancelledOn: CalendarDate? = nil) {
        self.id = id
        self.details = details
        self.cancelledOn = cancelledOn
    }
}

/// Someone the election needs: a member (by id), or a person who is not a member (by name).
public enum Participant: Sendable, Hashable {
    case member(MemberID)
    case named(String)

    /// "member 42" or the name, for tables.
    public var label: String {
        switch self {
        case .member(let id): return "member \(id)"
        case .named(let name): return name
        }
    }
}

/// The facts of an election the party stands in.
public struct PartyElectionDetails: Sendable, Hashable {
    public var name: String
    public var kind: ElectionKind
    /// `nil` only for a UK general election.
    public var nation: Nation?
    public var isGeneralElection: Bool
    /// The ward, division or constituency.
    public var area: String?
    public var pollDate: CalendarDate
    public var writDate: CalendarDate?
    public var closeOfNominations: CalendarDate?
    public var declaredOn: CalendarDate?
    /// The council's postal-vote dispatch date, which the mailing must beat.
    public var postalVoteDispatch: CalendarDate?
    public var mailOption: MailOption
    /// The description authorised on the certificate of authorisation.
    public var authorisedDescription: String?
    /// The description written on the nomination paper (must match the authorised one).
    public var paperDescription: String?
    public var candidate: Participant?
    public var agent: Participant?
    /// The party's nominating officer, who signs the certificate of authorisation.
    public var nominatingOfficer: MemberID?

    public init(
        name: String, kind: ElectionKind, nation: Nation?, isGeneralElection: Bool = false,
        area: String? = nil, pollDate: CalendarDate, writDate: CalendarDate? = nil,
        closeOfNominations: CalendarDate? = nil, declaredOn: CalendarDate? = nil,
        postalVoteDispatch: CalendarDate? = nil, mailOption: MailOption = .unaddressed,
        authorisedDescription: String? = nil, paperDescription: String? = nil,
        candidate: Participant? = nil, agent: Participant? = nil, nominatingOfficer: MemberID? = nil
    ) {
        self.name = name
        self.kind = kind
        self.nation = nation
        self.isGeneralElection = isGeneralElection
        self.area = area
        self.pollDate = pollDate
        self.writDate = writDate
        self.closeOfNominations = closeOfNominations
        self.declaredOn = declaredOn
        self.postalVoteDispatch = postalVoteDispatch
        self.mailOption = mailOption
        self.authorisedDescription = authorisedDescription
        self.paperDescription = paperDescription
        self.candidate = candidate
        self.agent = agent
        self.nominatingOfficer = nominatingOfficer
    }

    /// The timetable request these facts make, with the party's extra excluded days.
    public func timetableRequest(extraExcludedDays: Set<CalendarDate> = []) -> TimetableRequest {
        TimetableRequest(
            kind: kind, nation: nation, pollDate: pollDate, writDate: writDate,
            closeOfNominations: closeOfNominations, declarationDate: declaredOn,
            isGeneralElection: isGeneralElection || (kind == .ukParliament && nation == nil),
            extraExcludedDays: extraExcludedDays)
    }

    /// Checks the facts before they are stored: a name, and a timetable the law allows (the
    /// engine refuses a kind held in another nation, a writ after the poll, and so on).
    public func validated(holidays: BankHolidays = .shipped) throws -> PartyElectionDetails {
        var checked = self
        checked.name = name.trimmingWhitespace
        guard !checked.name.isEmpty else {
            throw InvalidInput(field: "name", value: name, expected: "a name for the election")
        }
        checked.area = area?.trimmingWhitespace
        if checked.area?.isEmpty == true { checked.area = nil }
        let timetable = try TimetableEngine.timetable(for: timetableRequest(), holidays: holidays)
        if kind == .parish, agent != nil {
            throw InvalidInput(
                field: "agent", value: "", expected: "no election agent: parish and community council elections have none")
        }
        if let dispatch = postalVoteDispatch {
            guard dispatch <= pollDate else {
                throw InvalidInput(
                    field: "postal_vote_dispatch", value: dispatch.iso, expected: "a date no later than polling day \(pollDate)")
            }
            if let close = timetable[.closeOfNominations]?.date, dispatch < close {
                throw InvalidInput(
                    field: "postal_vote_dispatch", value: dispatch.iso,
                    expected: "a date after nominations close on \(close): ballot papers cannot be printed before")
            }
        }
        if let declared = declaredOn, declared > pollDate.adding(days: 14) {
            throw InvalidInput(
                field: "declared", value: declared.iso, expected: "a declaration within 14 days of polling day \(pollDate)")
        }
        return checked
    }
}
