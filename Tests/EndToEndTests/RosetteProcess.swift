import Foundation
import Testing

/// Runs the built `rosette` binary in a private temporary folder, as a user would.
struct RosetteProcess {
    let folder: URL
    var database: String { folder.appendingPathComponent("party.sqlite3").path }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rosette-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    static var binary: URL {
        let beside = Bundle.main.bundleURL.appendingPathComponent("rosette")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("rosette")
    }

    /// Runs `rosette` with `arguments`, with the database in the temp folder unless the
    /// arguments name one, a pinned day, and no colour.
    @discardableResult
    func run(_ arguments: [String], environment extra: [String: String] = [:], stdin: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment(extra)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes to the end before waiting, so a large output cannot fill a pipe.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The environment every run gets: the temp database, a pinned day, no colour.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["ROSETTE_DB"] = database
        environment["ROSETTE_TODAY"] = "2026-11-25"
        environment["ROSETTE_ACTOR"] = "e2e"
        environment["NO_COLOR"] = "1"
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    /// The members as `members list --json` prints them.
    func membersJSON() throws -> String {
        let outcome = try run(["members", "list", "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.stdout
    }

    /// A new folder whose database has `register` imported as the Leith ward's `edition`.
    static func withRegister(_ register: String, file: String, edition: String) throws -> RosetteProcess {
        let rosette = try RosetteProcess()
        let path = try rosette.write(file, register)
        let imported = try rosette.run(["register", "import", path, "--edition", edition, "--ward", "Leith"])
        #expect(imported.status == 0, "\(imported.stderr)")
        return rosette
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }
}
