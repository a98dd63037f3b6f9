import Foundation
import RosetteCore
import Testing

struct CSVWriterTests {
    @Test(arguments: [
        (["a", "b"], "a,b\r\n"),
        (["", ""], ",\r\n"),
        ([""], "\"\"\r\n"),
        (["Smith, Jo"], "\"Smith, Jo\"\r\n"),
        (["say \"hi\""], "\"say \"\"hi\"\"\"\r\n"),
        (["1 High St\nLeeds", "x"], "\"1 High St\nLeeds\",x\r\n"),
        (["a\rb"], "\"a\rb\"\r\n"),
        (["tab\there"], "tab\there\r\n"),
        ([" padded "], " padded \r\n"),
        (["O'Neil", "£5"], "O'Neil,£5\r\n"),
        (["\u{FEFF}x"], "\"\u{FEFF}x\"\r\n"),
    ])
    func encodesPerRFC4180(fields: [String], expected: String) {
        #expect(CSVWriter.encode(fields) == expected)
    }

    @Test func tabSeparatorQuotesTabsNotCommas() {
        #expect(CSVWriter.encode(["a,b", "c\td"], separator: .tab, lineEnding: .lf) == "a,b\t\"c\td\"\n")
    }

    @Test func memoryWriterCollectsLines() throws {
        let writer = CSVWriter(lineEnding: .lf)
        try writer.write(["name", "email"])
        try writer.write(["Jo", "jo@example.org"])
        try writer.close()
        #expect(writer.text == "name,email\nJo,jo@example.org\n")
    }
}

/// File tests run in a fresh temporary directory each.
struct CSVFileTests {
    private let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "rosette-core-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func exportIsCreatedOwnerOnlyAndReadsBack() throws {
        let path = directory + "/members.csv"
        let writer = try CSVWriter(path: path)
        for index in 0..<20_000 { try writer.write(["member \(index)", "line\nbreak", "=SUM(A1)"]) }
        try writer.close()
        #expect(try permissions(path) == 0o600)
        let reader = try CSVReader(path: path, chunkSize: 1000)
        var count = 0
        while let record = try reader.next() {
            #expect(record.fields == ["member \(count)", "line\nbreak", "=SUM(A1)"])
            #expect(record.row == count + 1)
            count += 1
        }
        #expect(count == 20_000)
    }

    @Test func existingWorldReadableFileIsNarrowedAndTruncated() throws {
        let path = directory + "/old.csv"
        #expect(FileManager.default.createFile(
            atPath: path, contents: Data(String(repeating: "x", count: 500).utf8),
            attributes: [.posixPermissions: 0o644]))
        let writer = try CSVWriter(path: path)
        try writer.write(["new"])
        try writer.close()
        #expect(try permissions(path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\r\n")
    }

    @Test func privateFileWriterStreamsLargeWrites() throws {
        let path = directory + "/big.txt"
        let writer = try PrivateFileWriter(path: path)
        let block = [UInt8](repeating: UInt8(ascii: "z"), count: 100_000)
        try writer.write("start")
        try writer.write(block)
        try writer.write("end")
        try writer.close()
        try writer.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 100_008)
        #expect(throws: FileFailure.self) { try writer.write(block) }
    }

    @Test func unwritablePathIsAnIOFailureNamingIt() {
        let path = directory + "/no/such/dir/out.csv"
        #expect {
            _ = try CSVWriter(path: path)
        } throws: { error in
            guard let failure = error as? FileFailure else { return false }
            return failure.kind == .io && failure.description.contains(path)
        }
    }

    @Test func missingInputIsAnIOFailureNamingIt() {
        let path = directory + "/missing.csv"
        #expect {
            _ = try CSVReader(path: path)
        } throws: { error in
            guard let failure = error as? FileFailure else { return false }
            return failure.kind == .io
                && failure.description == "cannot open \"\(path)\": No such file or directory"
        }
    }

    @Test func readingADirectoryIsAnIOFailure() throws {
        let reader = try CSVReader(path: directory)
        #expect(throws: FileFailure.self) { try reader.next() }
    }

    @Test func emptyFileYieldsNothing() throws {
        let path = directory + "/empty.csv"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(try CSVReader(path: path).readAll().isEmpty)
    }
}
