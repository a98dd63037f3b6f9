public import RosetteCore

/// Money, or goods and services given free or below cost (valued at market value: PPERA s.53).
public enum DonationForm: Sendable, Hashable {
    case cash
    /// The nature of the goods or services ("printing of 5,000 leaflets").
    case inKind(nature: String)

    /// `cash` or `in-kind`, as stored and in JSON.
    public var key: String {
        switch self {
        case .cash: "cash"
        case .inKind: "in-kind"
        }
    }
}

/// What was done with a donation inside its 30-day window (EC "What do you do if you receive a
/// donation from an impermissible or unidentifiable source?").
public enum DonationDecision: Sendable, Hashable {
    case accepted(on: CalendarDate)
    /// Returned (to the donor, the payer, or the Electoral Commission), how.
    case returned(on: CalendarDate, method: String)
}

/// What the treasurer records when a donation arrives.
public struct NewDonation: Sendable, Hashable {
    public var donor: DonorID
    /// `nil` for the central party.
    public var unit: AccountingUnitID?
    public var amount: Pence
    public var form: DonationForm
    public var received: CalendarDate
    public var note: String?

    public init(
        donor: DonorID, unit: AccountingUnitID? = nil, amount: Pence, form: DonationForm = .cash,
        received: CalendarDate, note: String? = nil
    ) {
        self.donor = donor
        self.unit = unit
        self.amount = amount
        self.form = form
        self.received = received
        self.note = note
    }

    /// Refuses nothing-or-less amounts and a receipt date after today (a typo for a date to come
    /// would silently start a 30-day clock in the future).
    public func validated(today: CalendarDate) throws -> NewDonation {
        guard amount.value > 0 else { throw FinanceError.amountNotPositive }
        guard received <= today else { throw FinanceError.dateInFuture(field: "received", date: received, today: today) }
        var checked = self
        checked.note = note?.trimmingWhitespace.nilIfEmpty
        if case .inKind(let nature) = form {
            guard let nature = nature.trimmingWhitespace.nilIfEmpty else {
                throw InvalidInput(field: "nature", value: nature, expected: "what was given, e.g. \"printing\"")
            }
            checked.form = .inKind(nature: nature)
        }
        return checked
    }
}

/// A donation as stored, with its decision if one has been made.
public struct Donation: Sendable, Hashable {
    public var id: DonationID
    public var details: NewDonation
    public var decision: DonationDecision?

    public init(id: DonationID, details: NewDonation, decision: DonationDecision? = nil) {
        self.id = id
        self.details = details
        self.decision = decision
    }

    public var donor: DonorID { details.donor }
    public var amount: Pence { details.amount }
    public var received: CalendarDate { details.received }

    public var acceptedOn: CalendarDate? {
        if case .accepted(let day) = decision { return day }
        return nil
    }

    public var returnedOn: CalendarDate? {
        if case .returned(let day, _) = decision { return day }
        return nil
    }

    /// The last day to accept or return: 30 calendar days after receipt. The law counts calendar
    /// days and does not move the day off a weekend or holiday (PPERA s.56(2); EC page above), so
    /// neither does Rosette: a deadline on a Sunday means acting by the Friday.
    public var decisionDue: CalendarDate { received.adding(days: DonationRules.decisionWindowDays) }

    /// Checks a decision against the record: not twice, not before receipt, not in the future; and
    /// never accepting from an impermissible source or an individual with no register check.
    public func deciding(_ decision: DonationDecision, donor: Donor, today: CalendarDate) throws -> Donation {
        if self.decision != nil { throw FinanceError.alreadyDecided(id) }
        let day: CalendarDate
        switch decision {
        case .accepted(let on):
            day = on
            if !donor.details.kind.canBePermissible { throw FinanceError.impermissibleSource(id) }
            if donor.details.kind == .individual, donor.details.registerCheck == nil {
                throw FinanceError.noRegisterCheck(donation: id, donor: donor.id)
            }
        case .returned(let on, let method):
            day = on
            if method.trimmingWhitespace.isEmpty {
                throw InvalidInput(field: "method", value: method, expected: "how it went back, e.g. \"bank transfer\"")
            }
        }
        if day < received { throw FinanceError.decisionBeforeReceipt(id) }
        if day > today { throw FinanceError.dateInFuture(field: "decision", date: day, today: today) }
        var decided = self
        decided.decision = decision
        return decided
    }
}

/// Fixed rules about donations that are not amounts (amounts are `FinanceFigures` data).
public enum DonationRules {
    /// EC "What do you do if you receive a donation from an impermissible or unidentifiable
    /// source?" (updated 9 Jan 2024): 30 days from receipt to accept or return.
    public static let decisionWindowDays = 30
}
