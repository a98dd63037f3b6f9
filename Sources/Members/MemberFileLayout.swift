public import RosetteCore

/// Which column of an import file holds which field, decided once from the header row.
public struct MemberFileLayout: Sendable {
    /// Column index per field read back on import.
    public private(set) var indexes: [MemberColumn: Int] = [:]
    /// Headers that match nothing; reported, then ignored.
    public private(set) var ignoredHeaders: [String] = []
    /// The number of columns in the header: a row with more cells has lost its alignment.
    public private(set) var width = 0

    /// Reads a header row. `explicitMap` ("Their Header" → field) wins over recognised spellings.
    ///
    /// - throws: `MemberImportError.header` when a required column is missing, a column is
    ///   named twice, or the map names a header or field that does not exist.
    public init(header: [String], explicitMap: [String: String] = [:]) throws {
        width = header.count
        var problems: [String] = []
        var mapped: [String: MemberColumn] = [:]
        for (theirs, ours) in explicitMap {
            guard let column = MemberColumn(rawValue: ours), !column.isExportOnly else {
                let known = MemberColumn.allCases.filter { !$0.isExportOnly }.map(\.rawValue)
                problems.append("--map names an unknown field \"\(ours)\" (known: \(known.joined(separator: ", ")))")
                continue
            }
            guard header.contains(theirs) else {
                problems.append("--map names a header \"\(theirs)\" that the file does not have")
                continue
            }
            mapped[theirs] = column
        }
        for (index, name) in header.enumerated() {
            guard let column = mapped[name] ?? MemberColumn.matching(header: name) else {
                ignoredHeaders.append(name)
                continue
            }
            if column.isExportOnly { continue }
            if indexes[column] != nil {
                problems.append("two columns give \(column.rawValue)")
                continue
            }
            indexes[column] = index
        }
        for required in [MemberColumn.firstName, .lastName] where indexes[required] == nil {
            problems.append(
                "no \(required.rawValue) column (use --map \"Your Header=\(required.rawValue)\")")
        }
        guard problems.isEmpty else { throw MemberImportError.header(problems) }
    }
}

/// A failure of a whole import. A bad header stops at once; bad rows are all listed.
public enum MemberImportError: RosetteFailure, Equatable {
    case header([String])
    case badRows(count: Int)
    case empty

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .header(let problems): return "the header row is not usable: " + problems.joined(separator: "; ")
        case .badRows(let count):
            return "\(count) bad row\(count == 1 ? "" : "s"); nothing was imported"
        case .empty: return "the file has no header row"
        }
    }
}
