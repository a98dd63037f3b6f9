public import RosetteCore

/// The checks that keep a member's dates and payments believable, in one place so that every
/// path (add, edit, renew, import, roles, consent) applies the same rules.
public enum MembershipRules {
    /// The largest single payment accepted, in pence (£100,000): far above any dues, low enough
    /// to catch a typo of extra zeros. Donations are the treasurer's module, not this.
    public static let maximumPaymentPence = 10_000_000

    /// How far ahead a paid-up date may run.
    public static let maximumYearsPaidAhead = 10

    /// Checks a renewal and returns the amount to record.
    ///
    /// - throws: `MembersError` when the membership has ended, the amount is missing (no dues set
    ///   and none given), too large, the payment is dated in the future, or the paid-up date is
    ///   before joining or implausibly far ahead.
    public static func renewal(
        of member: Member, until: CalendarDate, paidOn: CalendarDate, amountPence: Int?,
        today: CalendarDate
    ) throws -> Int {
        if let ending = member.ending { throw MembersError.alreadyEnded(member.id, ending.reason) }
        guard until >= member.details.joinedOn else { throw MembersError.paidUntilBeforeJoining(member.id) }
        guard until <= today.adding(months: 12 * maximumYearsPaidAhead) else {
            throw MembersError.implausibleDate("the paid-up date \(until) is more than \(maximumYearsPaidAhead) years ahead")
        }
        guard paidOn <= today else {
            throw MembersError.implausibleDate("the payment date \(paidOn) is in the future")
        }
        guard let amount = amountPence ?? member.details.duesPence else {
            throw MembersError.amountNeeded(member.id)
        }
        guard (0...maximumPaymentPence).contains(amount) else {
            throw MembersError.implausibleDate(
                "the amount \(amount) pence is not between 0 and \(maximumPaymentPence) pence")
        }
        return amount
    }

    /// Checks that a member's dates agree: born before joining, paid and ended no earlier than
    /// joining.
    public static func checkDates(
        _ details: MemberDetails, paidUntil: CalendarDate?, ending: MembershipEnding?
    ) throws {
        if let born = details.dateOfBirth, born > details.joinedOn {
            throw MembersError.implausibleDate("the date of birth \(born) is after joining on \(details.joinedOn)")
        }
        if let paidUntil, paidUntil < details.joinedOn {
            throw MembersError.implausibleDate("joining on \(details.joinedOn) is after the paid-up date \(paidUntil)")
        }
        if let ending, ending.on < details.joinedOn {
            throw MembersError.implausibleDate("joining on \(details.joinedOn) is after the membership ended on \(ending.on)")
        }
    }

    /// Checks that a role can start on `start`: the member is still a member and had joined.
    public static func checkRoleStart(of member: Member, on start: CalendarDate) throws {
        if let ending = member.ending { throw MembersError.alreadyEnded(member.id, ending.reason) }
        guard start >= member.details.joinedOn else {
            throw MembersError.implausibleDate("the role would start on \(start), before the member joined on \(member.details.joinedOn)")
        }
    }

    /// Consent is recorded when it happens, so it cannot be dated in the future (a future-dated
    /// entry would otherwise override every later real one).
    public static func checkConsentDate(_ day: CalendarDate, today: CalendarDate) throws {
        guard day <= today else {
            throw MembersError.implausibleDate("consent cannot be recorded for a future date (\(day))")
        }
    }
}
