internal import GRDB
public import Members
public import RosetteCore
import Privacy

extension MemberRepository {
    /// Calls `body` with every member, in id order, with roles and consent, streaming from one
    /// read transaction so an export is a consistent snapshot and memory does not grow with the
    /// number of members.
    ///
    /// Members come from one cursor over one prepared statement, read by column position (no
    /// `Codable` decoding, which was a third of an export's time); roles and consent are fetched
    /// once per page of 1,000 members, by id range.
    public func forEachMember(_ body: (MemberProfile) throws -> Void) throws {
        try database.dbWriter.read { db in
            let cursor = try Row.fetchCursor(
                db.makeStatement(sql: "SELECT \(MemberRecord.exportSelection) FROM member ORDER BY id"))
            let page = 1000
            var members: [Member] = []
            members.reserveCapacity(page)
            func emitPage() throws {
                let ids = members.map(\.id)
                let roles = try Self.roles(of: ids, in: db)
                let consent = try Self.consentHistory(of: ids, in: db)
                for member in members {
                    try body(
                        MemberProfile(
                            member: member, roles: roles[member.id] ?? [], payments: [],
                            consent: consent[member.id] ?? []))
                }
                members.removeAll(keepingCapacity: true)
            }
            while let row = try cursor.next() {
                members.append(try MemberRecord(exportRow: row).member())
                if members.count == page { try emitPage() }
            }
            if !members.isEmpty { try emitPage() }
        }
    }

    /// Figures for the dashboard and `members stats`.
    public func stats(on today: CalendarDate, gracePeriodDays: Int) throws -> MemberStats {
        try database.dbWriter.read { db in
            let cursor = try MemberRecord.fetchCursor(db)
            var members: [Member] = []
            while let record = try cursor.next() { members.append(try record.member()) }
            return MemberStats.compute(members, on: today, gracePeriodDays: gracePeriodDays)
        }
    }
}

extension MemberRepository {
    /// Calls `body` with every member who may be contacted on `channel` (`MemberContactList`),
    /// leaving out anyone on the do-not-contact list, in id order.
    ///
    /// - returns: how many were left out because they are on the do-not-contact list.
    @discardableResult
    public func forEachContactable(
        on channel: ContactChannel, today: CalendarDate, gracePeriodDays: Int, _ body: (Member) throws -> Void
    ) throws -> Int {
        let suppression = try SuppressionRepository.list(in: database)
        var suppressed = 0
        try forEachMember { profile in
            let member = profile.member
            guard
                MemberContactList.includes(
                    member, consent: profile.consent, channel: channel, today: today, gracePeriodDays: gracePeriodDays)
            else { return }
            let details = member.details
            if suppression.suppresses(
                email: details.email, phone: details.phone, name: "\(details.firstName) \(details.lastName)",
                postcode: details.postcode)
            {
                suppressed += 1
                return
            }
            try body(member)
        }
        return suppressed
    }
}

extension MemberRecord {
    /// The columns `init(exportRow:)` reads, in its order.
    static let exportSelection = """
        id, firstName, lastName, email, emailKey, phone, postcode, nameKey, address, dateOfBirth,
        joinedOn, branch, membershipType, duesPence, paidUntil, endedOn, endReason, notes,
        createdAt, updatedAt
        """

    /// A record read by column position from a row of `exportSelection`. A NOT NULL column that
    /// is somehow NULL reads as empty text, which `member()` then reports as unreadable.
    init(exportRow row: Row) {
        id = row[0]
        firstName = row[1] ?? ""
        lastName = row[2] ?? ""
        email = row[3]
        emailKey = row[4]
        phone = row[5]
        postcode = row[6]
        nameKey = row[7] ?? ""
        address = row[8]
        dateOfBirth = row[9]
        joinedOn = row[10] ?? ""
        branch = row[11]
        membershipType = row[12] ?? ""
        duesPence = row[13]
        paidUntil = row[14]
        endedOn = row[15]
        endReason = row[16]
        notes = row[17]
        createdAt = row[18] ?? ""
        updatedAt = row[19] ?? ""
    }
}
