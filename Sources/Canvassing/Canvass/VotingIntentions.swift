import Foundation
public import RosetteCore

/// How someone says they will vote, per type of election: people split their vote (Labour at
/// Westminster, us for the council), and a campaign needs the answer for the election it fights.
///
/// Stored as one text, `local=ours,westminster=lab` (types in name order), so an attempt stays
/// one row and a re-sent attempt compares equal; tallies count each `type=answer` pair.
public struct VotingIntentions: Sendable, Equatable {
    /// Election type → answer code (`ours`, `lab`, `undecided`, ...).
    public private(set) var answers: [String: String]

    public init(_ answers: [String: String] = [:]) { self.answers = answers }

    public var isEmpty: Bool { answers.isEmpty }

    /// The stored form, nil when there is no answer.
    public var stored: String? {
        isEmpty ? nil : answers.keys.sorted().map { "\($0)=\(answers[$0] ?? "")" }.joined(separator: ",")
    }

    /// Reads the stored form; a pair without a type (written before intentions had types) is
    /// left under an empty type rather than guessed.
    public init(stored: String?) {
        var answers: [String: String] = [:]
        for pair in (stored ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 { answers[String(parts[0])] = String(parts[1]) } else { answers[""] = String(pair) }
        }
        self.answers = answers
    }

    /// Parses what a canvasser typed: `ours` (the scheme's default election type) or
    /// `local=ours,westminster=lab` (also `local:ours; westminster:lab`).
    ///
    /// - throws: `InvalidInput` for an election type the party does not ask about, a type given
    ///   twice, or an answer that is not a code.
    public init(parsing text: String, scheme: CanvassScheme) throws(InvalidInput) {
        var answers: [String: String] = [:]
        for part in CanvassContact.list(text) {
            let pieces = part.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "=" || $0 == ":" })
            guard pieces.count <= 2 else {
                throw InvalidInput(field: "intention", value: part, expected: "ANSWER or TYPE=ANSWER, e.g. local=ours")
            }
            let type = pieces.count == 2 ? try CanvassContact.code(String(pieces[0]), field: "election type")
                : scheme.defaultElectionType
            guard scheme.electionTypes.contains(type) else {
                throw InvalidInput(
                    field: "election type \"\(type)\"", value: type,
                    expected: "one of \(scheme.electionTypes.joined(separator: ", ")) "
                        + "(settings set canvass.election_types to change the list)")
            }
            guard answers[type] == nil else {
                throw InvalidInput(field: "intention", value: text, expected: "one answer per election type")
            }
            answers[type] = try CanvassContact.code(String(pieces[pieces.count - 1]), field: "intention")
        }
        self.answers = answers
    }

    /// The `type=answer` pairs, as the tallies count them.
    public var pairs: [String] { answers.keys.sorted().map { "\($0)=\(answers[$0] ?? "")" } }

    /// Splits a tallied pair back into type and answer.
    public static func split(pair: String) -> (type: String, answer: String) {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count == 2 ? (String(parts[0]), String(parts[1])) : ("", pair)
    }
}
