import ArgumentParser
import RosetteCore
import RosetteStore

/// What every import command says on the terminal: ignored columns, progress (stderr, TTY only)
/// and, when the import fails, every bad row as `line N: reason` before the one-line error.
enum ImportConsole {
    static func ignoredHeaders(_ headers: [String]) {
        guard !headers.isEmpty else { return }
        Terminal.printError("Ignoring columns: " + headers.map { "\"\($0)\"" }.joined(separator: ", "))
    }

    static func progress(_ rows: Int) { Terminal.progress("Read \(rows) rows...") }

    /// Runs an import, ending the progress line and listing bad rows on failure.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            let result = try body()
            Terminal.endProgress()
            return result
        } catch let failure as ImportFailure {
            Terminal.endProgress()
            for row in failure.badRows { Terminal.printError("line \(row.line): \(row.reason)") }
            throw failure
        } catch {
            Terminal.endProgress()
            throw error
        }
    }

    /// `--map "Their Header=field"` values as header → field (split at the last `=`, so a header
    /// may itself contain one).
    static func headerMap(_ entries: [String]) throws -> [String: String] {
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
}
