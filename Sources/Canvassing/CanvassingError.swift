import Foundation
public import RosetteCore

/// Canvassing failures a user can cause. Electors are named by number, never by name.
public enum CanvassingError: RosetteFailure, Equatable {
    case noRegister
    case unknownElector(String)
    case unknownEdition(String)
    case anonymousElector(String)
    case excludedElector(String)
    /// A `--ward` or `--district` that no elector has: an empty list would look like "all done".
    case unknownWard(String)
    /// An attempt dated after today: a typo such as 2027 for 2026.
    case attemptInFuture(elector: String, on: String, today: String)
    /// An attempt id already stored with other answers: two records were given one id (a
    /// copied sheet row, a buggy app), and silently keeping the first would lose the second.
    case conflictingAttempt(String)
    case unknownDistrict(String)
    case unknownStreet(String)
    /// A returned sheet's name is not the register's for that number (`SheetName`).
    case nameMismatch(String)
    case unknownSession(Int64)
    /// The edition in force on a poll day is not loaded, so its elector numbers mean nothing.
    case editionNotLoaded(edition: String, day: String)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .noRegister: return "no electoral register has been imported; run `rosette register import FILE` first"
        case .unknownElector(let number): return "elector \(number) is not on the current register"
        case .unknownEdition(let name): return "there is no register edition \(name)"
        case .anonymousElector(let number):
            return "elector \(number) is an anonymous entry and cannot be canvassed by name"
        case .editionNotLoaded(let edition, let day):
            return "register edition \(edition) (in force on \(day)) has not been imported; nothing was recorded"
        case .conflictingAttempt(let id):
            return "canvass attempt \(id) was already recorded with different answers; give the new one its own id"
        case .attemptInFuture(let elector, let on, let today):
            return "the attempt for elector \(elector) is dated \(on), after today (\(today)); nothing was recorded"
        case .unknownWard(let ward): return "there is no ward \"\(ward)\" on the register"
        case .unknownSession(let id): return "there is no canvass session \(id) (see rosette canvass sessions list)"
        case .unknownStreet(let street): return "there is no street \"\(street)\" on the register"
        case .nameMismatch(let number):
            return "the name on the sheet is not elector \(number)'s on the current register "
                + "(a sheet printed from an earlier edition? numbers change with each edition)"
        case .unknownDistrict(let district): return "there is no polling district \(district) on the register"
        case .excludedElector(let number):
            return "elector \(number) was erased on request and is not to be canvassed; nothing was recorded"
        }
    }
}
