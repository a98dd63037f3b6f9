public import RosetteCore

/// A request Rosette cannot build a timetable for. Each case says what was wrong and what was
/// expected in one sentence.
public enum TimetableError: RosetteFailure, Equatable {
    case invalidNation(ElectionKind, Nation)
    case nationRequired(ElectionKind)
    case pollDateOutOfRange(CalendarDate)
    case writNotApplicable(ElectionKind)
    case generalElectionNotApplicable(ElectionKind)
    case writNotBeforePoll(writ: CalendarDate, poll: CalendarDate)
    case closeOfNominationsNotBeforePoll(closeOfNominations: CalendarDate, poll: CalendarDate)
    case closeOfNominationsNotWorkingDay(CalendarDate)
    case closeOfNominationsOutsideWritWindow(
        closeOfNominations: CalendarDate, earliest: CalendarDate, latest: CalendarDate)
    case closeOfNominationsFixedByLaw(given: CalendarDate, expected: CalendarDate, kind: ElectionKind)
    case closeOfNominationsNotApplicable(ElectionKind)
    case pollOutsideByElectionWindow(poll: CalendarDate, earliest: CalendarDate, latest: CalendarDate)
    case declarationBeforePoll(declaration: CalendarDate, poll: CalendarDate)
    case overrideNotApplicable(DeadlineKey, ElectionKind)
    case overrideOutOfRange(DeadlineKey, Int)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .invalidNation(let kind, let nation):
            let valid = kind.validNations.map(\.rawValue).sorted().joined(separator: ", ")
            return "A \(kind.rawValue) election cannot be held in \(nation.rawValue); expected one of: \(valid)."
        case .nationRequired(let kind):
            let valid = kind.validNations.map(\.rawValue).sorted().joined(separator: ", ")
            return "A \(kind.rawValue) timetable needs the nation it is held in (one of: \(valid))."
        case .pollDateOutOfRange(let date):
            return "Polling day \(date.iso) is outside the years Rosette computes (2000 to 2199)."
        case .writNotApplicable(let kind):
            return "A writ date applies only to a UK Parliament by-election, not to a \(kind.rawValue) election."
        case .generalElectionNotApplicable(let kind):
            return "Only uk-parliament elections can be general elections, not \(kind.rawValue)."
        case .writNotBeforePoll(let writ, let poll):
            return "The writ date \(writ.iso) must be before polling day \(poll.iso)."
        case .closeOfNominationsNotBeforePoll(let close, let poll):
            return "Close of nominations \(close.iso) must be before polling day \(poll.iso)."
        case .closeOfNominationsNotWorkingDay(let close):
            return "Close of nominations \(close.iso) is not a working day; nominations close on a working day."
        case .closeOfNominationsOutsideWritWindow(let close, let earliest, let latest):
            return "Close of nominations \(close.iso) is inconsistent with the writ: expected a working day from \(earliest.iso) to \(latest.iso)."
        case .pollOutsideByElectionWindow(let poll, let earliest, let latest):
            return "Polling day \(poll.iso) is outside the legal window for this by-election: it must fall from \(earliest.iso) to \(latest.iso) (17 to 19 working days after close of nominations, RPA 1983 Sch 1 r.1)."
        case .closeOfNominationsFixedByLaw(let given, let expected, let kind):
            return "Close of nominations for a \(kind.rawValue) election is fixed by law at \(expected.iso), not \(given.iso)."
        case .closeOfNominationsNotApplicable(let kind):
            return "A \(kind.rawValue) poll has no nominations, so a close-of-nominations date does not apply."
        case .declarationBeforePoll(let declaration, let poll):
            return "The declaration date \(declaration.iso) must be on or after polling day \(poll.iso)."
        case .overrideNotApplicable(let key, let kind):
            return "The override for \(key.rawValue) does not apply: a \(kind.rawValue) timetable has no counted \(key.rawValue) deadline."
        case .overrideOutOfRange(let key, let value):
            return "The override \(value) for \(key.rawValue) is out of range; expected 0 to 100 days."
        }
    }
}
