internal import GRDB
public import Members
public import RosetteCore
import Privacy

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
