import ArgumentParser
import Foundation
import RosetteCore

/// Owns the process exit, mapping failures to the codes in DEVELOPERS.md: 0 success, 64 usage,
/// 65 bad data, 70 internal, 74 I/O. argument-parser alone knows only 0, 1 and 64.
public enum ExitStatus {
    /// Parses `arguments` (the process's when `nil`), runs the command and exits.
    public static func run(_ arguments: [String]? = nil) async -> Never {
        // Everything Rosette creates (database, exports, backups) is private to its owner.
        umask(0o077)
        do {
            var command = try RosetteCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            RosetteCommand.exit()
        } catch let failure as any RosetteFailure {
            Terminal.printError("Error: \(failure.description)")
            RosetteCommand.exit(withError: ExitCode(failure.kind == .io ? 74 : 65))
        } catch {
            if RosetteCommand.exitCode(for: error) == .failure {
                // Not argument-parser's own error and not one of ours: a bug. No stack trace,
                // and no record contents, only the error's type.
                Terminal.printError("Error: internal error (\(type(of: error))): please report it")
                RosetteCommand.exit(withError: ExitCode(70))
            }
            RosetteCommand.exit(withError: error)
        }
    }
}
