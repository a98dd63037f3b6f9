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
    /// Only people recorded voting at the poll on this day (in any edition's numbers): last
    /// time's voters, the first people to knock in the next campaign (canvassing-and-register.md
    /// §2.3, knock priority).
    public var votedAt: CalendarDate?
    /// Only people not recorded voting at the poll on this day: the ones to persuade to turn out.
    public var notVotedAt: CalendarDate?

    public init(
        ward: String? = nil, district: String? = nil, street: String? = nil,
        notCanvassedSince: CalendarDate? = nil, support: ClosedRange<Int>? = nil,
        votedAt: CalendarDate? = nil, notVotedAt: CalendarDate? = nil
    ) {
        self.ward = ward
        self.district = district?.uppercased()
        self.street = street
        self.notCanvassedSince = notCanvassedSince
        self.support = support
        self.votedAt = votedAt
        self.notVotedAt = notVotedAt
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
    /// The party's support scale, for a printed sheet's support column.
    public var supportScale: ClosedRange<Int>

    /// Numbers the households of `entries` (given in walking order) as `numberingHouseholds` does.
    public init(
        entries: [WalkListEntry], suppressed: Int, supportScale: ClosedRange<Int> = CanvassScheme.standard.supportScale
    ) {
        self.entries = WalkListEntry.numberingHouseholds(entries)
        self.suppressed = suppressed
        self.supportScale = supportScale
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
        "elector number, name, address, postcode, household, the last canvass result and the last poll "
        + "voted at only (no date of birth, "
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
    /// The most recent poll they were recorded voting at, nil if none. A date rather than a
    /// count of polls: knock priority ranks "voted last time" first (canvassing-and-register.md
    /// §2.3), which the date answers by comparing it with the last poll, and it tells a voter of
    /// last May from one of ten years ago; a count mixes both, and mostly measures how many
    /// marked registers the party bought.
    public var lastVotedOn: CalendarDate?
    /// Which household the elector belongs to: an opaque key from the store, the same for
    /// everyone at one address in one edition.
    public var householdKey: String
    /// The household's place on this list, 1 for the first door walked to (set by
    /// `numberingHouseholds`); 0 until numbered.
    public var household = 0

    public init(
        number: RegisterNumber, name: String, address: String, postcode: String?, street: String,
        lastContactOn: CalendarDate?, lastOutcome: ContactOutcome?, lastSupport: Int?, absentVote: AbsentVote?,
        lastVotedOn: CalendarDate? = nil, householdKey: String? = nil
    ) {
        self.lastVotedOn = lastVotedOn
        self.householdKey = householdKey ?? address
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

    /// The CSV header of a printed walk list. `outcome`, `support` and `notes` are left blank for
    /// the doorstep; `household` and `voted` came later and go last, so scripts reading the
    /// columns by position keep working.
    public static let csvHeader = [
        "elector_number", "name", "address", "postcode", "last_contact_on", "last_outcome", "last_support",
        "outcome", "support", "notes", "household", "voted",
    ]

    /// One CSV row, every cell neutralised so a spreadsheet never runs it as a formula.
    public var csvRow: [String] {
        [
            number.normalised, name, address, postcode ?? "", lastContactOn?.iso ?? "", lastOutcome?.rawValue ?? "",
            lastSupport.map(String.init) ?? "", "", "", "", String(household), lastVotedOn?.iso ?? "",
        ].map(SpreadsheetSafety.neutralise)
    }

    /// Numbers households 1, 2, 3... in the order the list first reaches them, so a canvasser
    /// reads "house 12 of 40" and a mail-merge sends one letter per household number.
    ///
    /// A per-list number rather than the address key: it is short enough to write on a sheet,
    /// says where on the walk a door is, and groups the rows of one household even where two
    /// households print the same address line (an unnumbered flat); the address column is
    /// already there for the letter itself. It is stable for one list, not across lists with
    /// other filters. Rows of one household are consecutive in walking order (the store sorts
    /// by walking key, then household), and a household met again later keeps its number.
    public static func numberingHouseholds(_ entries: [WalkListEntry]) -> [WalkListEntry] {
        var numbers: [String: Int] = [:]
        return entries.map { entry in
            var numbered = entry
            let next = numbers.count + 1
            numbered.household = numbers[entry.householdKey] ?? next
            numbers[entry.householdKey] = numbered.household
            return numbered
        }
    }
}
