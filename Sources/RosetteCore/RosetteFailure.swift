/// An error a user can cause, with a sentence that says what was wrong.
///
/// The command line maps `kind` to the exit codes in DEVELOPERS.md (65 bad data, 74 I/O). Error
/// text never carries personal data: it names a record by id or a line by number.
public protocol RosetteFailure: Error, CustomStringConvertible {
    /// Which exit code the failure earns.
    var kind: FailureKind { get }
}

/// What kind of failure, for the exit code.
public enum FailureKind: Sendable {
    /// The input was wrong (exit 65).
    case badData
    /// A file or the database could not be read or written (exit 74).
    case io
}
