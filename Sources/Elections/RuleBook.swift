/// Which rule table applies to a kind of election in a nation.
enum RuleBook {
    /// The rules for a validated kind and nation. `nation` is `nil` only for a UK general election.
    static func rules(for kind: ElectionKind, in nation: Nation?, generalElection: Bool) -> [DeadlineRule] {
        switch (kind, nation) {
        case (.ukParliament, let nation?) where !generalElection: UKParliamentRules.byElection(in: nation)
        case (.ukParliament, let nation): UKParliamentRules.generalElection(in: nation)
        case (.local, .wales?): DevolvedRules.welshCouncil()
        case (.local, .scotland?): DevolvedRules.scottishCouncil()
        case (.local, .northernIreland?): DevolvedRules.northernIreland(assembly: false)
        case (.local, _): EnglishRules.principalCouncil()
        case (.parish, let nation): EnglishRules.parish(in: nation ?? .england)
        case (.mayor, _): EnglishRules.mayor()
        case (.pcc, let nation): EnglishRules.policeAndCrimeCommissioner(in: nation ?? .england)
        case (.gla, _): EnglishRules.greaterLondonAuthority()
        case (.scottishParliament, _): DevolvedRules.scottishParliament()
        case (.senedd, _): DevolvedRules.senedd()
        case (.niAssembly, _): DevolvedRules.northernIreland(assembly: true)
        case (.cityOfLondon, _): EnglishRules.cityOfLondon()
        case (.referendum, let nation): EnglishRules.referendum(in: nation ?? .england)
        }
    }

    /// Scottish Parliament and Scottish council timetables disregard Easter Monday (timetables.md
    /// §1, "Extra day in Scotland").
    static func timetableExcludesEasterMonday(_ kind: ElectionKind, in nation: Nation?) -> Bool {
        kind == .scottishParliament || (kind == .local && nation == .scotland)
    }
}
