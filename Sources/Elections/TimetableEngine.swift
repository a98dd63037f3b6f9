import RosetteCore

/// The statutory timetable engine: a pure function from what the user knows about an election to
/// every deadline the law sets for it. No clock, no I/O; the bank holidays are data.
public enum TimetableEngine {
    /// Every deadline for the election in `request`, in date order, with warnings.
    ///
    /// ```swift
    /// let request = TimetableRequest(kind: .local, nation: .england, pollDate: poll)
    /// let timetable = try TimetableEngine.timetable(for: request)
    /// timetable[.closeOfNominations]?.date  // 19 working days before the poll, 4pm
    /// ```
    ///
    /// - Parameter holidays: the bank-holiday calendar; the shipped gov.uk list by default.
    /// - Throws: `TimetableError` when the request is impossible (a kind held in another nation,
    ///   a writ after the poll, a close of nominations the writ does not allow, …).
    public static func timetable(
        for request: TimetableRequest, holidays: BankHolidays = .shipped
    ) throws(TimetableError) -> Timetable {
        try TimetablePlan(request: request, holidays: holidays).build()
    }
}

/// A rule as it applies to one request: the version in force on polling day, with any override.
struct AppliedRule {
    let rule: DeadlineRule
    let anchor: DeadlineAnchor
    /// The user's number replaced the rule's.
    let overridden: Bool

    var key: DeadlineKey { rule.key }

    /// The date depends on close of nominations.
    var followsCloseOfNominations: Bool {
        switch anchor {
        case .sameDayAsCloseOfNominations, .workingDaysAfterCloseOfNominations: true
        default: false
        }
    }

    /// The date depends on the declaration of the result.
    var followsDeclaration: Bool {
        switch anchor {
        case .calendarDaysAfterDeclaration, .workingDaysAfterSpendingReturn: true
        default: false
        }
    }

    /// The rule is unconfirmed and the user has not replaced it.
    var restsOnUnconfirmedRule: Bool { !rule.confirmed && !overridden }

    /// The rule in words.
    var ruleText: String {
        var text = anchor.description
        if let note = rule.note { text += "; \(note)" }
        if overridden, let original = rule.anchor.offset {
            text += " (user override; Rosette's default is \(original))"
        }
        return text
    }

    /// The versions of each rule in force for a poll on `date` (the latest `effectiveFrom` not
    /// after it), in table order; a rule whose first version is later does not yet exist.
    static func select(
        _ rules: [DeadlineRule], on date: CalendarDate, overrides: [DeadlineKey: Int]
    ) -> [AppliedRule] {
        var chosen: [DeadlineKey: DeadlineRule] = [:]
        var order: [DeadlineKey] = []
        for rule in rules where rule.effectiveFrom <= date {
            if let current = chosen[rule.key] {
                if rule.effectiveFrom >= current.effectiveFrom { chosen[rule.key] = rule }
            } else {
                chosen[rule.key] = rule
                order.append(rule.key)
            }
        }
        return order.compactMap { key in
            guard let rule = chosen[key] else { return nil }
            if let value = overrides[key], rule.anchor.offset != nil {
                return AppliedRule(rule: rule, anchor: rule.anchor.with(offset: value), overridden: true)
            }
            return AppliedRule(rule: rule, anchor: rule.anchor, overridden: false)
        }
    }
}
