public import RosetteCore

/// Which column of an import file holds which field, decided once from the header row.
public struct MemberFileLayout: Sendable {
    /// Column index per field read back on import.
    public private(set) var indexes: [MemberColumn: Int] = [:]
    /// Headers that match nothing; reported, then ignored.
    public private(set) var ignoredHeaders: [String] = []
    /// The number of columns in the header: a row with more cells has lost its alignment.
    public private(set) var width = 0
    /// The fields the file has (the keys of `indexes`), built once per file and shared by every
    /// row, rather than a new set per row.
    public private(set) var columns: Set<MemberColumn> = []
    /// `indexes` as an array by column position, -1 where absent: the per-cell look-up of an
    /// import, without hashing the column's name for every cell of every row.
    private var slots = [Int](repeating: -1, count: MemberColumn.allCases.count)

    /// The index of `column` in a row, or `nil` when the file does not have it.
    @inline(__always)
    public func index(of column: MemberColumn) -> Int? {
        let slot = slots[column.ordinal]
        return slot < 0 ? nil : slot
    }

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
            slots[column.ordinal] = index
        }
        columns = Set(indexes.keys)
        for required in [MemberColumn.firstName, .lastName] where indexes[required] == nil {
            problems.append(
                "no \(required.rawValue) column (use --map \"Your Header=\(required.rawValue)\")")
        }
        guard problems.isEmpty else { throw MemberImportError.header(problems) }
    }
}

extension MemberColumn {
    /// The column's position in `allCases` (a switch, not a search or a hash of the raw value).
    fileprivate var ordinal: Int {
        switch self {
        case .id: return 0
        case .firstName: return 1
        case .lastName: return 2
        case .email: return 3
        case .phone: return 4
        case .postcode: return 5
        case .address: return 6
        case .dateOfBirth: return 7
        case .joinedOn: return 8
        case .branch: return 9
        case .membershipType: return 10
        case .duesPence: return 11
        case .paidUntil: return 12
        case .status: return 13
        case .endedOn: return 14
        case .endReason: return 15
        case .roles: return 16
        case .consentEmail: return 17
        case .consentPhone: return 18
        case .consentSMS: return 19
        case .consentPost: return 20
        case .notes: return 21
        }
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
