internal import GRDB
import Councillors
import Elections
import RosetteCore

/// One row of the `party` table.
struct PartyRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "party"
    var id: Int64?
    var name: String
    var shortName: String
    var colour: String?
    var createdAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var party: Party {
        Party(id: PartyID(rawValue: id ?? 0), name: name, shortName: shortName, colour: colour)
    }
}

/// One row of the `council` table.
struct CouncilRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "council"
    var id: Int64?
    var name: String
    var tier: String
    var nation: String
    var areaCode: String?
    var nextOrdinaryElection: String?
    var createdAt: String
    var updatedAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ details: CouncilDetails, now: String) {
        name = ""
        tier = ""
        nation = ""
        createdAt = now
        updatedAt = now
        apply(details)
    }

    mutating func apply(_ details: CouncilDetails) {
        name = details.name
        tier = details.tier.rawValue
        nation = details.nation.rawValue
        areaCode = details.areaCode
        nextOrdinaryElection = details.nextOrdinaryElection?.iso
    }

    func council() throws -> Council {
        let id = self.id ?? 0
        guard let tier = CouncilTier(rawValue: tier), let nation = Nation(rawValue: nation) else {
            throw StoredDataError(kind: "council", id: id, field: "tier")
        }
        let next = try nextOrdinaryElection.map { text in
            guard let date = CalendarDate(iso: text) else {
                throw StoredDataError(kind: "council", id: id, field: "nextOrdinaryElection")
            }
            return date
        }
        return Council(
            id: CouncilID(rawValue: id),
            details: CouncilDetails(
                name: name, tier: tier, nation: nation, areaCode: areaCode, nextOrdinaryElection: next))
    }
}

/// One row of the `ward` table.
struct WardRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "ward"
    var id: Int64?
    var councilId: Int64
    var name: String
    var seats: Int

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var ward: Ward {
        Ward(id: WardID(rawValue: id ?? 0), councilID: CouncilID(rawValue: councilId), name: name, seats: seats)
    }
}
