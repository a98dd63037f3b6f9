public import RosetteCore

/// Every lead time in an election-mailing plan, as data (domain README rule 1). Royal Mail changes
/// its figures for each election, so each one is overridable and, unless confirmed, makes the
/// dates that use it provisional (rule 2; open-questions.md item 14 and §F).
public struct MailLeadTimes: Sendable, Codable, Equatable {
    /// Royal Mail's artwork check, per round (about 48 hours in 2017).
    public var artworkApprovalWorkingDays: Int
    /// Approval rounds to allow (a second round of changes made SPGB miss the 2017 cut-off).
    public var approvalRounds: Int
    /// From approved artwork to delivered print.
    public var printingWorkingDays: Int
    /// Bundling in 100s, boxing, labelling, the EL1e certificate of posting (and, addressed,
    /// walk-order sorting) between print delivery and handover.
    public var preparationWorkingDays: Int
    /// Notice Royal Mail wants to book the drop-off.
    public var bookingNoticeWorkingDays: Int
    /// Delivery span after handover, addressed (Electionsort or Streetsort).
    public var addressedDeliveryDays: Int
    /// Delivery span after handover, unaddressed.
    public var unaddressedDeliveryDays: Int
    /// Working days before postal-vote dispatch by which delivery should be finished (0: by the
    /// dispatch day, since packs land a day or more later).
    public var arrivalMarginWorkingDays: Int
    /// When the council's dispatch date is not given: calendar days before polling day that postal
    /// ballot packs go out (the working day on or before).
    public var postalDispatchDaysBeforePoll: Int
    /// Royal Mail's latest handover (guaranteed-delivery cut-off), working days before the poll.
    public var royalMailCutoffWorkingDaysBeforePoll: Int
    /// How long before submitting artwork to contact the Royal Mail elections team.
    public var contactLeadWorkingDays: Int
    /// No free delivery: calendar days volunteers need to deliver a leaflet to every door.
    public var volunteerDeliveryDays: Int
    /// Keys the user has overridden: their values are the user's and not provisional.
    public private(set) var overridden: Set<String>

    /// Rosette's defaults, from the notes (see `catalogue` for each source).
    public static let defaults = MailLeadTimes(
        artworkApprovalWorkingDays: 2, approvalRounds: 2, printingWorkingDays: 5, preparationWorkingDays: 1,
        bookingNoticeWorkingDays: 2, addressedDeliveryDays: 3, unaddressedDeliveryDays: 7, arrivalMarginWorkingDays: 0,
        postalDispatchDaysBeforePoll: 14, royalMailCutoffWorkingDaysBeforePoll: 13, contactLeadWorkingDays: 5,
        volunteerDeliveryDays: 10, overridden: [])

    /// The stable keys, for `--set key=days` on the command line.
    public static let keys: [String] = catalogue.map(\.key)

    /// The value of a key, or `nil` for an unknown key.
    public func days(_ key: String) -> Int? {
        switch key {
        case "artwork-approval-days": artworkApprovalWorkingDays
        case "approval-rounds": approvalRounds
        case "printing-days": printingWorkingDays
        case "preparation-days": preparationWorkingDays
        case "booking-notice-days": bookingNoticeWorkingDays
        case "addressed-delivery-days": addressedDeliveryDays
        case "unaddressed-delivery-days": unaddressedDeliveryDays
        case "arrival-margin-days": arrivalMarginWorkingDays
        case "postal-dispatch-days-before-poll": postalDispatchDaysBeforePoll
        case "royal-mail-cutoff-days-before-poll": royalMailCutoffWorkingDaysBeforePoll
        case "contact-lead-days": contactLeadWorkingDays
        case "volunteer-delivery-days": volunteerDeliveryDays
        default: nil
        }
    }

    /// A copy with one value replaced by the user's, which is then no longer provisional.
    ///
    /// - Throws: `MailLeadTimeError` for an unknown key, a negative number, or fewer than one
    ///   approval round or delivery day.
    public func overriding(_ key: String, days value: Int) throws(MailLeadTimeError) -> MailLeadTimes {
        guard let entry = Self.catalogue.first(where: { $0.key == key }) else { throw .unknownKey(key) }
        guard value >= entry.minimum, value <= 366 else { throw .outOfRange(key: key, days: value, minimum: entry.minimum) }
        var copy = self
        switch key {
        case "artwork-approval-days": copy.artworkApprovalWorkingDays = value
        case "approval-rounds": copy.approvalRounds = value
        case "printing-days": copy.printingWorkingDays = value
        case "preparation-days": copy.preparationWorkingDays = value
        case "booking-notice-days": copy.bookingNoticeWorkingDays = value
        case "addressed-delivery-days": copy.addressedDeliveryDays = value
        case "unaddressed-delivery-days": copy.unaddressedDeliveryDays = value
        case "arrival-margin-days": copy.arrivalMarginWorkingDays = value
        case "postal-dispatch-days-before-poll": copy.postalDispatchDaysBeforePoll = value
        case "royal-mail-cutoff-days-before-poll": copy.royalMailCutoffWorkingDaysBeforePoll = value
        case "contact-lead-days": copy.contactLeadWorkingDays = value
        default: copy.volunteerDeliveryDays = value
        }
        copy.overridden.insert(key)
        return copy
    }

    /// True when the key's value is Rosette's unconfirmed default rather than a confirmed figure or
    /// the user's own.
    public func isProvisional(_ key: String) -> Bool {
        guard !overridden.contains(key) else { return false }
        return Self.catalogue.first { $0.key == key }.map { !$0.confirmed } ?? true
    }
}

/// A lead time's key, meaning and provenance, for help text and `--json`.
public struct MailLeadTime: Sendable, Hashable {
    public let key: String
    public let title: String
    /// "working days", "calendar days", "delivery days" or "rounds".
    public let unit: String
    public let defaultValue: Int
    /// The smallest value that makes sense.
    public let minimum: Int
    public let source: String
    /// False for [S] and [U] figures.
    public let confirmed: Bool
    /// The election the figure was observed for (Royal Mail sets them per election).
    public let effectiveFrom: CalendarDate
}

/// A lead-time override the user got wrong.
public enum MailLeadTimeError: RosetteFailure, Equatable {
    case unknownKey(String)
    case outOfRange(key: String, days: Int, minimum: Int)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .unknownKey(let key):
            "\(key) is not a mail lead time: expected one of \(MailLeadTimes.keys.joined(separator: ", "))"
        case .outOfRange(let key, let days, let minimum):
            "\(key) cannot be \(days): expected a whole number from \(minimum) to 366"
        }
    }
}
