public import RosetteCore

/// What can go wrong with members that the user can fix. Descriptions name records by id, never
/// by a person's name, so that error text can be pasted into a chat safely.
public enum MembersError: RosetteFailure, Equatable {
    case notFound(MemberID)
    case duplicateEmail(existing: MemberID)
    case duplicateNamePostcode(existing: MemberID)
    case duplicateID(MemberID)
    case alreadyEnded(MemberID, MembershipEnding.EndReason)
    case paidUntilBeforeJoining(MemberID)
    case roleNotHeld(MemberID, Role)
    case roleAlreadyHeld(MemberID, Role)
    case endBeforeStart(String)
    case amountNeeded(MemberID)
    case implausibleDate(String)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .notFound(let id): return "there is no member \(id)"
        case .duplicateEmail(let existing):
            return "that email address already belongs to member \(existing)"
        case .duplicateNamePostcode(let existing):
            return "member \(existing) already has that name and postcode"
        case .duplicateID(let id): return "member \(id) is already here (same id and name)"
        case .alreadyEnded(let id, let reason):
            return "member \(id)'s membership has already ended (\(reason.rawValue))"
        case .paidUntilBeforeJoining(let id):
            return "the paid-up date for member \(id) is before the date they joined"
        case .roleNotHeld(let id, let role): return "member \(id) does not hold the role \(role)"
        case .roleAlreadyHeld(let id, let role): return "member \(id) already holds the role \(role)"
        case .endBeforeStart(let what): return "\(what) ends before it starts"
        case .amountNeeded(let id):
            return "member \(id) has no dues set; give the amount paid with --amount-pence"
        case .implausibleDate(let what): return what
        }
    }
}
