import Foundation
import RosetteCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creates database files so that nobody but their owner can read them: a members list reveals
/// political opinion (special category data under UK GDPR).
enum PrivateFile {
    /// Makes sure the folder exists (0700 when created) and the file exists with mode 0600, so
    /// SQLite opens an already-private file and gives its -wal and -shm files the same mode.
    static func prepareDatabaseFile(at path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotOpen(path: path, reason: "cannot create its folder")
            }
        }
        let descriptor = Glibc.open(path, O_RDWR | O_CREAT, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
    }
}
