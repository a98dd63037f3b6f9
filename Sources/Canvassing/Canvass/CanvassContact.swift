import Foundation
public import RosetteCore

/// One contact attempt, as recorded: an append-only event.
///
/// Its `id` is a UUID made where the attempt is recorded (a phone offline, a typed-up sheet), so
/// sending it twice stores it once; current state per elector is derived from the attempts and
/// never overwritten (docs/architecture.md, "Looking ahead").
public struct CanvassContact: Sendable, Equatable {
    public var id: String
    public var elector: RegisterNumber
    public var on: CalendarDate
    public var canvasser: String
    public var method: ContactMethod
    public var outcome: ContactOutcome
    /// 1 (strong support) to the scale's top point (default 5), only for a conversation.
    public var support: Int?
    /// Per election type, a party or answer code, e.g. "ours", "lab", "undecided".
    public var intentions: VotingIntentions
    public var previousVote: String?
    public var issues: [String]
    /// Which message was tried, for "what messaging works".
    public var message: String?
    public var asks: [CanvassAsk]
    public var notes: String?
    /// The canvass session the attempt belongs to, when it was logged as part of one.
    public var session: Int64? = nil
    /// The name written on an imported sheet, checked against the register (`SheetName`) and
    /// never stored.
    public var sheetName: String? = nil

    /// Checks the rules that make an attempt meaningful.
    ///
    /// - parameter intention: as typed: `ours`, or `local=ours,westminster=lab`.
    /// - parameter scheme: the party's support scale, issues and election types.
    /// - throws: `InvalidInput` when answers are given without a conversation, support is off
    ///   the scale, an issue is not on the party's list, an intention names an election type
    ///   the party does not ask about, or a code is not a short lower-case word.
    public static func validated(
        id: String, elector: RegisterNumber, on: CalendarDate, canvasser: String, method: ContactMethod,
        outcome: ContactOutcome, support: Int?, intention: String?, previousVote: String?,
        issues: [String], message: String?, asks: [CanvassAsk], notes: String?,
        scheme: CanvassScheme = .standard
    ) throws(InvalidInput) -> CanvassContact {
        guard ContactID.isValid(id) else {
            throw InvalidInput(field: "id", value: id, expected: "a UUID such as 123e4567-e89b-42d3-a456-426614174000")
        }
        let who = canvasser.trimmingWhitespace
        guard !who.isEmpty, who.count <= 80 else {
            throw InvalidInput(field: "canvasser", value: canvasser, expected: "a name of 1 to 80 characters")
        }
        if let support { try scheme.checkSupport(support) }
        let answered = support != nil || intention != nil || previousVote != nil || !issues.isEmpty || message != nil
        if answered && !outcome.isContact {
            throw InvalidInput(
                field: "outcome", value: outcome.rawValue,
                expected: "spoke when support, intention, issues or a message are given")
        }
        let codes = try [previousVote, message].map { code throws(InvalidInput) in
            try code.map { text throws(InvalidInput) in try Self.code(text, field: "answer code") }
        }
        var cleanIssues: [String] = []
        for issue in issues {
            let code = try Self.code(issue, field: "issue")
            try scheme.checkIssue(code)
            if !cleanIssues.contains(code) { cleanIssues.append(code) }
        }
        let intentions = try intention.map { text throws(InvalidInput) in
            try VotingIntentions(parsing: text, scheme: scheme)
        }
        return CanvassContact(
            id: id.lowercased(), elector: elector, on: on, canvasser: who, method: method, outcome: outcome,
            support: support, intentions: intentions ?? VotingIntentions(), previousVote: codes[0],
            issues: cleanIssues, message: codes[1], asks: asks,
            notes: notes?.trimmingWhitespace.isEmpty == false ? notes : nil)
    }

    /// Codes are lower-case words with hyphens (`cost-of-living`), up to 40 characters, so
    /// summaries group them reliably.
    static func code(_ text: String, field: String) throws(InvalidInput) -> String {
        // Accents folded (`Sinn Féin` → `sinn-fein`) so one answer is one code however it is typed.
        let folded = text.trimmingWhitespace.folding(options: .diacriticInsensitive, locale: nil)
        let lower = String(folded.lowercased().map { $0 == " " ? "-" : $0 })
        guard !lower.isEmpty, lower.count <= 40,
            lower.allSatisfy({ ($0.isLetter && $0.isASCII) || $0.isASCIIDigit || $0 == "-" || $0 == "_" })
        else {
            throw InvalidInput(field: field, value: text, expected: "a short code of letters, digits and hyphens")
        }
        return lower
    }
}

extension CanvassContact {
    /// Refuses an attempt dated after `today`: nobody has knocked on a door tomorrow, so it is
    /// a typo (2027 for 2026) that would skew every `--since` summary and walk-list filter.
    public func checkDate(today: CalendarDate) throws(CanvassingError) {
        if on > today { throw .attemptInFuture(elector: elector.normalised, on: on.iso, today: today.iso) }
    }
}
