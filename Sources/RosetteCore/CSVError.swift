/// Why a CSV file could not be read, and on which spreadsheet row.
///
/// Every case is something the person who made the file can fix, so it is `.badData` (exit 65).
/// The text names the row only, never a field's contents, because CSV files here hold members'
/// personal data.
public struct CSVError: RosetteFailure, Equatable {
    /// What went wrong.
    public enum Problem: Sendable, Equatable {
        /// A field's bytes are not UTF-8 (often a file saved as Windows-1252 "CSV" rather than
        /// "CSV UTF-8"; the pound sign is byte 0xA3 there).
        case invalidUTF8
        /// The file ended inside a quoted field (RFC 4180 section 2, rule 5: a quoted field
        /// must be closed by a double quote).
        case unterminatedQuote
        /// A NUL byte: CSV text never contains one, so the file is binary or UTF-16.
        case nulByte
        /// A field longer than the reader's limit, in bytes: a guard against hostile or corrupt
        /// input (such as an unbalanced quote swallowing the rest of a large file).
        case fieldTooLarge(limit: Int)
        /// A record longer than the reader's limit, in bytes (counting separators).
        case recordTooLarge(limit: Int)
    }

    /// The spreadsheet row (1-based) of the record being read when the problem was found.
    public let row: Int
    public let problem: Problem

    public init(row: Int, problem: Problem) {
        self.row = row
        self.problem = problem
    }

    public var kind: FailureKind { .badData }

    public var description: String {
        switch problem {
        case .invalidUTF8:
            return "line \(row): not valid UTF-8 text (save the file as \"CSV UTF-8\" and try again)"
        case .unterminatedQuote:
            return "line \(row): a quoted field is not closed before the end of the file"
        case .nulByte:
            return "line \(row): contains a NUL byte, so this is not a UTF-8 CSV text file"
        case .fieldTooLarge(let limit):
            return "line \(row): a field is longer than the limit of \(limit) bytes"
        case .recordTooLarge(let limit):
            return "line \(row): the row is longer than the limit of \(limit) bytes"
        }
    }
}
