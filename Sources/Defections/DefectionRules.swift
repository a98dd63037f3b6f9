public import Councillors
public import RosetteCore

/// Checks a defection against the councillor's history before anything is written.
public enum DefectionRules {
    /// The change to make, or why the defection cannot be recorded:
    ///
    /// * not in the future (a defection is recorded once it has taken effect);
    /// * after the current period began (an earlier date would overlap the history; correct the
    ///   history instead);
    /// * while the councillor sat (after election, before the seat fell vacant or the term ended);
    /// * to a different party.
    public static func change(
        for defection: NewDefection, councillor: Councillor, today: CalendarDate
    ) throws(DefectionError) -> DefectionChange {
        let id = councillor.id
        let day = defection.effectiveOn
        guard day <= today else { throw .inFuture(id, day) }
        if let announced = defection.announcedOn, announced > today { throw .announcedInFuture(id, announced) }
        guard let current = councillor.currentAffiliation else { throw .noHistory(id) }
        guard day > current.startedOn else { throw .beforeCurrentPeriod(id, day, current.startedOn) }
        guard councillor.isSitting(on: day) else { throw .notSitting(id, day) }
        guard defection.to != current.party else { throw .sameParty(id) }
        var closed = current
        closed.endedOn = day
        return DefectionChange(closed: closed, opened: AffiliationPeriod(party: defection.to, startedOn: day))
    }
}

/// Defections the user can get wrong. Records by id only.
public enum DefectionError: RosetteFailure, Equatable {
    case inFuture(CouncillorID, CalendarDate)
    case announcedInFuture(CouncillorID, CalendarDate)
    case noHistory(CouncillorID)
    case beforeCurrentPeriod(CouncillorID, CalendarDate, CalendarDate)
    case notSitting(CouncillorID, CalendarDate)
    case sameParty(CouncillorID)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .inFuture(let id, let day):
            return "the defection of councillor \(id) is dated \(day), in the future; record it once it takes effect"
        case .announcedInFuture(let id, let day):
            return "the announcement date \(day) for councillor \(id) is in the future"
        case .noHistory(let id): return "councillor \(id) has no party history"
        case .beforeCurrentPeriod(let id, let day, let start):
            return "councillor \(id)'s current party period began on \(start); a defection dated \(day) "
                + "would overlap it (nothing was changed)"
        case .notSitting(let id, let day): return "councillor \(id) was not sitting on \(day)"
        case .sameParty(let id): return "councillor \(id) already sits for that party"
        }
    }
}
