import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output and error, and what the terminal can show.
enum Terminal {
    /// Writes a line to standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// True when standard error is a terminal: progress lines go there only then.
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// True when colour may be used on standard output: a terminal, and `NO_COLOR` unset
    /// (https://no-color.org).
    static var colorEnabled: Bool {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColor && isatty(STDOUT_FILENO) == 1
    }

    /// Wraps `text` in an ANSI colour when colour is enabled.
    static func colored(_ text: String, _ color: Color) -> String {
        colorEnabled ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    enum Color: String {
        case red = "31"
        case yellow = "33"
        case green = "32"
        case dim = "2"
    }

    /// Shows progress on one rewritten stderr line, only on a terminal.
    static func progress(_ message: String) {
        guard stderrIsTTY else { return }
        FileHandle.standardError.write(Data("\r\(message)\u{1B}[K".utf8))
    }

    /// Ends a progress line.
    static func endProgress() {
        guard stderrIsTTY else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
