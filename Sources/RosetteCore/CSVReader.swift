/// A streaming RFC 4180 CSV reader with spreadsheet row numbers.
///
/// Reads a chunk of bytes at a time (64 KiB by default) and runs a byte-level state machine over
/// it, building each field from a byte slice and decoding UTF-8 once per field, so a large file
/// parses at close to `sqlite3 .import` speed in memory that does not grow with the file.
///
/// What it accepts, after RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180) section 2:
/// - Fields quoted with `"`, holding separators, doubled quotes (`""` is one `"`) and line
///   breaks (LF, CRLF or CR, kept exactly as written).
/// - Line endings LF, CRLF or a lone CR (old Mac exports), mixed freely.
/// - A UTF-8 byte-order mark at the very start, which Excel writes for "CSV UTF-8"; it is dropped.
/// - Ragged rows, returned as they are: the caller knows how many fields it expects.
/// - A last line with no line break, and an empty file (no records).
///
/// Leniency, as in Python's `csv` module and `sqlite3 .import`: a quote inside an unquoted field
/// is kept literally (`5" floppy` stays `5" floppy`), and text after a closing quote is appended
/// to the field (`"ab"cd` reads as `abcd`). Blank lines are counted as rows but not returned.
///
/// Refused, as `CSVError` with the row: invalid UTF-8, a quote left open at end of file, NUL
/// bytes (a binary or UTF-16 file), and fields or rows beyond the size limits, which bound memory
/// against hostile input. Open and read failures are `FileFailure`s. Every error thrown is a
/// `RosetteFailure`.
public final class CSVReader {
    /// 64 KiB: large enough that system calls are a rounding error, small enough to stay in cache.
    public static let defaultChunkSize = 65_536
    /// 1 MiB: far beyond any real membership field, small enough that a runaway quote is caught.
    public static let defaultMaxFieldBytes = 1 << 20
    /// 8 MiB per row, separators included, so a line of millions of commas is refused too.
    public static let defaultMaxRecordBytes = 8 << 20

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private let source: CSVByteSource
    private let separator: UInt8
    private let maxFieldBytes: Int
    private let maxRecordBytes: Int

    private var position = 0
    private var state = State.fieldStart
    private var fields: [String] = []
    private var fieldBytes: [UInt8] = []
    private var recordBytes = 0
    private var row = 1
    private var skipLineFeed = false
    private var started = false
    private var finished = false

    /// Opens a file for streaming. Throws a `FileFailure` (kind `.io`) naming `path` if it cannot
    /// be opened.
    public convenience init(
        path: String, separator: CSVSeparator = .comma, chunkSize: Int = defaultChunkSize,
        maxFieldBytes: Int = defaultMaxFieldBytes, maxRecordBytes: Int = defaultMaxRecordBytes
    ) throws {
        self.init(
            source: try CSVByteSource(path: path, chunkSize: chunkSize), separator: separator,
            maxFieldBytes: maxFieldBytes, maxRecordBytes: maxRecordBytes)
    }

    /// Reads bytes already in memory, served in `chunkSize` pieces exactly as a file would be.
    public convenience init(
        data: [UInt8], separator: CSVSeparator = .comma, chunkSize: Int = defaultChunkSize,
        maxFieldBytes: Int = defaultMaxFieldBytes, maxRecordBytes: Int = defaultMaxRecordBytes
    ) {
        self.init(
            source: CSVByteSource(bytes: data, chunkSize: chunkSize), separator: separator,
            maxFieldBytes: maxFieldBytes, maxRecordBytes: maxRecordBytes)
    }

    /// Reads the UTF-8 bytes of a string.
    public convenience init(
        string: String, separator: CSVSeparator = .comma, chunkSize: Int = defaultChunkSize,
        maxFieldBytes: Int = defaultMaxFieldBytes, maxRecordBytes: Int = defaultMaxRecordBytes
    ) {
        self.init(
            data: Array(string.utf8), separator: separator, chunkSize: chunkSize,
            maxFieldBytes: maxFieldBytes, maxRecordBytes: maxRecordBytes)
    }

    private init(source: CSVByteSource, separator: CSVSeparator, maxFieldBytes: Int, maxRecordBytes: Int) {
        self.source = source
        self.separator = separator.rawValue
        self.maxFieldBytes = maxFieldBytes
        self.maxRecordBytes = maxRecordBytes
    }

    /// The next non-blank record, or `nil` at the end of the input. After an error the reader
    /// is finished: later calls return `nil`, so a half-read row is never mistaken for data.
    public func next() throws -> CSVRecord? {
        if finished { return nil }
        do {
            return try nextRecord()
        } catch {
            finished = true
            throw error
        }
    }

    private func nextRecord() throws -> CSVRecord? {
        while true {
            if position >= source.count {
                guard try source.refill(atLeast: started ? 1 : 3) else {
                    finished = true
                    return try recordAtEndOfInput()
                }
                position = 0
                if !started {
                    started = true
                    let bytes = source.buffer
                    if source.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                        position = 3
                    }
                }
            }
            if let record = try scan() { return record }
        }
    }

    /// Every remaining record. For tests and small files; imports should call `next()` so memory
    /// stays flat.
    public func readAll() throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    /// Runs the state machine from `position` until a record is complete (returned) or the chunk
    /// is used up (`nil`). Runs of ordinary bytes are scanned in tight loops and taken as slices.
    private func scan() throws -> CSVRecord? {
        let bytes = source.buffer
        let end = source.count
        let separator = self.separator
        var index = position
        defer { position = index }
        while index < end {
            switch state {
            case .fieldStart:
                let byte = bytes[index]
                if skipLineFeed {
                    skipLineFeed = false
                    if byte == Self.lineFeed {
                        index += 1
                        continue
                    }
                }
                if byte == Self.quote {
                    state = .quoted
                    index += 1
                    recordBytes += 1
                } else if byte == separator {
                    fields.append("")
                    index += 1
                    try countRecordBytes(1)
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    index += 1
                    skipLineFeed = byte == Self.carriageReturn
                    if fields.isEmpty {
                        row += 1  // a blank line: a row on screen, but no record
                        recordBytes = 0
                    } else {
                        fields.append("")
                        return endRecord()
                    }
                } else {
                    state = .unquoted
                }
            case .unquoted:
                let start = index
                while index < end {
                    let byte = bytes[index]
                    if byte == separator || byte == Self.lineFeed || byte == Self.carriageReturn || byte == 0 {
                        break
                    }
                    index += 1
                }
                let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
                try countRecordBytes(run.count)
                guard index < end else {
                    try appendToField(run)
                    return nil
                }
                let byte = bytes[index]
                if byte == 0 { throw CSVError(row: row, problem: .nulByte) }
                try finishField(run)
                index += 1
                state = .fieldStart
                if byte != separator {
                    skipLineFeed = byte == Self.carriageReturn
                    return endRecord()
                }
                try countRecordBytes(1)
            case .quoted:
                let start = index
                while index < end, bytes[index] != Self.quote, bytes[index] != 0 { index += 1 }
                let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
                try countRecordBytes(run.count)
                try appendToField(run)
                guard index < end else { return nil }
                if bytes[index] == 0 { throw CSVError(row: row, problem: .nulByte) }
                index += 1
                state = .quoteInQuoted
                try countRecordBytes(1)
            case .quoteInQuoted:
                let byte = bytes[index]
                if byte == Self.quote {
                    try appendToField(CollectionOfOne(Self.quote))
                    state = .quoted
                    index += 1
                    try countRecordBytes(1)
                } else if byte == separator || byte == Self.lineFeed || byte == Self.carriageReturn {
                    try finishField(UnsafeBufferPointer(start: nil, count: 0))
                    index += 1
                    state = .fieldStart
                    if byte != separator {
                        skipLineFeed = byte == Self.carriageReturn
                        return endRecord()
                    }
                    try countRecordBytes(1)
                } else {
                    state = .unquoted  // lenient: text after the closing quote joins the field
                }
            }
        }
        return nil
    }

    /// What is left when the input ends: the last record if it had no line break, or an error if
    /// a quoted field was never closed.
    private func recordAtEndOfInput() throws -> CSVRecord? {
        switch state {
        case .quoted:
            throw CSVError(row: row, problem: .unterminatedQuote)
        case .fieldStart:
            if fields.isEmpty { return nil }
            fields.append("")
        case .unquoted, .quoteInQuoted:
            try finishField(UnsafeBufferPointer(start: nil, count: 0))
        }
        state = .fieldStart
        return endRecord()
    }

    private func endRecord() -> CSVRecord {
        let record = CSVRecord(fields: fields, row: row)
        fields = []
        fields.reserveCapacity(record.fields.count)
        row += 1
        recordBytes = 0
        return record
    }

    private func countRecordBytes(_ count: Int) throws {
        recordBytes += count
        if recordBytes > maxRecordBytes {
            throw CSVError(row: row, problem: .recordTooLarge(limit: maxRecordBytes))
        }
    }

    private func appendToField(_ run: some Collection<UInt8>) throws {
        guard !run.isEmpty else { return }
        if fieldBytes.count + run.count > maxFieldBytes {
            throw CSVError(row: row, problem: .fieldTooLarge(limit: maxFieldBytes))
        }
        fieldBytes.append(contentsOf: run)
    }

    /// Decodes the field from `tail` alone when nothing was carried over from an earlier chunk
    /// (the common case, with no copy), or from the carried bytes plus `tail`.
    private func finishField(_ tail: UnsafeBufferPointer<UInt8>) throws {
        let text: String?
        if fieldBytes.isEmpty {
            if tail.count > maxFieldBytes {
                throw CSVError(row: row, problem: .fieldTooLarge(limit: maxFieldBytes))
            }
            text = String(validating: tail, as: UTF8.self)
        } else {
            try appendToField(tail)
            text = fieldBytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
            fieldBytes.removeAll(keepingCapacity: true)
        }
        guard let text else { throw CSVError(row: row, problem: .invalidUTF8) }
        fields.append(text)
    }
}
