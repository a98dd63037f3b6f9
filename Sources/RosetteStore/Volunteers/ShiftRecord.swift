import Foundation
internal import GRDB
import RosetteCore
import Volunteers

/// One row of the `shift` table: wall-clock times and the instants they name.
struct ShiftRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "shift"

    var id: Int64?
    var activityId: Int64
    var startLocal: String
    var endLocal: String
    var startsAt: String
    var endsAt: String
    var minVolunteers: Int
    var maxVolunteers: Int
    var role: String?
    var requiredSkill: String?
    var createdAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ details: ShiftDetails, now: String) {
        id = nil
        activityId = details.activity.rawValue
        startLocal = details.times.start.local.iso
        endLocal = details.times.end.local.iso
        startsAt = details.times.start.instant.utcText
        endsAt = details.times.end.instant.utcText
        minVolunteers = details.capacity.minimum
        maxVolunteers = details.capacity.maximum
        role = details.role
        requiredSkill = details.requiredSkill?.slug
        createdAt = now
    }

    func shift() throws -> Shift {
        let id = self.id ?? 0
        func required<T>(_ field: String, _ value: T?) throws -> T {
            guard let value else { throw StoredDataError(kind: "shift", id: id, field: field) }
            return value
        }
        let times = ShiftTimes(
            start: ResolvedTime(
                local: try required("startLocal", LocalDateTime(iso: startLocal)),
                instant: try required("startsAt", Instant(utc: startsAt))),
            end: ResolvedTime(
                local: try required("endLocal", LocalDateTime(iso: endLocal)),
                instant: try required("endsAt", Instant(utc: endsAt))))
        let capacity = try required("maxVolunteers", try? Capacity(minimum: minVolunteers, maximum: maxVolunteers))
        let skill = try requiredSkill.map { try required("requiredSkill", try? Skill(parsing: $0)) }
        return Shift(
            id: ShiftID(rawValue: id),
            details: ShiftDetails(
                activity: ActivityID(rawValue: activityId), times: times, capacity: capacity, role: role,
                requiredSkill: skill))
    }
}

/// One row of the `signup` table.
struct SignupRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "signup"

    var id: Int64?
    var uuid: String
    var shiftId: Int64
    var volunteerId: Int64
    var status: String
    var signedUpAt: String
    var cancelledAt: String?
    var updatedAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// A new sign-up, with its identifier made here, where it is recorded.
    init(shift: ShiftID, volunteer: VolunteerID, status: SignupStatus, at now: Instant) {
        id = nil
        uuid = UUID().uuidString.lowercased()
        shiftId = shift.rawValue
        volunteerId = volunteer.rawValue
        self.status = status.rawValue
        signedUpAt = now.utcText
        cancelledAt = nil
        updatedAt = now.utcText
    }

    func signup() throws -> Signup {
        let id = self.id ?? 0
        guard let status = SignupStatus(rawValue: status), let signedUp = Instant(utc: signedUpAt) else {
            throw StoredDataError(kind: "signup", id: id, field: "status")
        }
        return Signup(
            id: SignupID(rawValue: id), shift: ShiftID(rawValue: shiftId), volunteer: VolunteerID(rawValue: volunteerId),
            status: status, signedUpAt: signedUp, cancelledAt: cancelledAt.flatMap { Instant(utc: $0) })
    }
}
