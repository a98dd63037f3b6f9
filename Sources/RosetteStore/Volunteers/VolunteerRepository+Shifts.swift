internal import GRDB
import Elections
public import RosetteCore
public import Volunteers

// MARK: - Activities and shifts

extension VolunteerRepository {
    /// Adds an activity; a linked election must exist.
    public func addActivity(_ details: ActivityDetails) throws -> Activity {
        let checked = try details.validated()
        return try database.dbWriter.write { db in
            if let election = checked.election, try !ElectionRecord.exists(db, key: election.rawValue) {
                throw ElectionsStoreError.notFound(election)
            }
            var record = ActivityRecord(checked, now: Timestamp.now())
            try record.insert(db)
            var fields = ["kind", "name"]
            if checked.ward != nil { fields.append("ward") }
            if checked.place != nil { fields.append("place") }
            if checked.election != nil { fields.append("election_id") }
            try AuditLog.record(
                db, actor: actor, kind: "activity", id: record.id ?? db.lastInsertedRowID, action: .create, fields: fields)
            return try record.activity()
        }
    }

    /// Adds shifts (one, or every occurrence of a recurring one) all together or not at all.
    public func addShifts(_ shifts: [ShiftDetails]) throws -> [Shift] {
        try database.dbWriter.write { db in
            try shifts.map { details in
                _ = try Self.activityRecord(details.activity, in: db)
                var record = ShiftRecord(details, now: Timestamp.now())
                try record.insert(db)
                var fields = ["activity_id", "start", "end", "min", "max"]
                if details.role != nil { fields.append("role") }
                if details.requiredSkill != nil { fields.append("required_skill") }
                try AuditLog.record(
                    db, actor: actor, kind: "shift", id: record.id ?? db.lastInsertedRowID, action: .create, fields: fields)
                return try record.shift()
            }
        }
    }

    public func activity(_ id: ActivityID) throws -> Activity {
        try database.dbWriter.read { db in try Self.activityRecord(id, in: db).activity() }
    }

    /// Activities in the order they were added.
    public func activities() throws -> [Activity] {
        try database.dbWriter.read { db in
            try ActivityRecord.order(Column("id")).fetchAll(db).map { try $0.activity() }
        }
    }

    /// One shift with its activity and sign-ups.
    public func overview(_ id: ShiftID) throws -> ShiftOverview {
        try database.dbWriter.read { db in
            guard let record = try ShiftRecord.fetchOne(db, key: id.rawValue) else { throw VolunteersError.shiftNotFound(id) }
            guard let overview = try Self.overviews([record], in: db).first else { throw VolunteersError.shiftNotFound(id) }
            return overview
        }
    }

    /// Shifts starting on days `from`...`through` (wall clock), soonest first, optionally of one
    /// activity or in one ward.
    public func overviews(
        from: CalendarDate? = nil, through: CalendarDate? = nil, activity: ActivityID? = nil, ward: Ward? = nil
    ) throws -> [ShiftOverview] {
        try database.dbWriter.read { db in
            if let activity { _ = try Self.activityRecord(activity, in: db) }
            var request = ShiftRecord.all()
            if let from { request = request.filter(Column("startLocal") >= from.iso + "T00:00") }
            if let through { request = request.filter(Column("startLocal") <= through.iso + "T23:59") }
            if let activity { request = request.filter(Column("activityId") == activity.rawValue) }
            let records = try request.order(Column("startsAt"), Column("id")).fetchAll(db)
            return try Self.overviews(records, in: db).filter { ward == nil || $0.activity.details.ward == ward }
        }
    }

    // MARK: Queries

    static func activityRecord(_ id: ActivityID, in db: Database) throws -> ActivityRecord {
        guard let record = try ActivityRecord.fetchOne(db, key: id.rawValue) else {
            throw VolunteersError.activityNotFound(id)
        }
        return record
    }

    static func overviews(_ records: [ShiftRecord], in db: Database) throws -> [ShiftOverview] {
        let shifts = try records.map { try $0.shift() }
        var activities: [ActivityID: Activity] = [:]
        for id in Set(shifts.map(\.details.activity)) {
            activities[id] = try activityRecord(id, in: db).activity()
        }
        var signups: [ShiftID: [Signup]] = [:]
        for id in shifts.map(\.id) { signups[id] = try self.signups(on: id, in: db) }
        return try shifts.map { shift in
            guard let activity = activities[shift.details.activity] else {
                throw VolunteersError.activityNotFound(shift.details.activity)
            }
            return ShiftOverview(shift: shift, activity: activity, signups: signups[shift.id] ?? [])
        }
    }

    static func signups(on shift: ShiftID, in db: Database) throws -> [Signup] {
        try SignupRecord.fetchAll(
            db, sql: "SELECT * FROM signup WHERE shiftId = ? ORDER BY signedUpAt, id", arguments: [shift.rawValue]
        ).map { try $0.signup() }
    }

    /// The volunteer's shifts whose sign-up commits their time, for the clash check.
    static func commitments(of volunteer: VolunteerID?, in db: Database) throws -> [VolunteerID: [Commitment]] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT signup.volunteerId, signup.status AS signupStatus, shift.*
                FROM signup JOIN shift ON shift.id = signup.shiftId
                WHERE signup.status <> 'cancelled' AND (? IS NULL OR signup.volunteerId = ?)
                """, arguments: [volunteer?.rawValue, volunteer?.rawValue])
        var result: [VolunteerID: [Commitment]] = [:]
        for row in rows where SignupStatus(rawValue: row["signupStatus"])?.commitsTime == true {
            let shift = try ShiftRecord(row: row).shift()
            result[VolunteerID(rawValue: row["volunteerId"]), default: []].append(
                Commitment(shift: shift.id, times: shift.times))
        }
        return result
    }
}
