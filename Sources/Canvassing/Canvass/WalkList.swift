import Foundation
public import RosetteCore

/// Who to put on a walk or knock-up list, as the organiser asks for it.
public struct WalkListFilter: Sendable, Equatable {
    public var ward: String?
    public var district: String?
    public var street: String?
    /// Only people with no attempt on or after this day.
    public var notCanvassedSince: CalendarDate?
    /// Only people whose latest support is in this range.
    public var support: ClosedRange<Int>?

    public init(
        ward: String? = nil, district: String? = nil, street: String? = nil,
        notCanvassedSince: CalendarDate? = nil, support: ClosedRange<Int>? = nil
    ) {
        self.ward = ward
        self.district = district?.uppercased()
        self.street = street
        self.notCanvassedSince = notCanvassedSince
        self.support = support
    }

    /// Parses `1-2` or `3`.
    public static func supportRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 1, let value = Int(parts[0]) { return value...value }
        guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low <= high else { return nil }
        return low...high
    }
}

/// A walk or knock-up list, and how many electors it left out because they are on the
/// do-not-contact list (an objection to contact is absolute: ICO direct-marketing guidance;
/// PECR), so the organiser can be told without being told who.
public struct WalkListResult: Sendable, Equatable {
    public var entries: [WalkListEntry]
    public var suppressed: Int

    public init(entries: [WalkListEntry], suppressed: Int) {
        self.entries = entries
        self.suppressed = suppressed
    }

    /// Electors whose ballot comes by post (postal or proxy-postal): on a knock-up list they
    /// need their envelope chased, not a knock, so the table lists them apart.
    public var byPost: [WalkListEntry] { entries.filter { $0.absentVote?.isByPost == true } }
    public var inPerson: [WalkListEntry] { entries.filter { $0.absentVote?.isByPost != true } }

    /// The knock-up list in a `format`: JSON carries everyone, with `absent_vote` saying who
    /// votes by post (a consumer that dropped them lost promises); CSV and HTML are sheets for
    /// one kind of round, so they carry the in-person voters, or with `postal` the postal.
    public func knockUpEntries(json: Bool, postal: Bool) -> [WalkListEntry] {
        if postal { return byPost }
        return json ? entries : inPerson
    }

    /// What every walk and knock-up list carries and leaves out, for its header (the least data
    /// a canvasser needs, UK GDPR Art. 5(1)(c)).
    public static let carries =
        "elector number, name, address, postcode and the last canvass result only (no date of birth, "
        + "email or phone); leaves out anonymous entries, people erased on request, people recorded as "
        + "do-not-contact, moved or deceased, and everyone on the do-not-contact list"
}

/// One elector on a walk or knock-up list: the least data a canvasser needs at the door (no
/// date of birth, no email, no phone), per UK GDPR Art. 5(1)(c) data minimisation.
public struct WalkListEntry: Sendable, Equatable {
    public var number: RegisterNumber
    /// "Forename Surname". Anonymous entries never reach a list (they have no address).
    public var name: String
    public var address: String
    public var postcode: String?
    public var street: String
    public var lastContactOn: CalendarDate?
    public var lastOutcome: ContactOutcome?
    public var lastSupport: Int?
    public var absentVote: AbsentVote?

    public init(
        number: RegisterNumber, name: String, address: String, postcode: String?, street: String,
        lastContactOn: CalendarDate?, lastOutcome: ContactOutcome?, lastSupport: Int?, absentVote: AbsentVote?
    ) {
        self.number = number
        self.name = name
        self.address = address
        self.postcode = postcode
        self.street = street
        self.lastContactOn = lastContactOn
        self.lastOutcome = lastOutcome
        self.lastSupport = lastSupport
        self.absentVote = absentVote
    }

    /// The CSV header of a printed walk list; the last columns are left blank for the doorstep.
    public static let csvHeader = [
        "elector_number", "name", "address", "postcode", "last_contact_on", "last_outcome", "last_support",
        "outcome", "support", "notes",
    ]

    /// One CSV row, every cell neutralised so a spreadsheet never runs it as a formula.
    public var csvRow: [String] {
        [
            number.normalised, name, address, postcode ?? "", lastContactOn?.iso ?? "", lastOutcome?.rawValue ?? "",
            lastSupport.map(String.init) ?? "", "", "", "",
        ].map(SpreadsheetSafety.neutralise)
    }
}
