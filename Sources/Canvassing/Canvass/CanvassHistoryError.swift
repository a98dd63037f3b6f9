import Foundation
public import RosetteCore

/// Failures of reading a person's canvass and turnout history, and of dating an attempt against
/// an edition's numbers. Electors are named by number and editions by name, never by a person's
/// name.
public enum CanvassHistoryError: RosetteFailure, Equatable {
    /// Anonymous entries (marker N, SI 2001/497 reg 41A) are held as a number only: nothing
    /// about them is shown, as nothing could be recorded.
    case anonymousElector(String)
    /// Erased on request: what is left (a register row the party may not alter) is not shown.
    case erasedElector(String)
    /// A `--voted-at`/`--not-voted-at` day with no turnout recorded at all: a typo would give an
    /// empty list that looks finished, or everyone listed as a non-voter.
    case noTurnoutRecorded(String)
    /// An attempt dated before the edition its elector number belongs to was published: the
    /// number did not exist yet, so the date (or the number) is a typo.
    case attemptBeforeEdition(elector: String, on: String, edition: String, publishedOn: String)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .anonymousElector(let number):
            return "elector \(number) is an anonymous entry: there is no canvass or turnout history to show"
        case .erasedElector(let number):
            return "elector \(number) was erased on request: their history is not shown"
        case .noTurnoutRecorded(let day):
            return "no turnout is recorded for a poll on \(day); record it with `rosette register marked` "
                + "or `rosette canvass voted` first"
        case .attemptBeforeEdition:
            return reason + "; nothing was recorded"
        }
    }

    /// The failure without its closing clause, as an import reports it against a line.
    public var reason: String {
        switch self {
        case .attemptBeforeEdition(let elector, let on, let edition, let published):
            return "the attempt for elector \(elector) is dated \(on), before register edition \(edition) "
                + "was published on \(published), so that number did not exist yet (check the date)"
        default: return description
        }
    }
}

extension RegisterEdition {
    /// Refuses an attempt dated before this edition was published, for an elector whose number
    /// is read against it. Elector numbers are renumbered every December (canvassing-and-register.md
    /// §1), so an attempt in 2019 against a 2026-27 number cannot be right: either the date is a
    /// typo or the sheet used another edition's numbers, and storing it would put an answer on
    /// whoever holds that number now.
    public func checkAttempt(on day: CalendarDate, elector: RegisterNumber) throws(CanvassHistoryError) {
        guard day < publishedOn else { return }
        throw .attemptBeforeEdition(
            elector: elector.normalised, on: day.iso, edition: name, publishedOn: publishedOn.iso)
    }
}
