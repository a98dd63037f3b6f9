/// The register at a glance for one edition: `rosette register stats`.
public struct RegisterStats: Sendable, Equatable {
    public var edition: String
    /// Electors on the register (deleted by a monthly alteration: not counted).
    public var electors = 0
    public var households = 0
    public var anonymous = 0
    /// Electors with an attainment date (coming of age), whatever it is.
    public var attainers = 0
    public var postalVoters = 0
    public var proxyVoters = 0
    public var byWard: [String: Int] = [:]
    public var byDistrict: [String: Int] = [:]
    /// Marker letter → electors carrying it.
    public var byMarker: [String: Int] = [:]

    public init(edition: String) { self.edition = edition }
}

/// The outcome of a register import or update.
public struct RegisterImportSummary: Sendable, Equatable, Codable {
    public var edition: String
    public var layout: String
    public var electors = 0
    public var households = 0
    /// Electors matched to a person on the previous edition, so their history carries over.
    public var carriedOver = 0
    /// Of those, matched although their middle names or initials differ (`PersonMatching`).
    public var carriedOverLoosely = 0
    public var anonymous = 0
    public var deleted = 0
    public var changed = 0

    public init(edition: String, layout: String) {
        self.edition = edition
        self.layout = layout
    }
}
