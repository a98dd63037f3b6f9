import Foundation
public import RosetteCore

/// One person's canvass attempts and turnout across every register edition, for planning the
/// next campaign (issue 6 §4: "turnout history per elector kept for the next campaign").
///
/// The person is followed through `registerPerson`, so attempts made against last year's number
/// and the polls they voted at under it stay with them after the December renumbering; each
/// attempt and turnout mark says which number it was recorded against. What is known now is
/// derived from the attempts (they are never changed), by the same rules the walk list uses.
///
/// Free-text notes are left out on purpose: the organiser plans from the structured answers;
/// notes are the likeliest place for special category detail about the person or others in the
/// household (health, family, what a neighbour said), the retention sweep clears them after
/// `retention.canvass_note_years`, and data minimisation (UK GDPR Art. 5(1)(c)) says a planning
/// view should not carry them. The person still sees them in a subject-access report.
public struct ElectorHistory: Sendable, Equatable {
    /// The number in the current edition, as asked for.
    public var number: RegisterNumber
    public var edition: String
    /// "Forename Surname", as the current edition prints it.
    public var name: String
    public var address: String?
    /// The number the person had in each edition the party holds, oldest first.
    public var numbers: [EditionNumber]
    /// Oldest first: by date, then in the order recorded.
    public var attempts: [PastAttempt]
    /// Oldest poll first.
    public var turnout: [TurnoutMark]
    /// On the party's do-not-contact list (by name and postcode), which keeps them off every
    /// list whatever the attempts say.
    public var onDoNotContactList: Bool

    public init(
        number: RegisterNumber, edition: String, name: String, address: String?, numbers: [EditionNumber],
        attempts: [PastAttempt], turnout: [TurnoutMark], onDoNotContactList: Bool
    ) {
        self.number = number
        self.edition = edition
        self.name = name
        self.address = address
        self.numbers = numbers
        self.attempts = attempts
        self.turnout = turnout
        self.onDoNotContactList = onDoNotContactList
    }

    // MARK: - Derived state

    /// The latest attempt's outcome, as the walk list shows it.
    public var latestOutcome: ContactOutcome? { attempts.last?.outcome }
    public var latestContactOn: CalendarDate? { attempts.last?.on }
    /// The latest support given, even if later attempts found nobody in (walk-list rule).
    public var latestSupport: Int? { attempts.last { $0.support != nil }?.support }
    /// Any attempt said so: an objection is absolute (ICO direct-marketing guidance), and a
    /// later "not in" does not withdraw it.
    public var doNotContact: Bool { attempts.contains { $0.outcome == .doNotContact } }
    public var moved: Bool { attempts.contains { $0.outcome == .moved } }
    public var deceased: Bool { attempts.contains { $0.outcome == .deceased } }
    /// Left off walk and knock-up lists, for any of the reasons above.
    public var leftOffLists: Bool {
        onDoNotContactList || attempts.contains { $0.outcome.removesFromLists }
    }
    /// The most recent poll they were recorded voting at.
    public var lastVotedOn: CalendarDate? { turnout.map(\.pollOn).max() }
}

/// The number a person had in one edition.
public struct EditionNumber: Sendable, Equatable {
    public var edition: String
    public var number: RegisterNumber
    /// Set when a monthly alteration took them off that edition.
    public var deletedOn: CalendarDate?

    public init(edition: String, number: RegisterNumber, deletedOn: CalendarDate? = nil) {
        self.edition = edition
        self.number = number
        self.deletedOn = deletedOn
    }
}

/// One stored attempt as the history shows it (no notes: see `ElectorHistory`).
public struct PastAttempt: Sendable, Equatable {
    public var on: CalendarDate
    public var canvasser: String
    public var method: ContactMethod
    public var outcome: ContactOutcome
    public var support: Int?
    /// As stored: `local=ours,westminster=lab` (`VotingIntentions(stored:)` reads it).
    public var intention: String?
    public var previousVote: String?
    public var issues: [String]
    public var message: String?
    public var asks: [CanvassAsk]
    /// The edition and number it was recorded against; nil once that edition was deleted and
    /// the person is on no later one.
    public var edition: String?
    public var number: RegisterNumber?

    public init(
        on: CalendarDate, canvasser: String, method: ContactMethod, outcome: ContactOutcome, support: Int? = nil,
        intention: String? = nil, previousVote: String? = nil, issues: [String] = [], message: String? = nil,
        asks: [CanvassAsk] = [], edition: String? = nil, number: RegisterNumber? = nil
    ) {
        self.on = on
        self.canvasser = canvasser
        self.method = method
        self.outcome = outcome
        self.support = support
        self.intention = intention
        self.previousVote = previousVote
        self.issues = issues
        self.message = message
        self.asks = asks
        self.edition = edition
        self.number = number
    }
}

/// Where a turnout mark came from.
public enum TurnoutSource: String, Sendable, CaseIterable {
    /// Seen at the polling station on the day.
    case telling
    /// The marked register or marked absent-voter list bought after the poll.
    case markedRegister = "marked-register"
}

/// A poll the person was recorded voting at (whether they voted, never how).
public struct TurnoutMark: Sendable, Equatable {
    public var pollOn: CalendarDate
    public var source: TurnoutSource
    /// The edition and number the mark was recorded against; nil once that edition is deleted.
    public var edition: String?
    public var number: RegisterNumber?

    public init(pollOn: CalendarDate, source: TurnoutSource, edition: String? = nil, number: RegisterNumber? = nil) {
        self.pollOn = pollOn
        self.source = source
        self.edition = edition
        self.number = number
    }
}
