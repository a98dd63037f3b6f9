internal import GRDB
public import Members
public import RosetteCore

extension MemberRepository {
    /// Calls `body` with every member, in id order, with roles and consent, streaming from one
    /// read transaction so an export is a consistent snapshot and memory does not grow with the
    /// number of members (roles and consent are fetched in pages).
    public func forEachMember(_ body: (MemberProfile) throws -> Void) throws {
        try database.dbWriter.read { db in
            var lastID: Int64 = 0
            let page = 1000
            while true {
                let records = try MemberRecord.filter(MemberRecord.Columns.id > lastID)
                    .order(MemberRecord.Columns.id).limit(page).fetchAll(db)
                guard let last = records.last?.id else { return }
                lastID = last
                let members = try records.map { try $0.member() }
                let ids = members.map(\.id)
                let roles = try Self.roles(of: ids, in: db)
                let consent = try Self.consentHistory(of: ids, in: db)
                for member in members {
                    try body(
                        MemberProfile(
                            member: member, roles: roles[member.id] ?? [], payments: [],
                            consent: consent[member.id] ?? []))
                }
            }
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
