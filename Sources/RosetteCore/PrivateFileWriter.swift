import Foundation

/// A buffered writer to a new file that only its owner can read (mode 0600).
///
/// A symbolic link at the path is refused (`O_NOFOLLOW`): someone who can write to the folder
/// could otherwise point it at a file of theirs, or at one of the owner's to overwrite. Only a
/// link to a device or pipe, such as `/dev/stdout`, is followed, because that creates no file.
///
/// Exports hold members' personal data, and party membership reveals political opinion, a
/// special category under UK GDPR Article 9, so an export must never be created world- or
/// group-readable. The file is opened with `open(path, O_WRONLY|O_CREAT|O_TRUNC, 0600)`; if it
/// already existed with wider permissions, `fchmod` narrows them to 0600 before any byte is
/// written (only for regular files: exporting to `/dev/stdout` must not change a terminal's
/// mode). Writes are gathered in a 64 KiB buffer, so streaming a large export costs few system
/// calls.
///
/// Call `close()` and check its error: that is where the last bytes are written. Releasing the
/// writer without closing it closes the descriptor but discards unflushed bytes, so an aborted
/// export is visibly incomplete rather than silently finished.
public final class PrivateFileWriter {
    /// The path as given, for error messages.
    public let path: String
    private var descriptor: Int32
    private var pending: [UInt8] = []
    private let capacity = 65_536

    /// Creates or truncates the file at `path` with mode 0600. Failure is a `FileFailure`
    /// (kind `.io`) naming the path.
    public init(path: String) throws {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode_t(0o600))
        var throughLink = false
        if descriptor < 0, errno == ELOOP {
            // A symbolic link: follow it only to a device or pipe (`/dev/stdout`), never create
            // or truncate a file through it. The check is on the opened descriptor, so the link
            // cannot be swapped between a check and the open.
            throughLink = true
            descriptor = open(path, O_WRONLY | O_CLOEXEC, mode_t(0o600))
            if descriptor < 0 { throw SymbolicLinkRefused(path: path) }
        }
        guard descriptor >= 0 else { throw FileFailure(operation: "create", path: path, code: errno) }
        var info = stat()
        if fstat(descriptor, &info) != 0 {
            let code = errno
            _ = Foundation.close(descriptor)
            throw FileFailure(operation: "restrict permissions of", path: path, code: code)
        }
        if throughLink, (info.st_mode & S_IFMT) == S_IFREG || (info.st_mode & S_IFMT) == S_IFDIR {
            _ = Foundation.close(descriptor)
            throw SymbolicLinkRefused(path: path)
        }
        if (info.st_mode & S_IFMT) == S_IFREG, fchmod(descriptor, mode_t(0o600)) != 0 {
            let code = errno
            _ = Foundation.close(descriptor)
            throw FileFailure(operation: "restrict permissions of", path: path, code: code)
        }
        self.path = path
        self.descriptor = descriptor
        pending.reserveCapacity(capacity)
    }

    deinit {
        if descriptor >= 0 { _ = Foundation.close(descriptor) }
    }

    /// Appends bytes, writing through to the file whenever the buffer fills.
    public func write(_ bytes: some Collection<UInt8>) throws {
        if pending.count + bytes.count > capacity { try flush() }
        if bytes.count >= capacity {
            try writeOut(Array(bytes))
        } else {
            pending.append(contentsOf: bytes)
        }
    }

    /// Appends the UTF-8 bytes of `text`.
    public func write(_ text: String) throws {
        try write(text.utf8)
    }

    /// Writes any buffered bytes to the file.
    public func flush() throws {
        guard !pending.isEmpty else { return }
        try writeOut(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file. Safe to call twice; later writes fail with `EBADF`.
    public func close() throws {
        guard descriptor >= 0 else { return }
        defer { descriptor = -1 }
        do {
            try flush()
        } catch {
            _ = Foundation.close(descriptor)
            throw error
        }
        if Foundation.close(descriptor) != 0 {
            throw FileFailure(operation: "close", path: path, code: errno)
        }
    }

    /// `write(2)` may write less than asked or be interrupted; loop until all bytes are out.
    private func writeOut(_ bytes: [UInt8]) throws {
        guard descriptor >= 0 else { throw FileFailure(operation: "write", path: path, code: EBADF) }
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 {
                    let code = errno
                    if code == EINTR { continue }
                    throw FileFailure(operation: "write", path: path, code: code)
                }
                offset += written
            }
        }
    }
}

/// An export path that is a symbolic link to a file (`PrivateFileWriter`).
public struct SymbolicLinkRefused: RosetteFailure, Equatable {
    public let path: String

    public init(path: String) { self.path = path }

    public var kind: FailureKind { .io }

    public var description: String {
        "\"\(path)\" is a symbolic link; Rosette does not write personal data through a link "
            + "(it could lead anywhere): remove it or choose another path"
    }
}
