public import RosetteCore

/// Why a seat fell vacant between ordinary elections (LGA 1972 ss.84–87; Local Government
/// (Scotland) Act 1973 s.37).
public enum VacancyReason: String, CaseIterable, Sendable, Codable {
    case resignation
    case death
    case disqualification
    /// Six months without attending a meeting (LGA 1972 s.85).
    case nonAttendance = "non-attendance"
}

/// A casual vacancy, as stored. Its deadlines are derived (`VacancyPlanner`), never stored, so
/// a corrected date or a new rule value moves them all.
public struct CasualVacancy: Hashable, Sendable {
    public var id: Int64
    public var councillorID: CouncillorID
    public var councilID: CouncilID
    public var wardID: WardID
    public var reason: VacancyReason
    /// The date of the notice of the vacancy (posted by the proper officer or clerk).
    public var noticeOn: CalendarDate
    /// When electors asked for an election (two at a principal council, ten at a parish).
    public var requestedOn: CalendarDate?
    /// The by-election created for it, once there is one (an `ElectionID` in the Elections module).
    public var electionID: Int64?
    public var note: String?

    public init(
        id: Int64, councillorID: CouncillorID, councilID: CouncilID, wardID: WardID, reason: VacancyReason,
        noticeOn: CalendarDate, requestedOn: CalendarDate? = nil, electionID: Int64? = nil, note: String? = nil
    ) {
        self.id = id
        self.councillorID = councillorID
        self.councilID = councilID
        self.wardID = wardID
        self.reason = reason
        self.noticeOn = noticeOn
        self.requestedOn = requestedOn
        self.electionID = electionID
        self.note = note
    }
}
