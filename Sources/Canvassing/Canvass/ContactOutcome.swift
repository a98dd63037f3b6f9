import Foundation
import RosetteCore
/// What happened at a contact attempt: the outcome codes UK and US canvassing software share
/// (canvassing-and-register.md §1.2).
public enum ContactOutcome: String, CaseIterable, Sendable, Codable {
    case spoke
    case notIn = "not-in"
    case refused
    case moved
    case deceased
    case inaccessible
    case comeBack = "come-back"
    case doNotContact = "do-not-contact"

    /// Someone was spoken to: the denominator of support figures.
    public var isContact: Bool { self == .spoke }

    /// Outcomes that take the person off later walk and knock-up lists. `do-not-contact` is an
    /// objection, which is absolute (ICO direct-marketing guidance); moved and deceased mean
    /// the door no longer holds them.
    public var removesFromLists: Bool { self == .doNotContact || self == .moved || self == .deceased }

    /// As a canvasser writes it: `Spoke`, `not in` and `not-in` are one outcome.
    public init?(typed text: String) { self.init(rawValue: Self.spelling(text)) }

    /// Lower case, spaces as hyphens: how a typed code meets its raw value.
    static func spelling(_ text: String) -> String {
        String(text.trimmingWhitespace.lowercased().map { $0 == " " ? "-" : $0 })
    }
}

/// How the contact was made.
public enum ContactMethod: String, CaseIterable, Sendable, Codable {
    case door
    case phone
    case streetStall = "street-stall"
    case text

    /// As a canvasser writes it: `Street stall` is `street-stall`.
    public init?(typed text: String) { self.init(rawValue: ContactOutcome.spelling(text)) }
}

/// Asks and commitments recorded on the doorstep.
public enum CanvassAsk: String, CaseIterable, Sendable, Codable {
    case poster
    case postalVote = "postal-vote"
    case volunteer
    case join
    case donate
}
