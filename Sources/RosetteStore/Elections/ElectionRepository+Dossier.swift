public import Elections

extension ElectionRepository {
    /// Everything about one election, derived from what is stored (see `ElectionDossier`).
    public func dossier(_ id: ElectionID) throws -> ElectionDossier {
        let election = try find(id)
        return try ElectionDossier.assemble(
            election, extraExcludedDays: Set(try excludedDays().map(\.day)),
            progress: try formProgress(of: id), subscribers: try subscribers(of: id).map(\.subscriber),
            otherPapers: try otherPapers(than: id), leadTimes: try SettingsRepository(database).mailLeadTimes())
    }

    /// Dossiers of every election not cancelled (or of all, when asked), by polling day.
    public func activeDossiers(includeCancelled: Bool = false) throws -> [ElectionDossier] {
        try list(includeCancelled: includeCancelled).map { try dossier($0.id) }
    }

    /// The checklist of one election, for checking a form before recording progress on it.
    public func checklist(of id: ElectionID) throws -> [FormRequirement] {
        try ElectionDossier.requirements(for: try find(id), extraExcludedDays: Set(try excludedDays().map(\.day)))
    }
}
