import RosetteCore
import Testing

/// Properties over many generated inputs: chunking never changes a result, and whatever the
/// writer writes the reader reads back exactly.
struct CSVPropertyTests {
    private static let pieces: [String] = [
        "a", "b", "Z", "0", " ", ",", "\"", "\r", "\n", "\r\n", "\t", ";", "'", "=", "é", "£", "😀",
        "\u{FEFF}", "\"\"", "Siân",
    ]

    private static func randomField(_ generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...8, using: &generator)
        return (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }

    private static func randomRecords(_ generator: inout SeededGenerator) -> [[String]] {
        (0..<Int.random(in: 0...12, using: &generator)).map { _ in
            (0..<Int.random(in: 1...6, using: &generator)).map { _ in randomField(&generator) }
        }
    }

    /// The outcome of reading, errors included, so two readings can be compared whole.
    private static func outcome(_ bytes: [UInt8], chunkSize: Int, separator: CSVSeparator = .comma) -> String {
        let reader = CSVReader(data: bytes, separator: separator, chunkSize: chunkSize)
        var result: [String] = []
        do {
            while let record = try reader.next() { result.append("\(record.row):\(record.fields)") }
        } catch {
            result.append("error: \(error)")
        }
        return result.joined(separator: "|")
    }

    @Test(arguments: [CSVSeparator.comma, .tab, .semicolon], [CSVWriter.LineEnding.crlf, .lf])
    func writerOutputReadsBackExactly(separator: CSVSeparator, lineEnding: CSVWriter.LineEnding) throws {
        var generator = SeededGenerator(seed: 4180)
        for _ in 0..<300 {
            let records = Self.randomRecords(&generator)
            let writer = CSVWriter(separator: separator, lineEnding: lineEnding)
            for record in records { try writer.write(record) }
            for chunkSize in [1, 3, 65_536] {
                let read = try CSVReader(data: writer.bytes, separator: separator, chunkSize: chunkSize).readAll()
                #expect(read.map(\.fields) == records)
                #expect(read.map(\.row) == Array(stride(from: 1, through: records.count, by: 1)))
            }
        }
    }

    @Test func chunkSizeNeverChangesTheResultOfWellFormedFiles() {
        var generator = SeededGenerator(seed: 64)
        for _ in 0..<200 {
            let writer = CSVWriter(lineEnding: Bool.random(using: &generator) ? .crlf : .lf)
            for record in Self.randomRecords(&generator) { try? writer.write(record) }
            let bytes = (Bool.random(using: &generator) ? [0xEF, 0xBB, 0xBF] : []) + writer.bytes
            let expected = Self.outcome(bytes, chunkSize: 65_536)
            for chunkSize in [1, 2, 3, 7] {
                #expect(Self.outcome(bytes, chunkSize: chunkSize) == expected)
            }
        }
    }

    /// Random byte soup, often malformed: whatever the reader decides (records or an error), it
    /// must decide the same with every chunk size.
    @Test func chunkSizeNeverChangesTheResultOfArbitraryBytes() {
        let alphabet: [UInt8] = [0x2C, 0x22, 0x0D, 0x0A, 0x61, 0x62, 0x20, 0x09, 0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0xA3, 0x00]
        var generator = SeededGenerator(seed: 1)
        for _ in 0..<1_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator) ?? 0
            }
            let expected = Self.outcome(bytes, chunkSize: 65_536)
            for chunkSize in [1, 2, 3, 7] {
                #expect(Self.outcome(bytes, chunkSize: chunkSize) == expected, "\(bytes)")
            }
        }
    }

    @Test func fieldsLongerThanAChunkSurvive() throws {
        let long = String(repeating: "é,\"\n", count: 50_000)
        let writer = CSVWriter()
        try writer.write([long, "x"])
        try writer.write(["y", long])
        for chunkSize in [7, 4096, 65_536] {
            let read = try CSVReader(data: writer.bytes, chunkSize: chunkSize).readAll()
            #expect(read.map(\.fields) == [[long, "x"], ["y", long]])
        }
    }
}
