public import RosetteCore

/// A role held by a member over a period. The history is kept: a past treasurer stays on record,
/// which the Electoral Commission may ask about.
public struct RoleAssignment: Hashable, Sendable {
    public var role: Role
    public var startedOn: CalendarDate
    /// The last day the role was held; `nil` while it is held.
    public var endedOn: CalendarDate?

    public init(role: Role, startedOn: CalendarDate, endedOn: CalendarDate? = nil) {
        self.role = role
        self.startedOn = startedOn
        self.endedOn = endedOn
    }

    /// True when the role is held on `day`.
    public func isHeld(on day: CalendarDate) -> Bool {
        startedOn <= day && (endedOn.map { day <= $0 } ?? true)
    }
}

/// The channels a member can consent to be contacted on. PECR treats email and SMS marketing
/// differently from post and live calls, so each is recorded separately.
public enum ContactChannel: String, CaseIterable, Sendable, Codable {
    case email, phone, sms, post
}

/// One recorded change of consent: given or withdrawn, when, how and by whom. The current consent
/// on a channel is the latest entry for it; the history is never rewritten.
public struct ConsentChange: Hashable, Sendable {
    public var channel: ContactChannel
    public var given: Bool
    public var recordedOn: CalendarDate
    /// How it was obtained ("membership form", "phone call", "email reply").
    public var method: String?
    /// Who recorded it (the actor).
    public var recordedBy: String

    public init(
        channel: ContactChannel, given: Bool, recordedOn: CalendarDate, method: String?,
        recordedBy: String
    ) {
        self.channel = channel
        self.given = given
        self.recordedOn = recordedOn
        self.method = method
        self.recordedBy = recordedBy
    }

    /// The current consent per channel from a history (latest entry wins; ties go to the later
    /// entry in the list, which is the order they were recorded).
    public static func current(from history: [ConsentChange]) -> [ContactChannel: Bool] {
        var latest: [ContactChannel: ConsentChange] = [:]
        for change in history {
            if let existing = latest[change.channel], existing.recordedOn > change.recordedOn {
                continue
            }
            latest[change.channel] = change
        }
        return latest.mapValues(\.given)
    }
}

/// A dues payment. Payments are kept, not overwritten, so the treasurer can total membership
/// income and a member's history shows every renewal.
public struct DuesPayment: Hashable, Sendable {
    public var paidOn: CalendarDate
    public var amountPence: Int
    /// The paid-up date this payment extended the membership to.
    public var coversUntil: CalendarDate

    public init(paidOn: CalendarDate, amountPence: Int, coversUntil: CalendarDate) {
        self.paidOn = paidOn
        self.amountPence = amountPence
        self.coversUntil = coversUntil
    }
}
