public import RosetteCore

/// Plans a candidate's election mailing backwards from the day postal ballot packs go out, so the
/// literature lands before postal voters vote (candidates-and-royal-mail.md §1.3–§1.4).
///
/// Where the law gives a free delivery (UK Parliament, Scottish Parliament, Senedd), the steps are
/// Royal Mail's: contact, artwork checks, approval (two rounds by default), print, preparation,
/// booking, handover, delivery. Handover is the earlier of (a) the delivery span before postal
/// dispatch and (b) Royal Mail's cut-off. Elsewhere the plan is a paid or volunteer delivery
/// finishing by the same day. Working days are counted on the nation's bank-holiday calendar
/// (every UK calendar at a general election, the cautious reading); Royal Mail delivers Monday to
/// Friday, so delivery days are counted the same way.
public enum MailPlanner {
    /// - Parameters:
    ///   - postalVoteDispatch: the day the council sends postal ballot packs, if known; otherwise
    ///     `postal-dispatch-days-before-poll` is assumed and every step is provisional.
    ///   - option: addressed or unaddressed (ignored where there is no free delivery).
    public static func plan(
        for timetable: Timetable, postalVoteDispatch: CalendarDate?, option: MailOption,
        leadTimes: MailLeadTimes = .defaults, holidays: BankHolidays = .shipped
    ) -> MailPlan {
        let regions: Set<BankHolidayRegion> =
            timetable.nation.map { [$0.bankHolidayRegion] } ?? Set(BankHolidayRegion.allCases)
        var plan = PlanBuilder(calendar: WorkingDayCalendar(holidays: holidays, regions: regions), lead: leadTimes)
        let dispatch = plan.dispatch(given: postalVoteDispatch, poll: timetable.pollDate)
        let dispatchText =
            postalVoteDispatch == nil
            ? "assumed \(dispatch.date.iso), \(leadTimes.postalDispatchDaysBeforePoll) days before polling day: ask the council for its date"
            : "\(dispatch.date.iso), the council's date"
        plan.add(
            "postal_votes_dispatched", "Postal ballot packs go out", dispatch,
            "Literature should land before postal voters vote; dispatch \(dispatchText).",
            "EC UKPE candidate guidance, \"Postal ballot packs\"")

        guard let right = MailEligibility.freeDelivery(timetable.kind) else {
            plan.volunteerSteps(timetable: timetable, dispatch: dispatch)
            return MailPlan(
                eligible: false, explanation: MailEligibility.noFreeDelivery(timetable.kind), option: nil,
                steps: plan.sortedSteps, assumptions: plan.assumptions)
        }
        if let doubt = right.provisional { plan.assumptions.insert(doubt, at: 0) }
        plan.royalMailSteps(timetable: timetable, dispatch: dispatch, option: option, forceProvisional: right.provisional != nil)
        let kind = option == .addressed ? "one addressed item to every elector (and proxy)" : "one unaddressed item of up to 60 g to every delivery point"
        let explanation =
            "\(right.law): either one unaddressed item of up to 60 g to every delivery point or one addressed item to "
            + "every elector. This plan sends \(kind). Dates count back from postal votes going out (\(dispatchText)) "
            + "and Royal Mail's cut-off, which it sets for each election: confirm both with your Election Manager "
            + "(0345 607 6424)."
        return MailPlan(
            eligible: true, explanation: explanation, option: option, steps: plan.sortedSteps,
            assumptions: plan.assumptions)
    }
}

/// A date and whether it rests on something unconfirmed.
struct PlannedDate {
    let date: CalendarDate
    let provisional: Bool
}

/// Accumulates steps and the assumptions they rest on.
struct PlanBuilder {
    let calendar: WorkingDayCalendar
    let lead: MailLeadTimes
    private(set) var steps: [MailStep] = []
    var assumptions: [String] = []
    private var noted: Set<String> = []

    init(calendar: WorkingDayCalendar, lead: MailLeadTimes) {
        self.calendar = calendar
        self.lead = lead
    }

    /// Steps by date; same-day steps keep the order they were added in.
    var sortedSteps: [MailStep] {
        steps.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    mutating func add(_ key: String, _ title: String, _ date: PlannedDate, _ detail: String, _ source: String) {
        steps.append(MailStep(key: key, title: title, date: date.date, detail: detail, source: source, provisional: date.provisional))
    }

    /// `from` moved back by the sum of the lead times under `keys` (multiplied for rounds).
    mutating func back(_ from: PlannedDate, _ key: String, times: Int = 1) -> PlannedDate {
        let counted = calendar.workingDays((lead.days(key) ?? 0) * times, before: from.date)
        return PlannedDate(date: counted.date, provisional: from.provisional || use(key) || counted.provisional)
    }

    /// `from` moved forward by a lead time.
    mutating func forward(_ from: PlannedDate, _ days: Int, key: String) -> PlannedDate {
        let counted = calendar.workingDays(days, after: from.date)
        return PlannedDate(date: counted.date, provisional: from.provisional || use(key) || counted.provisional)
    }

    /// Records that a lead time is used; true when it is provisional.
    mutating func use(_ key: String) -> Bool {
        guard lead.isProvisional(key) else { return false }
        if noted.insert(key).inserted, let entry = MailLeadTimes.catalogue.first(where: { $0.key == key }) {
            assumptions.append("\(entry.title): \(lead.days(key) ?? entry.defaultValue) \(entry.unit) (\(key); \(entry.source))")
        }
        return true
    }

    /// The council's dispatch day, or the working day on or before the assumed one.
    mutating func dispatch(given: CalendarDate?, poll: CalendarDate) -> PlannedDate {
        if let given { return PlannedDate(date: given, provisional: false) }
        _ = use("postal-dispatch-days-before-poll")
        assumptions.append("Postal-vote dispatch date not given: ask the council's electoral services team")
        var day = poll.adding(days: -lead.postalDispatchDaysBeforePoll)
        while !calendar.isWorkingDay(day) { day = day.adding(days: -1) }
        return PlannedDate(date: day, provisional: true)
    }
}
