internal import GRDB
public import Canvassing
import RosetteCore

extension SettingKey {
    /// The top of the support scale (1 is definitely us).
    public static let canvassSupportScale = SettingKey(
        name: "canvass.support_scale", defaultValue: "\(CanvassScheme.standard.supportScale.upperBound)",
        summary: "top point of the canvass support scale, 2 to 10 (1 is definitely us)",
        isValid: { CanvassScheme.scale(settingValue: $0) != nil },
        canonical: { CanvassScheme.scale(settingValue: $0).map { "\($0.upperBound)" } ?? $0 })
    /// The support points counted as promises.
    public static let canvassPromises = SettingKey(
        name: "canvass.promises", defaultValue: CanvassScheme.text(CanvassScheme.standard.promises),
        summary: "support points counted as promises and supporters, from 1, e.g. 1-2",
        isValid: { CanvassScheme.promises(settingValue: $0) != nil },
        canonical: { CanvassScheme.promises(settingValue: $0).map(CanvassScheme.text) ?? $0 })
    /// The issues a canvasser can record.
    public static let canvassIssues = SettingKey(
        name: "canvass.issues", defaultValue: CanvassScheme.standard.issues.joined(separator: ","),
        summary: "issues a canvasser can record, comma-separated codes such as cost-of-living",
        isValid: { CanvassScheme.codes(settingValue: $0) != nil },
        canonical: { CanvassScheme.codes(settingValue: $0)?.joined(separator: ",") ?? $0 })
    /// The elections a voting intention is asked for.
    public static let canvassElectionTypes = SettingKey(
        name: "canvass.election_types", defaultValue: CanvassScheme.standard.electionTypes.joined(separator: ","),
        summary: "election types a voting intention is asked for, comma-separated; the first is the default",
        isValid: { CanvassScheme.codes(settingValue: $0) != nil },
        canonical: { CanvassScheme.codes(settingValue: $0)?.joined(separator: ",") ?? $0 })

    static let canvassKeys: [SettingKey] = [.canvassSupportScale, .canvassPromises, .canvassIssues, .canvassElectionTypes]
}

extension SettingsRepository {
    /// The party's canvass scheme as configured.
    public func canvassScheme() throws -> CanvassScheme {
        try database.dbWriter.read { db in try Self.canvassScheme(in: db) }
    }

    /// The scheme inside a transaction, so an import validates against the settings it commits with.
    static func canvassScheme(in db: Database) throws -> CanvassScheme {
        func stored(_ key: SettingKey) throws -> String {
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.name]) ?? key.defaultValue
        }
        let standard = CanvassScheme.standard
        return CanvassScheme(
            supportScale: CanvassScheme.scale(settingValue: try stored(.canvassSupportScale)) ?? standard.supportScale,
            promises: CanvassScheme.promises(settingValue: try stored(.canvassPromises)) ?? standard.promises,
            issues: CanvassScheme.codes(settingValue: try stored(.canvassIssues)) ?? standard.issues,
            electionTypes: CanvassScheme.codes(settingValue: try stored(.canvassElectionTypes)) ?? standard.electionTypes)
    }

    /// Refuses a change that would misread what is recorded: a different scale once support is
    /// recorded (a 5 on 1-5 is "definitely not", on 1-10 it is the middle), promises reaching past
    /// the scale, or dropping an issue or election type that recorded attempts use (their export
    /// could not be imported again, and the summary would show codes the sheet no longer has).
    static func checkCanvassSetting(_ key: SettingKey, _ value: String, in db: Database) throws {
        let scheme = try canvassScheme(in: db)
        switch key {
        case .canvassSupportScale:
            guard let scale = CanvassScheme.scale(settingValue: value), scale != scheme.supportScale else { return }
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM canvassAttempt WHERE support IS NOT NULL)") == true {
                throw InvalidInput(
                    field: key.name, value: value,
                    expected: "\(scheme.supportScale.upperBound), the scale recorded attempts already use: "
                        + "on another scale their answers would mean something else")
            }
            guard scheme.promises.upperBound < scale.upperBound else {
                throw InvalidInput(
                    field: key.name, value: value,
                    expected: "more than \(scheme.promises.upperBound), the top of canvass.promises "
                        + "(\(CanvassScheme.text(scheme.promises))); change that first")
            }
        case .canvassPromises:
            guard let promises = CanvassScheme.promises(settingValue: value),
                promises.upperBound >= scheme.supportScale.upperBound
            else { return }
            throw InvalidInput(
                field: key.name, value: value,
                expected: "points from 1 below the top of the support scale \(CanvassScheme.text(scheme.supportScale))")
        case .canvassIssues, .canvassElectionTypes:
            let kept = Set(CanvassScheme.codes(settingValue: value) ?? [])
            let dimension = key == .canvassIssues ? "issue" : "intention"
            let recorded = try String.fetchAll(
                db, sql: "SELECT DISTINCT value FROM canvassTally WHERE attemptedOn = '' AND dimension = ? AND attempts > 0",
                arguments: [dimension]
            ).map { dimension == "issue" ? $0 : VotingIntentions.split(pair: $0).type }
            let dropped = Set(recorded).subtracting(kept).sorted()
            guard dropped.isEmpty else {
                throw InvalidInput(
                    field: key.name, value: value,
                    expected: "a list that keeps \(dropped.joined(separator: ", ")): recorded attempts use "
                        + (dropped.count == 1 ? "it" : "them"))
            }
        default: return
        }
    }
}
