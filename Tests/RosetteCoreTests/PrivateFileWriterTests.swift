import Foundation
import RosetteCore
import Testing

/// QA: an export followed a symbolic link planted at the output path.
@Suite struct PrivateFileWriterTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rosette-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test func aLinkToAFileIsRefusedAndTheFileIsUntouched() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("theirs".utf8).write(to: URL(fileURLWithPath: path("target.txt")))
        try FileManager.default.createSymbolicLink(atPath: path("export.csv"), withDestinationPath: path("target.txt"))
        #expect(throws: SymbolicLinkRefused(path: path("export.csv"))) { try PrivateFileWriter(path: path("export.csv")) }
        #expect(try String(contentsOfFile: path("target.txt"), encoding: .utf8) == "theirs")
        // A dangling link is refused too: following it would create the file where it points.
        try FileManager.default.createSymbolicLink(atPath: path("dangling.csv"), withDestinationPath: path("nowhere.csv"))
        #expect(throws: SymbolicLinkRefused(path: path("dangling.csv"))) { try PrivateFileWriter(path: path("dangling.csv")) }
        #expect(!FileManager.default.fileExists(atPath: path("nowhere.csv")))
    }

    @Test func aLinkToADeviceIsFollowedAndAPlainFileIsPrivate() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: path("null"), withDestinationPath: "/dev/null")
        let device = try PrivateFileWriter(path: path("null"))
        try device.write("discarded")
        try device.close()
        let file = try PrivateFileWriter(path: path("plain.csv"))
        try file.write("a,b\n")
        try file.close()
        let mode = try FileManager.default.attributesOfItem(atPath: path("plain.csv"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
