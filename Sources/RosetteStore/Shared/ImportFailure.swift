public import RosetteCore

/// One rejected row of an import: its number as a spreadsheet shows it, and why.
public struct BadRow: Sendable, Equatable {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}

/// An import that failed because of bad rows: every importer is all or nothing, so nothing was
/// written, and every bad row is listed for the user to fix in one pass.
public struct ImportFailure: RosetteFailure {
    public var badRows: [BadRow]

    public init(badRows: [BadRow]) { self.badRows = badRows }

    public var kind: FailureKind { .badData }

    public var description: String {
        "\(badRows.count) bad row\(badRows.count == 1 ? "" : "s"); nothing was imported"
    }
}
