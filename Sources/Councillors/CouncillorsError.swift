public import Elections
public import RosetteCore

/// What can go wrong with councils, councillors and vacancies that the user can fix. Records are
/// named by id, never by a person's name.
public enum CouncillorsError: RosetteFailure, Equatable {
    case councilNotFound(CouncilID)
    case councillorNotFound(CouncillorID)
    case wardNotFound(String, CouncilID)
    case vacancyNotFound(Int64)
    case unknownParty(String)
    case duplicateParty(String)
    case unknownTier(String)
    case tierNotInNation(CouncilTier, Nation)
    case emptyName(String)
    case badAreaCode
    case badSeats(Int)
    case badShortName(String)
    case badColour
    case wardFull(ward: String, council: CouncilID, seats: Int)
    case electedInFuture(CalendarDate)
    case termEndsBeforeElection
    case notSitting(CouncillorID, CalendarDate)
    case officeNotHeld(CouncillorID, OfficeKind)
    case officeAlreadyHeld(CouncillorID, OfficeKind)
    case endBeforeStart(String)
    case dateInFuture(String, CalendarDate)
    case vacancyAlreadyRecorded(CouncillorID)
    case vacancyBeforeElection(CouncillorID)
    case vacancyBeforeLaterEvent(CouncillorID, notice: CalendarDate, event: String, on: CalendarDate)
    case requestBeforeNotice(vacancy: Int64?, request: CalendarDate, notice: CalendarDate)
    case requestAlreadyRecorded(vacancy: Int64, on: CalendarDate)
    case samePersonTwice(council: CouncilID, existing: CouncillorID?)
    case noElectionToCreate(Int64, String)
    case electionAlreadyLinked(vacancy: Int64, election: Int64)
    case unknownRuleValue(String)
    case badRuleValue(String, Int)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .councilNotFound(let id): return "there is no council \(id)"
        case .councillorNotFound(let id): return "there is no councillor \(id)"
        case .wardNotFound(let ward, let council): return "council \(council) has no ward \"\(ward)\""
        case .vacancyNotFound(let id): return "there is no vacancy \(id)"
        case .unknownParty(let text):
            return "there is no party \"\(text)\"; see rosette parties list, or add it with "
                + "rosette parties add --name NAME --short SHORT"
        case .duplicateParty(let short): return "there is already a party with the short name \(short)"
        case .unknownTier(let text):
            return "\"\(text)\" is not a council tier; use one of "
                + CouncilTier.allCases.map(\.rawValue).joined(separator: ", ")
        case .tierNotInNation(let tier, let nation):
            return "there are no \(tier.displayName) councils in \(nation.displayName)"
        case .emptyName(let what): return "the \(what) needs a name"
        case .badAreaCode: return "the area code should be letters and digits, such as E07000123"
        case .badSeats(let seats): return "a ward has 1 to 20 seats, not \(seats)"
        case .badShortName(let text):
            return "the short name \"\(text)\" should be up to 20 lower-case letters, digits or hyphens"
        case .badColour: return "the colour should be #RRGGBB, such as #E4003B"
        case .wardFull(let ward, let council, let seats):
            return "ward \"\(ward)\" of council \(council) already has its \(seats) councillor\(seats == 1 ? "" : "s") sitting"
        case .electedInFuture(let date): return "the election date \(date) is in the future"
        case .termEndsBeforeElection: return "the term ends before the councillor was elected"
        case .notSitting(let id, let date): return "councillor \(id) was not sitting on \(date)"
        case .officeNotHeld(let id, let office): return "councillor \(id) does not hold the office of \(office.displayName)"
        case .officeAlreadyHeld(let id, let office): return "councillor \(id) already holds the office of \(office.displayName)"
        case .endBeforeStart(let what): return "\(what) ends before it starts"
        case .dateInFuture(let what, let date): return "\(what) \(date) is in the future"
        case .vacancyAlreadyRecorded(let id): return "councillor \(id)'s seat is already recorded as vacant"
        case .vacancyBeforeElection(let id): return "the vacancy notice is dated before councillor \(id) was elected"
        case .vacancyBeforeLaterEvent(let id, let notice, let event, let day):
            return "the vacancy notice \(notice) is before councillor \(id)'s \(event) on \(day); "
                + "the seat is empty from the notice, so date it on or after that"
        case .requestBeforeNotice(let vacancy, let request, let notice):
            return "the request date \(request) is before \(vacancy.map { "vacancy \($0)'s" } ?? "the vacancy's") notice of \(notice); "
                + "electors can only ask for an election once the vacancy is notified"
        case .requestAlreadyRecorded(let vacancy, let day):
            return "vacancy \(vacancy) already has a request dated \(day), which starts the by-election clock; "
                + "give --replace to correct it"
        case .samePersonTwice(let council, let existing):
            return "the same person (same name and contact details) "
                + (existing.map { "already sits on council \(council) as councillor \($0)" }
                    ?? "is on an earlier row for council \(council)")
                + "; one person holds one seat on a council"
        case .noElectionToCreate(let id, let why): return "vacancy \(id) has no by-election to create: \(why)"
        case .electionAlreadyLinked(let vacancy, let election):
            return "vacancy \(vacancy) is already linked to election \(election)"
        case .unknownRuleValue(let key):
            return "there is no vacancy rule value \"\(key)\"; see rosette vacancies rules"
        case .badRuleValue(let key, let value): return "\(value) is not a usable value for \(key) (1 to 400)"
        }
    }
}
