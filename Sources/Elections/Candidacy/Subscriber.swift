/// An elector who signs a nomination paper (RPA 1983 Sch 1 r.7; SI 2006/3304 Sch 2 r.4).
///
/// The name is personal data: it stays in this value and never reaches a warning's text, which
/// names the elector number instead.
public struct Subscriber: Sendable, Hashable, Codable {
    /// Full name as on the register, without titles.
    public var name: String
    /// As typed; `ElectorNumber` normalises it for the checks.
    public var electorNumber: String
    public var role: SubscriberRole

    public init(name: String, electorNumber: String, role: SubscriberRole) {
        self.name = name
        self.electorNumber = electorNumber
        self.role = role
    }
}

/// The part a subscriber plays on the paper. Every paper has one proposer and one seconder; UK
/// Parliament, mayoral and PCC papers add assentors up to the number required.
public enum SubscriberRole: String, CaseIterable, Sendable, Codable {
    case proposer
    case seconder
    case assentor
}
