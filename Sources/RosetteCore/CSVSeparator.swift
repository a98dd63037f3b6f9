/// The byte that separates fields in a delimited text file.
///
/// An enum rather than a free character so the separator is always a single ASCII byte and can
/// never be the double quote, which RFC 4180 reserves for quoting.
public enum CSVSeparator: UInt8, Sendable, CaseIterable {
    /// `,` — RFC 4180 CSV, and what UK spreadsheets save by default.
    case comma = 0x2C
    /// Horizontal tab — TSV, as exported by many membership and mailing-list tools.
    case tab = 0x09
    /// `;` — what Excel writes as "CSV" in locales whose decimal separator is a comma.
    case semicolon = 0x3B
}
