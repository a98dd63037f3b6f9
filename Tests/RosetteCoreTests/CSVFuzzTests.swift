import RosetteCore
import Testing

/// Hostile bytes into the CSV reader, deterministically (seeded), in bounded sizes: it must end,
/// return records or one `CSVError` naming a line, and never crash or run away with memory.
@Suite(.timeLimit(.minutes(2)))
struct CSVFuzzTests {
    /// Reads to the end or the first error; checks the error is a named-line `RosetteFailure`.
    static func drain(_ reader: CSVReader, inputBytes: Int) -> (records: Int, error: CSVError?) {
        var records = 0
        do {
            while try reader.next() != nil {
                records += 1
                // A record consumes at least one byte, so this bounds the loop: no hang.
                if records > inputBytes + 1 { Issue.record("more records than bytes"); break }
            }
            return (records, nil)
        } catch let error as CSVError {
            #expect(error.description.hasPrefix("line \(error.row): "))
            #expect(error.row >= 1)
            // After an error the reader is finished, never half-way into the next row.
            #expect((try? reader.next()) == nil)
            return (records, error)
        } catch {
            Issue.record("not a CSVError: \(type(of: error))")
            return (records, nil)
        }
    }

    @Test(arguments: [1, 7, 64, 65_536])
    func randomBytesNeverCrashOrHang(chunkSize: Int) {
        var generator = SeededGenerator(seed: 0xF022)
        let alphabet: [UInt8] = Array("a,\"\r\n;\t'=".utf8) + [0x00, 0xC3, 0xA9, 0xFF, 0xE2, 0x80]
        for round in 0..<1_500 {
            let length = Int.random(in: 0...300, using: &generator)
            let bytes: [UInt8] = (0..<length).map { _ in
                round % 2 == 0
                    ? UInt8.random(in: 0...255, using: &generator)
                    : alphabet.randomElement(using: &generator) ?? 0
            }
            let reader = CSVReader(data: bytes, chunkSize: chunkSize, maxFieldBytes: 64, maxRecordBytes: 256)
            _ = Self.drain(reader, inputBytes: bytes.count)
        }
    }

    @Test func aTenMegabyteSingleLineIsRefusedByTheLimits() {
        let field = [UInt8](repeating: UInt8(ascii: "x"), count: 10 << 20)
        let fieldResult = Self.drain(CSVReader(data: field), inputBytes: field.count)
        #expect(fieldResult.error?.problem == .fieldTooLarge(limit: CSVReader.defaultMaxFieldBytes))
        #expect(fieldResult.error?.row == 1)

        let commas = [UInt8](repeating: UInt8(ascii: ","), count: 10 << 20)
        let commaResult = Self.drain(CSVReader(data: commas), inputBytes: commas.count)
        #expect(commaResult.error?.problem == .recordTooLarge(limit: CSVReader.defaultMaxRecordBytes))
    }

    @Test func anOpenQuoteSwallowingTheFileIsCaught() {
        var bytes = Array("first_name,last_name\n\"Ada,Byron\n".utf8)
        for _ in 0..<60_000 { bytes += Array("Grace,Hopper,,,,,,,,,\n".utf8) }
        let result = Self.drain(CSVReader(data: bytes), inputBytes: bytes.count)
        #expect(result.records == 1)
        #expect(result.error?.problem == .fieldTooLarge(limit: CSVReader.defaultMaxFieldBytes))
        #expect(result.error?.row == 2)

        let short = Array("a,b\n\"never closed".utf8)
        #expect(Self.drain(CSVReader(data: short), inputBytes: short.count).error?.problem == .unterminatedQuote)
    }

    /// Every truncation of a valid file either reads or fails with a line-numbered error.
    @Test func everyTruncationOfAFileEndsCleanly() {
        let text = Array("first_name,last_name,note\r\n\"Siân\",\"Ó Dálaigh\",\"a \"\"quoted\"\"\nline\"\r\nAda,Byron,£5 😀\r\n".utf8)
        for cut in 0...text.count {
            let piece = Array(text.prefix(cut))
            for chunk in [1, 3, 4096] {
                _ = Self.drain(CSVReader(data: piece, chunkSize: chunk), inputBytes: piece.count)
            }
        }
    }
}
