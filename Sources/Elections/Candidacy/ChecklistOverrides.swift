/// The user's own figures where Rosette's are unconfirmed or missing (domain README rule 2:
/// unconfirmed means overridable). A figure given here replaces the table's and is not provisional.
public struct ChecklistOverrides: Sendable, Hashable, Codable {
    /// Subscribers the nomination paper needs (e.g. a combined-authority mayor, or an election
    /// the notes do not cover).
    public var subscribersRequired: Int?
    /// The deposit in pence; 0 means the election has no deposit.
    public var depositPence: Int?

    public init(subscribersRequired: Int? = nil, depositPence: Int? = nil) {
        self.subscribersRequired = subscribersRequired
        self.depositPence = depositPence
    }
}
