internal import GRDB
public import RosetteCore
public import Volunteers

// MARK: - Sign-ups

/// What a sign-up did: booked or waitlisted, and the warnings `--force` overrode.
public struct SignupOutcome: Sendable {
    public var signup: Signup
    public var warnings: [String]
}

extension VolunteerRepository {
    /// Signs a volunteer up to a shift: a place if one is free, else the waiting list
    /// (`SignupRules.decide`). Refused, with nothing changed, on a clash.
    public func signUp(
        _ volunteer: VolunteerID, to shift: ShiftID, today: CalendarDate, now: Instant, force: Bool
    ) throws -> SignupOutcome {
        try database.dbWriter.write { db in
            let target = try Self.shift(shift, in: db)
            let person = try Self.volunteer(volunteer, in: db)
            let decision = try SignupRules.decide(
                shift: target, volunteer: person, signups: try Self.signups(on: shift, in: db),
                commitments: try Self.commitments(of: volunteer, in: db)[volunteer] ?? [], today: today, force: force)
            var record = SignupRecord(shift: shift, volunteer: volunteer, status: decision.status, at: now)
            try record.insert(db)
            try AuditLog.record(
                db, actor: actor, kind: "signup", id: record.id ?? db.lastInsertedRowID, action: .create,
                fields: ["shift_id", "volunteer_id", "status"] + (decision.warnings.isEmpty ? [] : ["forced"]))
            return SignupOutcome(signup: try record.signup(), warnings: decision.warnings)
        }
    }

    /// Cancels a sign-up (recording when); a freed place goes to the first on the waiting list.
    public func cancel(_ volunteer: VolunteerID, from shift: ShiftID, now: Instant) throws -> CancellationPlan {
        try database.dbWriter.write { db in
            _ = try Self.volunteer(volunteer, in: db)
            let plan = try SignupRules.cancel(
                volunteer, on: try Self.shift(shift, in: db), signups: try Self.signups(on: shift, in: db), at: now)
            try store(plan.cancelled, now: now, fields: ["status", "cancelled_at"], in: db)
            if let promoted = plan.promoted { try store(promoted, now: now, fields: ["status"], in: db) }
            return plan
        }
    }

    /// Confirms that a signed-up volunteer is coming.
    public func confirm(_ volunteer: VolunteerID, on shift: ShiftID, now: Instant) throws -> Signup {
        try database.dbWriter.write { db in
            _ = try Self.volunteer(volunteer, in: db)
            _ = try Self.shift(shift, in: db)
            let signups = try Self.signups(on: shift, in: db)
            let confirmed = try SignupRules.confirm(volunteer, on: shift, signups: signups)
            if signups.contains(where: { $0.id == confirmed.id && $0.status != confirmed.status }) {
                try store(confirmed, now: now, fields: ["status"], in: db)
            }
            return confirmed
        }
    }

    /// Records who came and who did not; all or nothing.
    public func recordAttendance(
        on shift: ShiftID, present: [VolunteerID], absent: [VolunteerID], today: CalendarDate, now: Instant
    ) throws -> [AttendanceChange] {
        try database.dbWriter.write { db in
            for volunteer in present + absent { _ = try Self.record(volunteer, in: db) }
            let target = try Self.shift(shift, in: db)
            let signups = try Self.signups(on: shift, in: db)
            let changes = try SignupRules.attendance(
                on: target, present: present, absent: absent, signups: signups, today: today)
            for change in changes {
                if let id = change.signup, var signup = signups.first(where: { $0.id == id }) {
                    guard signup.status != change.status else { continue }
                    signup.status = change.status
                    try store(signup, now: now, fields: ["status"], in: db)
                } else {
                    var record = SignupRecord(shift: shift, volunteer: change.volunteer, status: change.status, at: now)
                    try record.insert(db)
                    try AuditLog.record(
                        db, actor: actor, kind: "signup", id: record.id ?? db.lastInsertedRowID, action: .create,
                        fields: ["shift_id", "volunteer_id", "status"])
                }
            }
            return changes
        }
    }

    // MARK: Helpers

    static func shift(_ id: ShiftID, in db: Database) throws -> Shift {
        guard let record = try ShiftRecord.fetchOne(db, key: id.rawValue) else { throw VolunteersError.shiftNotFound(id) }
        return try record.shift()
    }

    private func store(_ signup: Signup, now: Instant, fields: [String], in db: Database) throws {
        try db.execute(
            sql: "UPDATE signup SET status = ?, cancelledAt = ?, updatedAt = ? WHERE id = ?",
            arguments: [signup.status.rawValue, signup.cancelledAt?.utcText, now.utcText, signup.id.rawValue])
        try AuditLog.record(db, actor: actor, kind: "signup", id: signup.id.rawValue, action: .update, fields: fields)
    }
}
