import Foundation

/// Bytes for `CSVReader`, a fixed-size chunk at a time, from a file descriptor or from memory.
///
/// The reader never holds more of a file than one chunk (plus the field it is building), so
/// memory stays flat however large the import. Serving in-memory input in the same chunks lets
/// tests put chunk boundaries anywhere, down to one byte.
final class CSVByteSource {
    private enum Origin {
        case file(descriptor: Int32, path: String)
        case memory(bytes: [UInt8], offset: Int)
        case closed
    }

    /// The current chunk; only the first `count` bytes are meaningful.
    let buffer: UnsafeMutableBufferPointer<UInt8>
    /// How many bytes of `buffer` the last `refill` produced.
    private(set) var count = 0
    private let chunkSize: Int
    private var origin: Origin

    /// Opens `path` for reading. Failure is a `FileFailure` (kind `.io`) naming the path.
    init(path: String, chunkSize: Int) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileFailure(operation: "open", path: path, code: errno) }
        self.chunkSize = max(1, chunkSize)
        self.buffer = .allocate(capacity: max(self.chunkSize, 3))
        self.origin = .file(descriptor: descriptor, path: path)
    }

    init(bytes: [UInt8], chunkSize: Int) {
        self.chunkSize = max(1, chunkSize)
        self.buffer = .allocate(capacity: max(self.chunkSize, 3))
        self.origin = .memory(bytes: bytes, offset: 0)
    }

    deinit {
        closeFile()
        buffer.deallocate()
    }

    /// Replaces the chunk with the next bytes of input, reading until at least `minimum` bytes
    /// are present or the input ends (the reader asks for 3 at the start, to see a whole BOM).
    /// Returns false once the input is exhausted.
    func refill(atLeast minimum: Int = 1) throws -> Bool {
        count = 0
        let target = min(minimum, buffer.count)
        while count < target {
            let space = min(chunkSize, buffer.count - count)
            let got = try readSome(into: count, maximum: space)
            if got == 0 { break }
            count += got
        }
        return count > 0
    }

    private func readSome(into start: Int, maximum: Int) throws -> Int {
        switch origin {
        case .closed:
            return 0
        case .memory(let bytes, let offset):
            let length = min(maximum, bytes.count - offset)
            guard length > 0 else { return 0 }
            bytes.withUnsafeBufferPointer { source in
                _ = UnsafeMutableBufferPointer(rebasing: buffer[start..<(start + length)])
                    .update(fromContentsOf: source[offset..<(offset + length)])
            }
            origin = .memory(bytes: bytes, offset: offset + length)
            return length
        case .file(let descriptor, let path):
            while true {
                let got = read(descriptor, buffer.baseAddress.map { $0 + start }, maximum)
                if got >= 0 {
                    if got == 0 { closeFile() }
                    return got
                }
                let code = errno
                if code != EINTR { throw FileFailure(operation: "read", path: path, code: code) }
            }
        }
    }

    /// Closes the descriptor as soon as the file is exhausted, rather than when the reader is
    /// released, so a long import does not hold files open.
    private func closeFile() {
        if case .file(let descriptor, _) = origin { _ = close(descriptor) }
        origin = .closed
    }
}
