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
    /// Returned as impermissible or unidentifiable (to the donor, the payer, or the Electoral
    /// Commission), how. Reported on the quarterly report (EC: "All impermissible donations go
    /// in the report").
    case returned(on: CalendarDate, method: String)
    /// A gift from a permissible donor that the party chose not to keep, sent back, how. Not
    /// a donation the party accepted, and not impermissible: it is not reported.
    case declined(on: CalendarDate, method: String)

    /// The day of the decision.
    public var day: CalendarDate {
        switch self {
        case .accepted(let on), .returned(let on, _), .declined(let on, _): on
        }
    }

    /// How it went back, for a return or a decline.
    public var method: String? {
        switch self {
        case .accepted: nil
        case .returned(_, let method), .declined(_, let method): method
        }
    }

    /// `accepted`, `returned` or `declined`, as stored and in JSON.
    public var status: String {
        switch self {
        case .accepted: "accepted"
        case .returned: "returned"
        case .declined: "declined"
        }
    }
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
        try FinanceBounds.check(amount, field: "the donation")
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

    /// The day it went back as impermissible (not a decline).
    public var returnedOn: CalendarDate? {
        if case .returned(let day, _) = decision { return day }
        return nil
    }

    /// True when deciding on `day` is past `decisionDue`: a donation kept more than 30 days
    /// counts as accepted in law (EC page above), so a late acceptance is recorded, with a
    /// warning, and a late return of an impermissible gift is already an offence to own up to.
    public func isLate(_ day: CalendarDate) -> Bool { day > decisionDue }

    /// The last day to accept or return: 30 calendar days after receipt. The law counts calendar
    /// days and does not move the day off a weekend or holiday (PPERA s.56(2); EC page above), so
    /// neither does Rosette: a deadline on a Sunday means acting by the Friday.
    public var decisionDue: CalendarDate { received.adding(days: DonationRules.decisionWindowDays) }

    /// Checks a decision against the record: not twice, not before receipt, not in the future.
    /// Accepting needs a source that can be permissible and, for an individual, a register check
    /// that shows the register on the day of receipt (EC "Individuals": check the register for
    /// the date of receipt): dated from `DonationRules.registerCheckLeadDays` before receipt (one
    /// monthly alteration of the register) up to the day of acceptance. Returning (reported as
    /// impermissible) is refused for an individual shown on the register, and declining (not
    /// reported) for an impermissible source or an individual not shown on it.
    public func deciding(_ decision: DonationDecision, donor: Donor, today: CalendarDate) throws -> Donation {
        if self.decision != nil { throw FinanceError.alreadyDecided(id) }
        if decision.day < received { throw FinanceError.decisionBeforeReceipt(id) }
        if decision.day > today { throw FinanceError.dateInFuture(field: "decision", date: decision.day, today: today) }
        switch decision {
        case .accepted(let on):
            if !donor.details.kind.canBePermissible { throw FinanceError.impermissibleSource(id) }
            if donor.details.kind == .individual {
                guard let check = donor.details.registerCheck else {
                    throw FinanceError.noRegisterCheck(donation: id, donor: donor.id)
                }
                if !showsRegister(check, decidedOn: on) {
                    throw FinanceError.registerCheckNotForReceipt(
                        donation: id, donor: donor.id, checkedOn: check.checkedOn, received: received)
                }
            }
        case .returned(_, let method), .declined(_, let method):
            if method.trimmingWhitespace.isEmpty {
                throw InvalidInput(field: "method", value: method, expected: "how it went back, e.g. \"bank transfer\"")
            }
            if case .returned = decision, isOnRegister(donor, decidedOn: decision.day) {
                throw FinanceError.returnFromPermissibleDonor(donation: id, donor: donor.id)
            }
            if case .declined = decision,
                !donor.details.kind.canBePermissible
                    || (donor.details.kind == .individual && !isOnRegister(donor, decidedOn: decision.day))
            {
                throw FinanceError.declineFromImpermissibleDonor(donation: id, donor: donor.id)
            }
        }
        var decided = self
        decided.decision = decision
        return decided
    }

    /// A register check counts for this donation when dated from a month before receipt up to
    /// the day of the decision.
    func showsRegister(_ check: RegisterCheck, decidedOn day: CalendarDate) -> Bool {
        check.checkedOn >= received.adding(days: -DonationRules.registerCheckLeadDays) && check.checkedOn <= day
    }

    /// An individual donor shown on the register for this donation: permissible beyond doubt
    /// (PPERA s.54(2)(a)), so sending the gift back is a decline, never an impermissible return.
    /// Other kinds are left to the treasurer's judgement (a company number does not show that a
    /// company carries on business in the UK).
    func isOnRegister(_ donor: Donor, decidedOn day: CalendarDate) -> Bool {
        guard donor.details.kind == .individual, let check = donor.details.registerCheck else { return false }
        return showsRegister(check, decidedOn: day)
    }
}

/// Fixed rules about donations that are not amounts (amounts are `FinanceFigures` data).
public enum DonationRules {
    /// EC "What do you do if you receive a donation from an impermissible or unidentifiable
    /// source?" (updated 9 Jan 2024): 30 days from receipt to accept or return.
    public static let decisionWindowDays = 30

    /// How long before receipt a register check may be dated and still show the register on
    /// the day of receipt: registers change by monthly alteration notices (RPA 1983 s.13A), so
    /// a check from within the month before is taken to show that day. Rosette's reading of EC
    /// "Individuals" ("check the register for the date of receipt").
    public static let registerCheckLeadDays = 31
}
