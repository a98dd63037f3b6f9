public import RosetteCore

/// How long Rosette keeps personal data once its purpose has passed (UK GDPR Art. 5(1)(e),
/// storage limitation; ICO "Purpose limitation, data minimisation and storage limitation":
/// justify and document each period).
///
/// No statute fixes these periods for a party's members, volunteers or canvass data, so the
/// defaults are Rosette's proposals, marked provisional, and each is a setting
/// (`retention.*`). The one period the law sets is for donation records: the party's
/// accounting records are kept for at least six years (PPERA 2000 s.41), so the donor period
/// cannot be set below that.
public struct RetentionPolicy: Sendable, Equatable {
    /// Years after a membership lapsed or ended before its contact details (email, phone,
    /// address, notes) are cleared; the anonymised row stays for historic membership figures.
    public var lapsedMemberContactYears: Int
    /// Years after a shift before who signed up to it is forgotten (the shift itself stays).
    public var shiftHistoryYears: Int
    /// Years after the end of the year of a donor's last donation before their name and address
    /// are cleared (the donations stay, for the accounts' totals).
    public var donorRecordYears: Int
    /// Years before free-text canvass notes are cleared (applied by the canvassing area).
    public var canvassNoteYears: Int

    public init(lapsedMemberContactYears: Int, shiftHistoryYears: Int, donorRecordYears: Int, canvassNoteYears: Int) {
        self.lapsedMemberContactYears = lapsedMemberContactYears
        self.shiftHistoryYears = shiftHistoryYears
        self.donorRecordYears = donorRecordYears
        self.canvassNoteYears = canvassNoteYears
    }

    /// Rosette's defaults: provisional proposals except the donor period (PPERA s.41).
    public static let defaults = RetentionPolicy(
        lapsedMemberContactYears: 2, shiftHistoryYears: 3, donorRecordYears: 6, canvassNoteYears: 2)

    /// PPERA 2000 s.41: accounting records are preserved for six years.
    public static let minimumDonorRecordYears = 6

    /// The first day that is still inside a period of `years` ending `today`: data dated before
    /// it is due for clearing.
    public static func cutoff(years: Int, before today: CalendarDate) -> CalendarDate {
        today.adding(months: -12 * max(0, years))
    }

    /// The day a membership stopped counting: its ending, or the end of its grace period after
    /// the paid-up date. `nil` while it is current, in grace, or pending (never paid and never
    /// ended: the steering group still chases them).
    public static func membershipLapsedOn(
        paidUntil: CalendarDate?, endedOn: CalendarDate?, on today: CalendarDate, gracePeriodDays: Int
    ) -> CalendarDate? {
        if let endedOn, endedOn <= today { return endedOn }
        guard let paidUntil else { return nil }
        let lapsed = paidUntil.adding(days: max(0, gracePeriodDays) + 1)
        return lapsed <= today ? lapsed : nil
    }

    /// True when a membership that stopped counting on `lapsedOn` has been lapsed longer than
    /// the policy keeps contact details.
    public func memberContactExpired(lapsedOn: CalendarDate?, on today: CalendarDate) -> Bool {
        guard let lapsedOn else { return false }
        return lapsedOn < Self.cutoff(years: lapsedMemberContactYears, before: today)
    }

    /// The last day a donation received on `receivedOn` must be kept: the end of the accounting
    /// year (a party's financial year is the calendar year) plus the donor period.
    public func donationKeptUntil(receivedOn: CalendarDate) -> CalendarDate {
        CalendarDate(year: receivedOn.year + donorRecordYears, month: 12, day: 31) ?? receivedOn
    }
}
