internal import GRDB
import Councillors
import Members
import RosetteCore

/// One row of the `councillor` table. Internal: the rest of Rosette sees `Councillor`.
struct CouncillorRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "councillor"
    var id: Int64?
    var councilId: Int64
    var wardId: Int64
    var memberId: Int64?
    var name: String
    var electedOn: String
    var termEndsOn: String?
    var email: String?
    var phone: String?
    var leftOn: String?
    var createdAt: String
    var updatedAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ details: CouncillorDetails, council: CouncilID, ward: WardID, now: String) {
        councilId = council.rawValue
        wardId = ward.rawValue
        name = ""
        electedOn = ""
        createdAt = now
        updatedAt = now
        apply(details)
    }

    mutating func apply(_ details: CouncillorDetails) {
        name = details.name.value
        memberId = details.memberID?.rawValue
        electedOn = details.electedOn.iso
        termEndsOn = details.termEndsOn?.iso
        email = details.email?.value
        phone = details.phone?.e164
    }

    func councillor(affiliations: [AffiliationPeriod], offices: [OfficeTerm]) throws -> Councillor {
        let id = self.id ?? 0
        func date(_ field: String, _ text: String?) throws -> CalendarDate? {
            guard let text else { return nil }
            guard let date = CalendarDate(iso: text) else { throw StoredDataError(kind: "councillor", id: id, field: field) }
            return date
        }
        guard let elected = try date("electedOn", electedOn) else {
            throw StoredDataError(kind: "councillor", id: id, field: "electedOn")
        }
        let details = CouncillorDetails(
            name: try PersonName(parsing: name), memberID: memberId.map(MemberID.init(rawValue:)),
            electedOn: elected, termEndsOn: try date("termEndsOn", termEndsOn),
            email: try email.map { try EmailAddress(parsing: $0) }, phone: try phone.map { try PhoneNumber(parsing: $0) })
        return Councillor(
            id: CouncillorID(rawValue: id), details: details, councilID: CouncilID(rawValue: councilId),
            wardID: WardID(rawValue: wardId), affiliations: affiliations, offices: offices,
            leftOn: try date("leftOn", leftOn))
    }

    /// Loads councillors with their histories: all of them, or one council's.
    static func load(_ db: Database, council: CouncilID? = nil, id: CouncillorID? = nil) throws -> [Councillor] {
        let records = try CouncillorRecord.fetchAll(
            db,
            sql: """
                SELECT * FROM councillor WHERE (?1 IS NULL OR councilId = ?1) AND (?2 IS NULL OR id = ?2)
                ORDER BY councilId, id
                """, arguments: [council?.rawValue, id?.rawValue])
        guard !records.isEmpty else { return [] }
        var periods: [Int64: [AffiliationPeriod]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT a.councillorId, a.partyId, a.startedOn, a.endedOn FROM affiliation a
                JOIN councillor c ON c.id = a.councillorId
                WHERE (?1 IS NULL OR c.councilId = ?1) AND (?2 IS NULL OR c.id = ?2)
                ORDER BY a.councillorId, a.startedOn
                """, arguments: [council?.rawValue, id?.rawValue])
        {
            let owner: Int64 = row["councillorId"]
            guard let start = CalendarDate(iso: row["startedOn"] as String) else {
                throw StoredDataError(kind: "councillor", id: owner, field: "affiliation")
            }
            let end = (row["endedOn"] as String?).flatMap { CalendarDate(iso: $0) }
            periods[owner, default: []].append(
                AffiliationPeriod(party: PartyID(rawValue: row["partyId"]), startedOn: start, endedOn: end))
        }
        var offices: [Int64: [OfficeTerm]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT o.councillorId, o.office, o.startedOn, o.endedOn, o.note FROM councillorOffice o
                JOIN councillor c ON c.id = o.councillorId
                WHERE (?1 IS NULL OR c.councilId = ?1) AND (?2 IS NULL OR c.id = ?2)
                ORDER BY o.councillorId, o.startedOn, o.id
                """, arguments: [council?.rawValue, id?.rawValue])
        {
            let owner: Int64 = row["councillorId"]
            guard let office = OfficeKind(rawValue: row["office"]), let start = CalendarDate(iso: row["startedOn"] as String)
            else { throw StoredDataError(kind: "councillor", id: owner, field: "office") }
            offices[owner, default: []].append(
                OfficeTerm(
                    office: office, startedOn: start,
                    endedOn: (row["endedOn"] as String?).flatMap { CalendarDate(iso: $0) }, note: row["note"]))
        }
        return try records.map { record in
            try record.councillor(affiliations: periods[record.id ?? 0] ?? [], offices: offices[record.id ?? 0] ?? [])
        }
    }
}
