public import Members
public import RosetteCore

/// The columns of a councillors file. Headers are matched in any case, with spaces or
/// underscores (`Elected On`, `elected_on`).
public enum CouncillorColumn: String, CaseIterable, Sendable {
    case name, council, ward, party
    case electedOn = "elected_on"
    case termEndsOn = "term_ends_on"
    case memberID = "member_id"
    case email, phone

    static let required: [CouncillorColumn] = [.name, .council, .ward, .party, .electedOn]

    static func matching(header: String) -> CouncillorColumn? {
        let key = header.trimmingWhitespace.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 }
        return CouncillorColumn(rawValue: String(key))
    }
}

/// Which column holds which field, decided once from the header row.
public struct CouncillorFileLayout: Sendable {
    public private(set) var indexes: [CouncillorColumn: Int] = [:]
    public private(set) var ignoredHeaders: [String] = []
    public private(set) var width = 0

    /// - throws: `CouncillorImportError.header` when a required column is missing or doubled.
    public init(header: [String]) throws(CouncillorImportError) {
        width = header.count
        var problems: [String] = []
        for (index, name) in header.enumerated() {
            guard let column = CouncillorColumn.matching(header: name) else {
                ignoredHeaders.append(name)
                continue
            }
            if indexes[column] != nil { problems.append("two columns give \(column.rawValue)") }
            indexes[column] = index
        }
        for column in CouncillorColumn.required where indexes[column] == nil {
            problems.append("no \(column.rawValue) column")
        }
        guard problems.isEmpty else { throw .header(problems) }
    }
}

/// One checked row of a councillors file. The council, ward and party are still text: the store
/// resolves them (an unknown one is that row's error).
public struct ImportedCouncillor: Sendable, Equatable {
    public var details: CouncillorDetails
    /// A council id, or a council's exact name.
    public var council: String
    public var ward: String
    /// A party's short name or name.
    public var party: String

    /// Validates one row, reporting every problem in it.
    public static func parse(
        _ fields: [String], layout: CouncillorFileLayout, today: CalendarDate
    ) -> Result<ImportedCouncillor, RowProblems> {
        var problems: [String] = []
        func cell(_ column: CouncillorColumn) -> String? {
            guard let index = layout.indexes[column], index < fields.count else { return nil }
            let value = SpreadsheetSafety.restore(fields[index]).trimmingWhitespace
            return value.isEmpty ? nil : value
        }
        func parse<T>(_ column: CouncillorColumn, _ make: (String) throws -> T) -> T? {
            guard let text = cell(column) else { return nil }
            do { return try make(text) } catch {
                problems.append(String(describing: error))
                return nil
            }
        }
        func date(_ column: CouncillorColumn) -> CalendarDate? {
            parse(column) { text in
                guard let date = CalendarDate(iso: text) else {
                    throw InvalidInput(field: column.rawValue, value: text, expected: "a date as YYYY-MM-DD")
                }
                return date
            }
        }
        for column in CouncillorColumn.required where cell(column) == nil {
            problems.append("\(column.rawValue) is empty")
        }
        let name = parse(.name) { try PersonName(parsing: $0, field: "name") }
        let elected = date(.electedOn)
        let termEnds = date(.termEndsOn)
        let member = parse(.memberID) { text in
            guard let value = Int64(text), value > 0 else {
                throw InvalidInput(field: "member_id", value: text, expected: "a member id")
            }
            return MemberID(rawValue: value)
        }
        let email = parse(.email) { try EmailAddress(parsing: $0) }
        let phone = parse(.phone) { try PhoneNumber(parsing: $0) }
        if fields.count > layout.width { problems.append("\(fields.count) cells but the header has \(layout.width)") }
        var details: CouncillorDetails?
        if let name, let elected {
            let candidate = CouncillorDetails(
                name: name, memberID: member, electedOn: elected, termEndsOn: termEnds, email: email, phone: phone)
            do { details = try candidate.validated(today: today) } catch { problems.append(error.description) }
        }
        guard problems.isEmpty, let details, let council = cell(.council), let ward = cell(.ward),
            let party = cell(.party)
        else { return .failure(RowProblems(problems)) }
        return .success(ImportedCouncillor(details: details, council: council, ward: ward, party: party))
    }
}

/// A failure of a whole councillors import; nothing was written.
public enum CouncillorImportError: RosetteFailure, Equatable {
    case header([String])
    case empty

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .header(let problems): return "the header row is not usable: " + problems.joined(separator: "; ")
        case .empty: return "the file has no header row"
        }
    }
}
