internal import GRDB
import Elections
import Members
import RosetteCore

/// One row of the `election` table. Internal: the rest of Rosette sees `PartyElection`.
struct ElectionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "election"

    var id: Int64?
    var name: String
    var kind: String
    var nation: String?
    var generalElection: Bool
    var area: String?
    var pollDate: String
    var writDate: String?
    var closeOfNominations: String?
    var declaredOn: String?
    var postalVoteDispatch: String?
    var mailOption: String
    var authorisedDescription: String?
    var paperDescription: String?
    var candidateMemberId: Int64?
    var candidateName: String?
    var agentMemberId: Int64?
    var agentName: String?
    var nominatingOfficerMemberId: Int64?
    var cancelledOn: String?
    var createdAt: String
    var updatedAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ details: PartyElectionDetails, now: String) {
        id = nil
        name = ""
        kind = ""
        generalElection = false
        pollDate = ""
        mailOption = ""
        createdAt = now
        updatedAt = now
        apply(details)
    }

    mutating func apply(_ details: PartyElectionDetails) {
        name = details.name
        kind = details.kind.rawValue
        nation = details.nation?.rawValue
        generalElection = details.isGeneralElection
        area = details.area
        pollDate = details.pollDate.iso
        writDate = details.writDate?.iso
        closeOfNominations = details.closeOfNominations?.iso
        declaredOn = details.declaredOn?.iso
        postalVoteDispatch = details.postalVoteDispatch?.iso
        mailOption = details.mailOption.rawValue
        authorisedDescription = details.authorisedDescription
        paperDescription = details.paperDescription
        (candidateMemberId, candidateName) = Self.columns(details.candidate)
        (agentMemberId, agentName) = Self.columns(details.agent)
        nominatingOfficerMemberId = details.nominatingOfficer?.rawValue
    }

    private static func columns(_ participant: Participant?) -> (Int64?, String?) {
        switch participant {
        case .member(let id): return (id.rawValue, nil)
        case .named(let name): return (nil, name)
        case nil: return (nil, nil)
        }
    }

    private static func participant(member: Int64?, name: String?) -> Participant? {
        if let member { return .member(MemberID(rawValue: member)) }
        return name.map(Participant.named)
    }

    func election() throws -> PartyElection {
        guard let id else { throw StoredDataError(kind: "election", id: 0, field: "id") }
        func required<T>(_ field: String, _ value: T?) throws -> T {
            guard let value else { throw StoredDataError(kind: "election", id: id, field: field) }
            return value
        }
        func date(_ field: String, _ text: String?) throws -> CalendarDate? {
            guard let text else { return nil }
            return try required(field, CalendarDate(iso: text))
        }
        let details = PartyElectionDetails(
            name: name, kind: try required("kind", ElectionKind(rawValue: kind)),
            nation: try nation.map { try required("nation", Nation(rawValue: $0)) },
            isGeneralElection: generalElection, area: area,
            pollDate: try required("pollDate", CalendarDate(iso: pollDate)),
            writDate: try date("writDate", writDate),
            closeOfNominations: try date("closeOfNominations", closeOfNominations),
            declaredOn: try date("declaredOn", declaredOn),
            postalVoteDispatch: try date("postalVoteDispatch", postalVoteDispatch),
            mailOption: try required("mailOption", MailOption(rawValue: mailOption)),
            authorisedDescription: authorisedDescription, paperDescription: paperDescription,
            candidate: Self.participant(member: candidateMemberId, name: candidateName),
            agent: Self.participant(member: agentMemberId, name: agentName),
            nominatingOfficer: nominatingOfficerMemberId.map(MemberID.init(rawValue:)))
        return PartyElection(
            id: ElectionID(rawValue: id), details: details, cancelledOn: try date("cancelledOn", cancelledOn))
    }
}
