import ArgumentParser
import Canvassing
import Foundation
import RosetteCore
import RosetteStore

/// Opens a register file with the separator its first line uses (comma, or tab for the
/// Xpress EMS export).
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
}
