import Foundation

/// A file could not be opened, read or written.
///
/// It names the path and the operating system's reason (from `errno`, via `strerror`), so the
/// person at the terminal can fix permissions or a typo. A path is not personal data; the file's
/// contents never appear here.
public struct FileFailure: RosetteFailure, Equatable {
    /// What was being attempted, as a verb phrase ("open", "read", "write", "close").
    public let operation: String
    /// The path as the caller gave it.
    public let path: String
    /// The `errno` value the system call set.
    public let code: Int32

    public init(operation: String, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    public var kind: FailureKind { .io }

    public var description: String {
        "cannot \(operation) \"\(path)\": \(String(cString: strerror(code)))"
    }
}
