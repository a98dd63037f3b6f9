import Foundation

/// A test-only hook, compiled into debug builds alone: with
/// `ROSETTE_DEBUG_PAUSE_IN_MIGRATION=<identifier>` set, the migration of that name stops after its
/// SQL has run and before its transaction commits, says so on stderr, and waits to be killed.
///
/// The crash-safety test (`EndToEndTests/CrashSafetyTests`) uses it to SIGKILL a migration at
/// a known point instead of racing a timer, so it proves what it claims on every run: an
/// interrupted migration leaves the database exactly at its previous schema.
enum MigrationPause {
    static func pauseIfAsked(after identifier: String) {
        #if DEBUG
            guard ProcessInfo.processInfo.environment["ROSETTE_DEBUG_PAUSE_IN_MIGRATION"] == identifier
            else { return }
            FileHandle.standardError.write(Data("paused in migration \(identifier)\n".utf8))
            Thread.sleep(forTimeInterval: 120)
        #endif
    }
}
