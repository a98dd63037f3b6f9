import Foundation
public import RosetteCore

/// Which column holds what in a register file, detected once from the header row.
///
/// `Elector Number` means the bare number when the file also has `Elector Number Prefix` (the
/// common layout) and the combined `PD-123/1` otherwise (the monthly-update layout). `--map`
/// ("Their Header=field") wins over recognised spellings, for any other supplier's file.
public struct RegisterFileLayout: Sendable {
    /// Which family of file this is, for the import's report.
    public enum Kind: String, Sendable {
        case fullRegister = "full register"
        case monthlyUpdate = "monthly update"
    }

    public private(set) var indexes: [RegisterColumn: Int] = [:]
    public private(set) var ignoredHeaders: [String] = []
    public private(set) var width = 0
    public private(set) var kind = Kind.fullRegister

    /// True when the file has address or postcode columns (a marked register need not).
    var hasAddressColumns: Bool {
        (RegisterColumn.addressLines + [.postcode]).contains { indexes[$0] != nil }
    }

    /// The separator a file uses, from its first line: the Xpress EMS export is tab-separated.
    public static func separator(forFirstLine line: some StringProtocol) -> CSVSeparator {
        let tabs = line.filter { $0 == "\t" }.count
        let commas = line.filter { $0 == "," }.count
        return tabs > commas ? .tab : .comma
    }

    /// Reads a header row.
    ///
    /// - parameter requireName: false for files that only name electors by number (absent-voter
    ///   lists, marked registers).
    /// - throws: `RegisterImportError.header` naming every problem.
    public init(header: [String], explicitMap: [String: String] = [:], requireName: Bool = true) throws {
        width = header.count
        var problems: [String] = []
        var mapped: [String: RegisterColumn] = [:]
        for (theirs, ours) in explicitMap {
            guard let column = RegisterColumn(rawValue: ours) else {
                let known = RegisterColumn.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append("--map names an unknown field \"\(ours)\" (known: \(known))")
                continue
            }
            guard header.contains(theirs) else {
                problems.append("--map names a header \"\(theirs)\" that the file does not have")
                continue
            }
            mapped[theirs] = column
        }
        let keys = header.map(RegisterColumn.headerKey)
        let hasPrefix =
            mapped.values.contains(.prefix)
            || keys.contains { RegisterColumn.prefix.aliases.contains($0) }
        for (index, name) in header.enumerated() {
            let key = keys[index]
            let column: RegisterColumn?
            if let explicit = mapped[name] {
                column = explicit
            } else if RegisterColumn.number.aliases.contains(key) {
                column = hasPrefix ? .number : .combinedNumber
            } else {
                column = RegisterColumn.allCases.first { $0 != .number && $0.aliases.contains(key) }
            }
            guard let column else {
                ignoredHeaders.append(name)
                continue
            }
            if indexes[column] != nil {
                problems.append("two columns give \(column.rawValue)")
                continue
            }
            indexes[column] = index
        }
        if indexes[.combinedNumber] == nil && (indexes[.prefix] == nil || indexes[.number] == nil) {
            problems.append("no elector number (need Elector Number Prefix and Elector Number, or ElectorNumber as PD-123/1)")
        }
        if requireName && indexes[.fullName] == nil && indexes[.surname] == nil {
            problems.append("no elector name (Elector Name, or Elector Surname and Elector Forename)")
        }
        kind = indexes[.combinedNumber] != nil ? .monthlyUpdate : .fullRegister
        guard problems.isEmpty else { throw RegisterImportError.header(problems) }
    }

    /// The trimmed cell for `column`, or nil when the file lacks it or the cell is empty.
    /// Cells pass through `SpreadsheetSafety.restore`, so a file saved from a Rosette export
    /// reads back unchanged.
    public func cell(_ column: RegisterColumn, in fields: [String]) -> String? {
        guard let index = indexes[column], index < fields.count else { return nil }
        let value = SpreadsheetSafety.restore(fields[index]).trimmingWhitespace
        return value.isEmpty ? nil : value
    }
}

/// A failure of a whole register or canvass import. A bad header stops at once; bad rows are
/// all listed, and nothing is written.
public enum RegisterImportError: RosetteFailure, Equatable {
    case header([String])
    case badRows(count: Int)
    case empty
    /// A header with no elector rows: accepting it would make an empty edition that replaces
    /// the real register (and lets `privacy sweep` delete the previous one).
    case noElectors
    /// A polling district of the file already has electors in the edition (a second import of
    /// the same council's file); a file of new districts (a second council) is welcome.
    case districtAlreadyImported(district: String, edition: String)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .header(let problems): return "the header row is not usable: " + problems.joined(separator: "; ")
        case .badRows(let count): return "\(count) bad row\(count == 1 ? "" : "s"); nothing was imported"
        case .empty: return "the file has no header row"
        case .noElectors: return "the file has no electors; nothing was imported"
        case .districtAlreadyImported(let district, let edition):
            return "polling district \(district) already has electors in edition \(edition); "
                + "use `rosette register update` for alterations (nothing was imported)"
        }
    }
}
