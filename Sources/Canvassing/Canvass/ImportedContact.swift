import Foundation
public import RosetteCore

/// Which column holds what in a canvass-results file.
public struct CanvassFileLayout: Sendable {
    public private(set) var indexes: [CanvassColumn: Int] = [:]
    /// Columns for one election type's intention (`Intention (local)`, `Westminster VI`).
    public private(set) var intentionIndexes: [String: Int] = [:]
    public private(set) var ignoredHeaders: [String] = []
    public private(set) var width = 0

    /// - parameter defaults: the fields the caller supplies for every row (`--on`,
    ///   `--canvasser`), so the file need not have those columns.
    /// - parameter electionTypes: the party's election types, so a sheet with a column per
    ///   election (`Intention local`, `Westminster VI`) is read as intentions for each.
    /// - throws: `RegisterImportError.header` when elector number, outcome, or a date or
    ///   canvasser without a default is missing, or a column is named twice.
    public init(header: [String], defaults: Set<CanvassColumn> = [], electionTypes: [String] = []) throws {
        width = header.count
        var problems: [String] = []
        for (index, name) in header.enumerated() {
            if let type = Self.intentionType(header: name, electionTypes: electionTypes) {
                if intentionIndexes[type] != nil { problems.append("two columns give the \(type) intention") }
                intentionIndexes[type] = index
                continue
            }
            guard let column = CanvassColumn.matching(header: name) else {
                if Self.looksLikeIntention(header: name) {
                    problems.append(
                        "column \"\(name)\" looks like a voting intention for an election type not in "
                            + "canvass.election_types (\(electionTypes.joined(separator: ", ")))")
                }
                ignoredHeaders.append(name)
                continue
            }
            if indexes[column] != nil { problems.append("two columns give \(column.rawValue)") }
            indexes[column] = index
        }
        for required in [CanvassColumn.electorNumber, .date, .canvasser, .outcome]
        where indexes[required] == nil && !defaults.contains(required) {
            problems.append("no \(required.rawValue) column")
        }
        guard problems.isEmpty else { throw RegisterImportError.header(problems) }
    }

    func cell(_ column: CanvassColumn, in fields: [String]) -> String? {
        indexes[column].flatMap { Self.cell(at: $0, in: fields) }
    }

    /// The intention cells as one `type=answer` list, joined to the plain intention column.
    func intention(in fields: [String]) -> String? {
        let typed = intentionIndexes.keys.sorted().compactMap { type in
            intentionIndexes[type].flatMap { Self.cell(at: $0, in: fields) }.map { "\(type)=\($0)" }
        }
        let all = [cell(.intention, in: fields)].compactMap { $0 } + typed
        return all.isEmpty ? nil : all.joined(separator: ",")
    }

    private static func cell(at index: Int, in fields: [String]) -> String? {
        guard index < fields.count else { return nil }
        let value = SpreadsheetSafety.restore(fields[index]).trimmingWhitespace
        return value.isEmpty ? nil : value
    }

    /// A header naming an intention for some election (`Scottish VI`, `intention_mayor`,
    /// `Local Vote Intention`) that `intentionType` did not recognise: ignoring it would drop
    /// every answer in the column without a word.
    static func looksLikeIntention(header: String) -> Bool {
        let words = header.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.count > 1 && (words.contains("vi") || words.contains("intention"))
    }

    /// The election type a header such as `Intention (local)`, `intention_westminster`,
    /// `Local VI` or `VI Mayor` is for, when it is one of the party's types.
    static func intentionType(header: String, electionTypes: [String]) -> String? {
        let key = RegisterColumn.headerKey(header)
        return electionTypes.first { type in
            let typeKey = RegisterColumn.headerKey(type)
            return ["intention", "vi", "votingintention"].contains { word in
                key == word + typeKey || key == typeKey + word
            }
        }
    }
}

extension CanvassContact {
    /// Parses one row of a canvass-results file, reporting every problem. Rows without an `id`
    /// get one derived from their content (`ContactID.derived`), so a re-import adds nothing.
    ///
    /// A row whose answer cells (outcome, support, intention, previous vote, issues, message,
    /// asks, notes) are all empty is a door nobody filled in on a returned walk sheet: it parses
    /// as `nil`, not as an error.
    ///
    /// - parameter defaultDate: the day for rows (or files) without one; `defaultCanvasser` too.
    /// - parameter scheme: the party's support scale, issues and election types.
    public static func parse(
        _ fields: [String], layout: CanvassFileLayout, defaultDate: CalendarDate? = nil, defaultCanvasser: String? = nil,
        scheme: CanvassScheme = .standard
    ) -> Result<CanvassContact?, RowProblems> {
        var problems: [String] = []
        func cell(_ column: CanvassColumn) -> String? {
            if column == .intention { return layout.intention(in: fields) }
            return layout.cell(column, in: fields)
                ?? (column == .date ? defaultDate?.iso : nil) ?? (column == .canvasser ? defaultCanvasser : nil)
        }
        let answers: [CanvassColumn] = [.outcome, .support, .intention, .previousVote, .issues, .message, .asks, .notes]
        if answers.allSatisfy({ cell($0) == nil }) && cell(.electorNumber) != nil { return .success(nil) }
        func parse<T>(_ column: CanvassColumn, _ make: (String) throws -> T?) -> T? {
            guard let text = cell(column) else { return nil }
            do {
                guard let value = try make(text) else {
                    problems.append("\(column.rawValue) is not valid: expected \(column.expected)")
                    return nil
                }
                return value
            } catch {
                problems.append(String(describing: error))
                return nil
            }
        }
        let elector = parse(.electorNumber) { try RegisterNumber(parsing: $0) }
        let date = parse(.date) { CalendarDate(iso: $0.prefix(10)) }
        let method = parse(.method) { ContactMethod(typed: $0) } ?? .door
        let outcome = parse(.outcome) { ContactOutcome(typed: $0) }
        let support = parse(.support) { Int($0) }
        let asks = parse(.asks) { text -> [CanvassAsk]? in
            let parts = Self.list(text).map { CanvassAsk(rawValue: $0) }
            return parts.contains(nil) ? nil : parts.compactMap { $0 }
        } ?? []
        for column in [CanvassColumn.electorNumber, .date, .outcome, .canvasser] where cell(column) == nil {
            problems.append("\(column.rawValue) is empty")
        }
        if fields.count > layout.width { problems.append("\(fields.count) cells but the header has \(layout.width)") }
        guard problems.isEmpty, let elector, let date, let outcome, let canvasser = cell(.canvasser) else {
            return .failure(RowProblems(problems))
        }
        let id = cell(.id) ?? ContactID.derived(from: ([date.iso, canvasser] + fields).joined(separator: "\u{1F}"))
        do {
            var contact = try validated(
                    id: id, elector: elector, on: date, canvasser: canvasser, method: method, outcome: outcome,
                    support: support, intention: cell(.intention), previousVote: cell(.previousVote),
                    issues: cell(.issues).map(Self.list) ?? [], message: cell(.message), asks: asks,
                    notes: cell(.notes), scheme: scheme)
            contact.sheetName = cell(.name)
            return .success(contact)
        } catch {
            return .failure(RowProblems([error.description]))
        }
    }

    /// `housing, jobs` or `housing;jobs` as a list.
    public static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" })
            .map { String($0).trimmingWhitespace.lowercased() }.filter { !$0.isEmpty }
    }
}
