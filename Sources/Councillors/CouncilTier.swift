import Foundation
import RosetteCore
public import Elections

/// The kinds of council a councillor can sit on. The tier and the nation decide which law fills
/// a casual vacancy (timetables.md §3, §3c–§3f), so both are required facts of a council.
public enum CouncilTier: String, CaseIterable, Sendable, Codable {
    /// Parish council (England), also called a town council; community council (Wales).
    case parish
    /// District or borough council (England); the district councils of Northern Ireland.
    case district
    case county
    case unitary
    case metropolitanBorough = "metropolitan-borough"
    case londonBorough = "london-borough"
    case scottishCouncil = "scottish-council"
    /// A Welsh principal council (county or county borough).
    case welshPrincipal = "welsh-principal"
    /// A mayoral combined authority (England).
    case combinedAuthority = "combined-authority"

    /// Reads a tier, accepting the everyday names people use ("town", "community", "borough").
    public init(parsing text: String) throws(CouncillorsError) {
        let key = text.trimmingWhitespace.lowercased().replacingOccurrences(of: " ", with: "-")
        let aliases: [String: CouncilTier] = [
            "town": .parish, "community": .parish, "parish-council": .parish, "borough": .district,
            "met-borough": .metropolitanBorough, "scottish": .scottishCouncil, "welsh": .welshPrincipal,
        ]
        guard let tier = CouncilTier(rawValue: key) ?? aliases[key] else {
            throw .unknownTier(text)
        }
        self = tier
    }

    /// Where councils of this tier exist. Parish councils are English, community councils (same
    /// rules) Welsh; Northern Ireland's councils are district councils (Local Government Act (NI)
    /// 1972 as reorganised in 2015).
    public var validNations: Set<Nation> {
        switch self {
        case .parish: [.england, .wales]
        case .district: [.england, .northernIreland]
        case .county, .unitary, .metropolitanBorough, .londonBorough, .combinedAuthority: [.england]
        case .scottishCouncil: [.scotland]
        case .welshPrincipal: [.wales]
        }
    }

    /// The kind of election that fills one of its seats, for creating a by-election.
    public var electionKind: ElectionKind {
        switch self {
        case .parish: .parish
        case .combinedAuthority: .mayor
        default: .local
        }
    }

    /// Human name for tables and messages.
    public var displayName: String {
        switch self {
        case .parish: "parish/town/community"
        case .district: "district/borough"
        case .county: "county"
        case .unitary: "unitary"
        case .metropolitanBorough: "metropolitan borough"
        case .londonBorough: "London borough"
        case .scottishCouncil: "Scottish council"
        case .welshPrincipal: "Welsh principal council"
        case .combinedAuthority: "combined authority"
        }
    }
}
