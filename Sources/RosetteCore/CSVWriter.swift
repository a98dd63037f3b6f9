/// Writes RFC 4180 CSV (https://www.rfc-editor.org/rfc/rfc4180), a record at a time.
///
/// A field is quoted only when it must be: when it holds the separator, a double quote, CR or
/// LF (RFC 4180 section 2, rule 6), or starts with a byte-order mark that a reader would strip.
/// Quotes inside are doubled (rule 7). A record that is a single empty field is written as `""`
/// so it does not read back as a blank line. Lines end with CRLF by default, as RFC 4180 rule 1
/// says and Excel expects; `.lf` is there for Unix tools.
///
/// This writer stores text exactly. Exports of text people typed should pass each cell through
/// `SpreadsheetSafety.neutralise` first, so a spreadsheet never runs a cell as a formula.
///
/// To a file, it writes through `PrivateFileWriter`, so the file is created with mode 0600 and
/// streamed in 64 KiB writes; call `close()` to finish. In memory (`init(separator:lineEnding:)`)
/// the output collects in `bytes`.
public final class CSVWriter {
    /// How each record ends.
    public enum LineEnding: Sendable {
        /// `\r\n`, as RFC 4180 specifies.
        case crlf
        /// `\n`, for Unix tools.
        case lf
    }

    private let file: PrivateFileWriter?
    /// Where a streaming writer that is not a file sends each full buffer (standard output).
    private let sink: (([UInt8]) throws -> Void)?
    private let separator: UInt8
    private let lineEnding: LineEnding
    private var line: [UInt8] = []
    /// 64 KiB: the sink sees few, large writes.
    private static let sinkBufferSize = 65_536
    /// Everything written so far, when writing to memory; empty when writing to a file.
    public private(set) var bytes: [UInt8] = []

    /// Creates (or truncates) the file at `path` with mode 0600 and writes CSV to it. Failure is
    /// a `FileFailure` (kind `.io`) naming the path.
    public init(path: String, separator: CSVSeparator = .comma, lineEnding: LineEnding = .crlf) throws {
        self.file = try PrivateFileWriter(path: path)
        self.sink = nil
        self.separator = separator.rawValue
        self.lineEnding = lineEnding
    }

    /// Writes CSV to memory, collected in `bytes`.
    public init(separator: CSVSeparator = .comma, lineEnding: LineEnding = .crlf) {
        self.file = nil
        self.sink = nil
        self.separator = separator.rawValue
        self.lineEnding = lineEnding
    }

    /// Streams CSV to `sink` (standard output, say) in 64 KiB pieces, rather than one small
    /// write per record; call `close()` to send the rest.
    public init(
        separator: CSVSeparator = .comma, lineEnding: LineEnding = .crlf,
        sink: @escaping ([UInt8]) throws -> Void
    ) {
        self.file = nil
        self.sink = sink
        self.separator = separator.rawValue
        self.lineEnding = lineEnding
    }

    /// The output so far as text, when writing to memory.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes one record. Fields may be ragged; the writer does not enforce a count.
    public func write(_ fields: [String]) throws {
        if let sink {
            // Records collect in `line` until a buffer's worth is ready for the sink.
            Self.encode(fields, separator: separator, lineEnding: lineEnding, into: &line)
            if line.count >= Self.sinkBufferSize {
                try sink(line)
                line.removeAll(keepingCapacity: true)
            }
            return
        }
        line.removeAll(keepingCapacity: true)
        Self.encode(fields, separator: separator, lineEnding: lineEnding, into: &line)
        if let file {
            try file.write(line)
        } else {
            bytes.append(contentsOf: line)
        }
    }

    /// Flushes and closes the file, or sends the last bytes to the sink; does nothing in memory.
    /// Check the error: the last bytes are written here.
    public func close() throws {
        if let sink, !line.isEmpty {
            try sink(line)
            line.removeAll(keepingCapacity: true)
        }
        try file?.close()
    }

    /// One record as CSV text, line ending included.
    public static func encode(_ fields: [String], separator: CSVSeparator = .comma, lineEnding: LineEnding = .crlf) -> String {
        var out: [UInt8] = []
        encode(fields, separator: separator.rawValue, lineEnding: lineEnding, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func encode(_ fields: [String], separator: UInt8, lineEnding: LineEnding, into out: inout [UInt8]) {
        if fields.count == 1, fields[0].isEmpty {
            out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\"")])
        } else {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(separator) }
                append(field, separator: separator, into: &out)
            }
        }
        if lineEnding == .crlf { out.append(UInt8(ascii: "\r")) }
        out.append(UInt8(ascii: "\n"))
    }

    private static func append(_ field: String, separator: UInt8, into out: inout [UInt8]) {
        var field = field
        field.withUTF8 { bytes in
            let quote = UInt8(ascii: "\"")
            // One pass to decide, then one copy: most cells need no quotes.
            var needsQuotes = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            if !needsQuotes {
                for byte in bytes
                where byte == separator || byte == quote || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
                    needsQuotes = true
                    break
                }
            }
            guard needsQuotes else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(quote)
            for byte in bytes {
                if byte == quote { out.append(quote) }
                out.append(byte)
            }
            out.append(quote)
        }
    }
}
