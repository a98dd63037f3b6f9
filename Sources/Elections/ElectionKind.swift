/// The kinds of poll Rosette can build a statutory timetable for.
///
/// The raw values are the command-line spellings. `ukParliament` with no nation means a UK general
/// election; with a nation it means a by-election in a constituency of that nation
/// (timetables.md §3a).
public enum ElectionKind: String, CaseIterable, Sendable, Codable {
    case ukParliament = "uk-parliament"
    /// Principal councils: English districts, counties and unitaries; Welsh principal areas;
    /// Scottish councils; Northern Ireland district councils.
    case local
    /// Parish councils (England) and community councils (Wales).
    case parish
    /// Local-authority and combined-authority mayors (England).
    case mayor
    /// Police and Crime Commissioner (England and Wales).
    case pcc
    /// Greater London Authority: London Assembly and Mayor of London.
    case gla
    case scottishParliament = "scottish-parliament"
    case senedd
    case niAssembly = "ni-assembly"
    /// City of London ward elections (Wardmote).
    case cityOfLondon = "city-of-london"
    /// Local referendums (neighbourhood planning, council tax, governance).
    case referendum

    /// The nations where the kind can be held, per timetables.md §3.
    ///
    /// * Parish councils exist only in England, community councils (same rules) only in Wales;
    ///   Scottish community councils are not elected under election rules, and NI has none.
    /// * Directly elected mayors, the GLA and the City of London are English institutions.
    /// * PCCs cover the police areas of England and Wales only (Police Reform and Social
    ///   Responsibility Act 2011 s.1).
    public var validNations: Set<Nation> {
        switch self {
        case .ukParliament, .local, .referendum: Set(Nation.allCases)
        case .parish, .pcc: [.england, .wales]
        case .mayor, .gla, .cityOfLondon: [.england]
        case .scottishParliament: [.scotland]
        case .senedd: [.wales]
        case .niAssembly: [.northernIreland]
        }
    }

    /// The nation to assume when none is given: only for kinds held in exactly one nation.
    /// `ukParliament` deliberately has none (no nation means a general election).
    var impliedNation: Nation? {
        guard self != .ukParliament, validNations.count == 1 else { return nil }
        return validNations.first
    }

    /// Human name for titles and messages.
    public var displayName: String {
        switch self {
        case .ukParliament: "UK Parliament"
        case .local: "principal council"
        case .parish: "parish or community council"
        case .mayor: "mayoral"
        case .pcc: "Police and Crime Commissioner"
        case .gla: "Greater London Authority"
        case .scottishParliament: "Scottish Parliament"
        case .senedd: "Senedd"
        case .niAssembly: "Northern Ireland Assembly"
        case .cityOfLondon: "City of London"
        case .referendum: "referendum"
        }
    }
}
