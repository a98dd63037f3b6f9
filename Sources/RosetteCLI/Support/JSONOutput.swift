import Foundation

/// JSON for scripts: stable key order, ISO dates (already strings in our types), no escaping of
/// slashes, one document per command on stdout.
enum JSONOutput {
    static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        // Foundation pretty-prints an empty array as "[\n\n]"; scripts and people expect "[]".
        return text == "[\n\n]" ? "[]" : text
    }

    static func print(_ value: some Encodable) throws {
        Swift.print(try string(value))
    }
}

extension JSONOutput {
    /// One value on one line, for streamed arrays.
    static func compact(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
