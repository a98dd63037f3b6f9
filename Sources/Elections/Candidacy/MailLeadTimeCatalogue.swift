import RosetteCore

extension MailLeadTimes {
    /// GE2017, the election most of the Royal Mail figures were observed at.
    static let observed2017 = CalendarDate(year: 2017, month: 6, day: 8) ?? CalendarDate(dayNumber: 0)

    /// Every lead time with its default and source (candidates-and-royal-mail.md §1.2–§1.5).
    public static let catalogue: [MailLeadTime] = [
        entry(
            "artwork-approval-days", "Royal Mail artwork check, per round", "working days", 2,
            "About 48 hours in 2017 (ALDC / Election Workshop, secondary)"),
        entry(
            "approval-rounds", "Artwork approval rounds to allow", "rounds", 2,
            "Plan for two rounds: a second round of changes cost SPGB the 2017 cut-off (\"Approved at last\", SPGB blog, 2017)",
            minimum: 1),
        entry(
            "printing-days", "Printing, from approval to delivered print", "working days", 5,
            "Placeholder, not in the notes (UNCONFIRMED): ask your printer"),
        entry(
            "preparation-days", "Bundling, labelling, EL1e (and walk-order sorting) before handover", "working days", 1,
            "Placeholder (UNCONFIRMED); acceptance specification in the Royal Mail Candidate Mail guide (2019)"),
        entry(
            "booking-notice-days", "Notice to book the drop-off", "working days", 2,
            "At least 48 hours' notice (ALDC 2017, secondary)"),
        entry(
            "addressed-delivery-days", "Delivery span after handover, addressed", "delivery days", 3,
            "Royal Mail GE2017 operational briefing slides (secondary)", minimum: 1),
        entry(
            "unaddressed-delivery-days", "Delivery span after handover, unaddressed", "delivery days", 7,
            "Royal Mail GE2017 operational briefing slides (secondary)", minimum: 1),
        entry(
            "arrival-margin-days", "Finish delivery this many working days before postal votes go out", "working days", 0,
            "Planning rule, not statutory (candidates-and-royal-mail.md §1.4): handover at least the delivery span before dispatch"),
        entry(
            "postal-dispatch-days-before-poll", "Postal ballot packs go out, when the council's date is unknown",
            "calendar days", 14,
            "\"From around two weeks before polling day\" (EC UKPE candidate guidance, \"Postal ballot packs\"); varies by council"),
        entry(
            "royal-mail-cutoff-days-before-poll", "Royal Mail's latest handover before the poll", "working days", 13,
            "UNCONFIRMED: the GE2017 final drop-off (19 May for an 8 June poll); Royal Mail sets it per election"),
        entry(
            "contact-lead-days", "Contact the elections team before artwork goes in", "working days", 5,
            "Placeholder (UNCONFIRMED): the guide says contact them early; at a by-election, from the vacancy"),
        entry(
            "volunteer-delivery-days", "Volunteer delivery to every door (no free delivery)", "calendar days", 10,
            "Placeholder (UNCONFIRMED): depends on volunteers and the size of the area", minimum: 1),
    ]

    private static func entry(
        _ key: String, _ title: String, _ unit: String, _ value: Int, _ source: String, minimum: Int = 0,
        confirmed: Bool = false
    ) -> MailLeadTime {
        MailLeadTime(
            key: key, title: title, unit: unit, defaultValue: value, minimum: minimum, source: source,
            confirmed: confirmed, effectiveFrom: observed2017)
    }
}
