internal import GRDB
import Elections
import Members
import RosetteCore
import Volunteers

/// One row of the `volunteer` table. Skills, wards, availability, absences and a supporter's
/// consent live in child tables, read and written by `VolunteerRepository`.
struct VolunteerRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "volunteer"

    var id: Int64?
    var memberId: Int64?
    var name: String?
    var phone: String?
    var email: String?
    var since: String
    var createdAt: String
    var updatedAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ person: VolunteerPerson, since: CalendarDate, now: String) {
        id = nil
        self.since = since.iso
        createdAt = now
        updatedAt = now
        switch person {
        case .member(let member):
            memberId = member.rawValue
        case .supporter(let supporter):
            name = supporter.name.value
            phone = supporter.phone?.e164
            email = supporter.email?.value
        }
    }

    /// The person behind the row; a value edited by hand into something invalid surfaces as a
    /// `StoredDataError` naming the volunteer.
    func person() throws -> VolunteerPerson {
        let id = self.id ?? 0
        if let memberId { return .member(MemberID(rawValue: memberId)) }
        guard let name, let parsed = try? PersonName(parsing: name) else {
            throw StoredDataError(kind: "volunteer", id: id, field: "name")
        }
        func optional<T>(_ text: String?, _ field: String, _ make: (String) throws -> T) throws -> T? {
            guard let text else { return nil }
            guard let value = try? make(text) else { throw StoredDataError(kind: "volunteer", id: id, field: field) }
            return value
        }
        return .supporter(
            Supporter(
                name: parsed, phone: try optional(phone, "phone") { try PhoneNumber(parsing: $0) },
                email: try optional(email, "email") { try EmailAddress(parsing: $0) }))
    }

    func sinceDate() throws -> CalendarDate {
        guard let date = CalendarDate(iso: since) else { throw StoredDataError(kind: "volunteer", id: id ?? 0, field: "since") }
        return date
    }
}

/// One row of the `activity` table.
struct ActivityRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "activity"

    var id: Int64?
    var kind: String
    var name: String
    var ward: String?
    var wardKey: String?
    var place: String?
    var electionId: Int64?
    var createdAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ details: ActivityDetails, now: String) {
        id = nil
        kind = details.kind.rawValue
        name = details.name
        ward = details.ward?.name
        wardKey = details.ward?.key
        place = details.place
        electionId = details.election?.rawValue
        createdAt = now
    }

    func activity() throws -> Activity {
        let id = self.id ?? 0
        guard let kind = ActivityKind(rawValue: kind) else { throw StoredDataError(kind: "activity", id: id, field: "kind") }
        let ward = try self.ward.map { text in
            guard let ward = try? Ward(parsing: text) else { throw StoredDataError(kind: "activity", id: id, field: "ward") }
            return ward
        }
        return Activity(
            id: ActivityID(rawValue: id),
            details: ActivityDetails(
                kind: kind, name: name, ward: ward, place: place, election: electionId.map(ElectionID.init(rawValue:))))
    }
}
