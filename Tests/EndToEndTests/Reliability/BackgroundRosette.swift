import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A `rosette` process left running, to be watched and killed: for the crash-safety tests.
final class BackgroundRosette {
    let process = Process()
    private let errors = Pipe()

    init(_ rosette: RosetteProcess, _ arguments: [String], environment extra: [String: String] = [:]) throws {
        process.executableURL = RosetteProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = rosette.folder
        process.environment = rosette.environment(extra)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Waits (up to `limit` seconds, a safety net, not a measurement) until `condition` holds
    /// while the process still runs. False when the process ended first or time ran out.
    func wait(until condition: () -> Bool, limit: TimeInterval = 300) -> Bool {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            guard process.isRunning else { return false }
            if condition() { return process.isRunning }
            usleep(20_000)
        }
        return false
    }

    /// Reads stderr until it contains `text` (or the process ends).
    func waitForStderr(containing text: String) -> Bool {
        var seen = ""
        while true {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { return false }
            seen += String(decoding: data, as: UTF8.self)
            if seen.contains(text) { return true }
        }
    }

    /// SIGKILL: no clean-up code runs, as when the power fails or the OOM killer strikes.
    func kill() {
        _ = Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// The `sqlite3` command, to inspect a database without going through Rosette.
enum SQLite {
    static func query(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-batch", database]
        let out = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        // On stdin: SQL starting with a `--` comment would read as an option.
        input.fileHandleForWriting.write(Data(sql.utf8))
        try input.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") }
}

/// Synthetic members files, valid row by row, with unique emails.
enum SyntheticMembers {
    static func csv(rows: Int, from first: Int = 1) -> String {
        var text = "first_name,last_name,email,postcode,joined_on,branch\n"
        text.reserveCapacity(rows * 64)
        for index in first..<(first + rows) {
            text += "Given\(index),Family\(index % 97),person\(index)@example.org,EH6 \(index % 9 + 1)AB,2025-03-01,Leith\n"
        }
        return text
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
