internal import GRDB
public import RosetteCore
public import Volunteers

// MARK: - Reports: gaps, reminders, figures

extension VolunteerRepository {
    /// Understaffed shifts from `today` within `withinDays`, with who could fill them
    /// (`ShiftGaps.find`).
    public func gaps(today: CalendarDate, withinDays: Int) throws -> [ShiftGap] {
        let overviews = try overviews(from: today, through: today.adding(days: withinDays))
        return try database.dbWriter.read { db in
            ShiftGaps.find(
                overviews, today: today, withinDays: withinDays, volunteers: try Self.contacts(in: db),
                commitments: try Self.commitments(of: nil, in: db))
        }
    }

    /// Who to remind about shifts on `day`, with the channels they consented to.
    public func reminders(for day: CalendarDate) throws -> [ShiftReminder] {
        let overviews = try overviews(from: day, through: day)
        let contacts = try contacts()
        return ShiftReminders.due(
            on: day, overviews, contacts: Dictionary(uniqueKeysWithValues: contacts.map { ($0.volunteer.id, $0) }))
    }

    /// Hours, shifts, no-shows and quiet volunteers (`VolunteerStats.rows`).
    public func stats(today: CalendarDate, quietAfterDays: Int) throws -> [VolunteerStatsRow] {
        try database.dbWriter.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT signup.id AS signupRowId, signup.status AS signupStatus, signup.volunteerId, shift.*
                    FROM signup JOIN shift ON shift.id = signup.shiftId
                    """)
            var byVolunteer: [VolunteerID: [SignupOnShift]] = [:]
            for row in rows {
                let shift = try ShiftRecord(row: row).shift()
                let id = VolunteerID(rawValue: row["volunteerId"])
                guard let status = SignupStatus(rawValue: row["signupStatus"]) else {
                    throw StoredDataError(kind: "signup", id: row["signupRowId"], field: "status")
                }
                let signup = Signup(
                    id: SignupID(rawValue: row["signupRowId"]), shift: shift.id, volunteer: id, status: status,
                    signedUpAt: shift.times.start.instant)
                byVolunteer[id, default: []].append(SignupOnShift(signup: signup, times: shift.times))
            }
            return VolunteerStats.rows(
                try Self.contacts(in: db), signups: byVolunteer, today: today, quietAfterDays: quietAfterDays)
        }
    }

    /// A volunteer's shifts from `today` on where they are booked or waiting, soonest first.
    public func shifts(of volunteer: VolunteerID, from today: CalendarDate) throws -> [ShiftOverview] {
        try database.dbWriter.read { db in
            _ = try Self.record(volunteer, in: db)
            let records = try ShiftRecord.fetchAll(
                db,
                sql: """
                    SELECT shift.* FROM shift JOIN signup ON signup.shiftId = shift.id
                    WHERE signup.volunteerId = ? AND signup.status <> 'cancelled' AND shift.startLocal >= ?
                    ORDER BY shift.startsAt, shift.id
                    """, arguments: [volunteer.rawValue, today.iso + "T00:00"])
            return try Self.overviews(records, in: db)
        }
    }
}
