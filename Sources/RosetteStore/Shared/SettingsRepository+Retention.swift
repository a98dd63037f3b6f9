internal import GRDB
public import Privacy

extension SettingKey {
    /// Years after a membership lapsed or ended before its contact details are cleared.
    public static let lapsedMemberContactYears = years(
        "retention.lapsed_member_contact_years", RetentionPolicy.defaults.lapsedMemberContactYears,
        "years after a membership lapses or ends before its contact details are cleared (provisional default)")
    /// Years after a shift before its sign-ups are forgotten.
    public static let shiftHistoryYears = years(
        "retention.shift_history_years", RetentionPolicy.defaults.shiftHistoryYears,
        "years after a shift before who signed up to it is forgotten (provisional default)")
    /// Years after a donation's accounting year before the donor's name and address are cleared.
    public static let donorRecordYears = years(
        "retention.donor_record_years", RetentionPolicy.defaults.donorRecordYears,
        "years after a donation's accounting year before the donor is anonymised (at least 6, PPERA s.41)",
        minimum: RetentionPolicy.minimumDonorRecordYears)
    /// Years before free-text canvass notes are cleared.
    public static let canvassNoteYears = years(
        "retention.canvass_note_years", RetentionPolicy.defaults.canvassNoteYears,
        "years before free-text canvass notes are cleared (provisional default)")

    static let retentionKeys: [SettingKey] = [
        .lapsedMemberContactYears, .shiftHistoryYears, .donorRecordYears, .canvassNoteYears,
    ]

    private static func years(_ name: String, _ value: Int, _ summary: String, minimum: Int = 1) -> SettingKey {
        SettingKey(
            name: name, defaultValue: String(value), summary: summary,
            isValid: { Int($0).map { (minimum...100).contains($0) } ?? false })
    }
}

extension SettingsRepository {
    /// The retention policy as configured.
    public func retentionPolicy() throws -> RetentionPolicy {
        func years(_ key: SettingKey) throws -> Int { Int(try value(of: key)) ?? Int(key.defaultValue) ?? 0 }
        return RetentionPolicy(
            lapsedMemberContactYears: try years(.lapsedMemberContactYears), shiftHistoryYears: try years(.shiftHistoryYears),
            donorRecordYears: max(RetentionPolicy.minimumDonorRecordYears, try years(.donorRecordYears)),
            canvassNoteYears: try years(.canvassNoteYears))
    }
}
