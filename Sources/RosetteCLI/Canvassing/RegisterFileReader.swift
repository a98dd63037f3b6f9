import ArgumentParser
import Canvassing
import Foundation
import RosetteCore
import RosetteStore

/// Opens a register file with the separator its first line uses (comma, or tab for the
/// Xpress EMS export), and turns `--map` options into a header → field map.
enum RegisterFileReader {
    static func open(_ path: String) throws -> CSVReader {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileFailure(operation: "open", path: path, code: errno)
        }
        let head = (try? handle.read(upToCount: 65_536)) ?? Data()
        try? handle.close()
        let firstLine = String(decoding: head, as: UTF8.self).prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        return try CSVReader(path: path, separator: RegisterFileLayout.separator(forFirstLine: firstLine))
    }

    /// `"Their Header=field"` values as header → field.
    static func map(_ entries: [String]) throws -> [String: String] {
        var result: [String: String] = [:]
        for entry in entries {
            guard let equals = entry.lastIndex(of: "=") else {
                throw ValidationError("--map takes \"Their Header=field\", got \"\(entry)\"")
            }
            let header = String(entry[..<equals])
            let field = String(entry[entry.index(after: equals)...]).trimmingWhitespace
            guard !header.isEmpty, !field.isEmpty else {
                throw ValidationError("--map takes \"Their Header=field\", got \"\(entry)\"")
            }
            result[header] = field
        }
        return result
    }

    /// Prints every bad row as `line N: reason` on stderr, then rethrows.
    static func reportBadRows<T>(_ body: () throws -> T) throws -> T {
        do {
            let result = try body()
            Terminal.endProgress()
            return result
        } catch let failure as BadRowsFailure {
            Terminal.endProgress()
            for row in failure.badRows { Terminal.printError("line \(row.line): \(row.reason)") }
            throw failure
        } catch {
            Terminal.endProgress()
            throw error
        }
    }
}
