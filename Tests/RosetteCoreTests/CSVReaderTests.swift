import RosetteCore
import Testing

/// Parses `text` and returns each record's fields.
private func parse(_ text: String, separator: CSVSeparator = .comma, chunkSize: Int = 65_536) throws -> [[String]] {
    try CSVReader(string: text, separator: separator, chunkSize: chunkSize).readAll().map(\.fields)
}

private func rows(_ bytes: [UInt8], chunkSize: Int = 65_536) throws -> [Int] {
    try CSVReader(data: bytes, chunkSize: chunkSize).readAll().map(\.row)
}

private func error(_ bytes: [UInt8], chunkSize: Int = 65_536, maxField: Int = 1 << 20, maxRecord: Int = 8 << 20) -> CSVError? {
    let reader = CSVReader(data: bytes, chunkSize: chunkSize, maxFieldBytes: maxField, maxRecordBytes: maxRecord)
    do {
        _ = try reader.readAll()
        return nil
    } catch let failure as CSVError {
        return failure
    } catch {
        return nil
    }
}

struct CSVReaderParsingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let input: String
        let expected: [[String]]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "empty file", input: "", expected: []),
        Case(name: "only a newline", input: "\n", expected: []),
        Case(name: "only blank lines", input: "\n\r\n\r", expected: []),
        Case(name: "simple", input: "a,b,c\n1,2,3\n", expected: [["a", "b", "c"], ["1", "2", "3"]]),
        Case(name: "no final newline", input: "a,b\n1,2", expected: [["a", "b"], ["1", "2"]]),
        Case(name: "CRLF", input: "a,b\r\n1,2\r\n", expected: [["a", "b"], ["1", "2"]]),
        Case(name: "lone CR", input: "a,b\r1,2\r", expected: [["a", "b"], ["1", "2"]]),
        Case(name: "mixed endings", input: "a\r\nb\nc\rd", expected: [["a"], ["b"], ["c"], ["d"]]),
        Case(name: "quoted comma", input: "\"Smith, Jo\",x\n", expected: [["Smith, Jo", "x"]]),
        Case(name: "doubled quotes", input: "\"say \"\"hi\"\"\",\"\"\"\"\n", expected: [["say \"hi\"", "\""]]),
        Case(name: "embedded LF", input: "\"1 High St\nLeeds\",LS1\n", expected: [["1 High St\nLeeds", "LS1"]]),
        Case(name: "embedded CRLF kept", input: "\"a\r\nb\"\r\n", expected: [["a\r\nb"]]),
        Case(name: "embedded CR kept", input: "\"a\rb\"", expected: [["a\rb"]]),
        Case(name: "empty fields", input: ",,\n", expected: [["", "", ""]]),
        Case(name: "trailing comma", input: "a,\n", expected: [["a", ""]]),
        Case(name: "trailing comma at EOF", input: "a,", expected: [["a", ""]]),
        Case(name: "quoted empty", input: "\"\"\n", expected: [[""]]),
        Case(name: "quoted empty at EOF", input: "a,\"\"", expected: [["a", ""]]),
        Case(name: "lone separator", input: ",", expected: [["", ""]]),
        Case(name: "ragged rows", input: "a,b,c\n1\n1,2,3,4\n", expected: [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]]),
        Case(name: "BOM stripped", input: "\u{FEFF}name,email\n", expected: [["name", "email"]]),
        Case(name: "BOM only once", input: "\u{FEFF}\u{FEFF}a", expected: [["\u{FEFF}a"]]),
        Case(name: "BOM then quote", input: "\u{FEFF}\"a\"", expected: [["a"]]),
        Case(name: "stray quote unquoted", input: "5\" floppy,x\n", expected: [["5\" floppy", "x"]]),
        Case(name: "text after closing quote", input: "\"ab\"cd,e\n", expected: [["abcd", "e"]]),
        Case(name: "spaces kept", input: " a , b \n", expected: [[" a ", " b "]]),
        Case(name: "space before quote is literal", input: " \"a\"\n", expected: [[" \"a\""]]),
        Case(name: "unicode", input: "Siân,£12.50,Łódź,😀\n", expected: [["Siân", "£12.50", "Łódź", "😀"]]),
        Case(name: "blank lines skipped", input: "a\n\n\nb\n", expected: [["a"], ["b"]]),
        Case(name: "whitespace line is a record", input: "a\n \nb", expected: [["a"], [" "], ["b"]]),
        Case(name: "excel export", input: "\u{FEFF}First,Last,Notes\r\n\"Jo\",\"O'Neil\",\"Line 1\r\nLine \"\"2\"\"\"\r\n",
             expected: [["First", "Last", "Notes"], ["Jo", "O'Neil", "Line 1\r\nLine \"2\""]]),
    ]

    @Test(arguments: cases)
    func parses(_ example: Case) throws {
        #expect(try parse(example.input) == example.expected)
    }

    @Test(arguments: cases, [1, 2, 3, 7])
    func parsesAcrossChunkBoundaries(_ example: Case, chunkSize: Int) throws {
        #expect(try parse(example.input, chunkSize: chunkSize) == example.expected)
    }

    @Test func tabSeparated() throws {
        #expect(try parse("a\tb,c\t\"d\te\"\n", separator: .tab) == [["a", "b,c", "d\te"]])
    }

    @Test func semicolonSeparated() throws {
        #expect(try parse("a;\"b;c\";1,5\n", separator: .semicolon) == [["a", "b;c", "1,5"]])
    }
}

struct CSVReaderRowNumberTests {
    @Test(arguments: [
        ("a\nb\nc\n", [1, 2, 3]),
        ("a\n\nb\n", [1, 3]),
        ("\n\na", [3]),
        ("h\n\"multi\nline\"\nnext\n", [1, 2, 3]),
        ("h\r\n\"x\r\ny\r\nz\"\r\n\r\nlast", [1, 2, 4]),
        ("a\r\rb", [1, 3]),
        ("\u{FEFF}a\nb", [1, 2]),
    ])
    func rowNumbersMatchASpreadsheet(input: String, expected: [Int]) throws {
        for chunkSize in [1, 2, 65_536] {
            #expect(try rows(Array(input.utf8), chunkSize: chunkSize) == expected)
        }
    }
}

struct CSVReaderErrorTests {
    @Test(arguments: [1, 2, 5, 65_536])
    func invalidUTF8NamesTheRow(chunkSize: Int) {
        // Row 3 holds a Windows-1252 pound sign (0xA3), after a multi-line row 2.
        let bytes = Array("name,fee\n\"a\nb\",1\nJo,".utf8) + [0xA3] + Array("5\nok,1\n".utf8)
        let failure = error(bytes, chunkSize: chunkSize)
        #expect(failure == CSVError(row: 3, problem: .invalidUTF8))
        #expect(failure?.description == "line 3: not valid UTF-8 text (save the file as \"CSV UTF-8\" and try again)")
        #expect(failure?.kind == .badData)
    }

    @Test(arguments: [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]])
    func invalidUTF8SequencesAreRefused(bad: [UInt8]) {
        #expect(error(Array("ok\n\"x".utf8) + bad + Array("\"\n".utf8))?.problem == .invalidUTF8)
        #expect(error(Array("ok\n".utf8) + bad)?.row == 2)
    }

    @Test(arguments: [1, 3, 65_536])
    func unterminatedQuoteNamesTheRowItStarted(chunkSize: Int) {
        let failure = error(Array("a\nb\n\"open\nnever\nclosed".utf8), chunkSize: chunkSize)
        #expect(failure == CSVError(row: 3, problem: .unterminatedQuote))
        #expect(failure?.description.hasPrefix("line 3:") == true)
    }

    @Test func unterminatedQuoteJustOpened() {
        #expect(error(Array("a,\"".utf8)) == CSVError(row: 1, problem: .unterminatedQuote))
    }

    @Test(arguments: ["a\0b", "\"a\0\"", "a\n\0", "\"a\"\0"])
    func nulBytesAreRefused(input: String) {
        #expect(error(Array(input.utf8))?.problem == .nulByte)
    }

    @Test func utf16FileIsRefused() {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("a,b".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(error(utf16) != nil)
    }

    @Test(arguments: [1, 4, 65_536])
    func oversizedFieldIsRefused(chunkSize: Int) {
        let limit = 10
        #expect(error(Array("a\n0123456789\n".utf8), chunkSize: chunkSize, maxField: limit) == nil)
        #expect(error(Array("a\n0123456789X\n".utf8), chunkSize: chunkSize, maxField: limit)
            == CSVError(row: 2, problem: .fieldTooLarge(limit: limit)))
        #expect(error(Array("a\n\"0123456789\"\"\"".utf8), chunkSize: chunkSize, maxField: limit)
            == CSVError(row: 2, problem: .fieldTooLarge(limit: limit)))
    }

    @Test func runawayQuoteHitsTheFieldLimitNotMemory() {
        let bytes = Array("\"".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20)
        #expect(error(bytes, chunkSize: 4096)?.problem == .fieldTooLarge(limit: CSVReader.defaultMaxFieldBytes))
    }

    @Test func rowOfSeparatorsHitsTheRecordLimit() {
        let bytes = [UInt8](repeating: UInt8(ascii: ","), count: 1000)
        #expect(error(bytes, maxRecord: 100) == CSVError(row: 1, problem: .recordTooLarge(limit: 100)))
        #expect(error(bytes, maxRecord: 1000) == nil)
    }

    @Test func readerStopsAfterTheEnd() throws {
        let reader = CSVReader(string: "a")
        #expect(try reader.next()?.fields == ["a"])
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }
}

struct CSVReaderAfterErrorTests {
    @Test func readerIsFinishedAfterAnError() throws {
        let reader = CSVReader(data: Array("ok\n".utf8) + [0xFF] + Array("\nlater\n".utf8))
        #expect(try reader.next()?.fields == ["ok"])
        #expect(throws: CSVError(row: 2, problem: .invalidUTF8)) { try reader.next() }
        #expect(try reader.next() == nil)
    }
}
