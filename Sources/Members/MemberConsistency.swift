public import RosetteCore

/// The date rules a stored member must still satisfy, for `rosette doctor`.
///
/// `MembershipRules.checkDates` refuses a bad change at the door; this finds rows that got past
/// it (edited with `sqlite3`, or written by an older Rosette). It returns every problem, named by
/// field and never by value: a date of birth is personal data and the doctor's report may be
/// pasted into a support request.
public enum MemberConsistency {
    /// Every impossible date of one member, as short phrases ("paid-up date is before joining").
    ///
    /// - parameter roleStarts: the start dates of the member's roles (a role cannot start before
    ///   the member joined, `MembershipRules.checkRoleStart`).
    public static func problems(
        _ member: Member, roleStarts: [CalendarDate] = [], duesCovering: [CalendarDate] = []
    ) -> [String] {
        let joined = member.details.joinedOn
        var problems: [String] = []
        if let born = member.details.dateOfBirth, born > joined {
            problems.append("date of birth is after the joining date")
        }
        if let paid = member.paidUntil, paid < joined {
            problems.append("paid-up date is before the joining date")
        }
        if let ending = member.ending, ending.on < joined {
            problems.append("membership ended before the joining date")
        }
        if roleStarts.contains(where: { $0 < joined }) {
            problems.append("a role starts before the joining date")
        }
        if duesCovering.contains(where: { $0 < joined }) {
            problems.append("a dues payment covers a period ending before the joining date")
        }
        return problems
    }
}
