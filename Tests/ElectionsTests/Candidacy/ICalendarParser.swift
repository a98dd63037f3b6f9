/// A test-only RFC 5545 reader: unfolds lines, splits name, parameters and value, unescapes TEXT,
/// and groups properties by component. Enough to check what `ICalendar` writes, nothing more.
struct ParsedProperty: Equatable {
    let name: String
    let parameters: [String: String]
    let value: String

    /// The value with TEXT escapes undone.
    var text: String {
        var out = ""
        var escaping = false
        for character in value {
            if escaping {
                switch character {
                case "n", "N": out.append("\n")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}

struct ParsedComponent {
    let name: String
    var properties: [ParsedProperty] = []
    var children: [ParsedComponent] = []

    func first(_ name: String) -> ParsedProperty? { properties.first { $0.name == name } }
}

enum ICalendarParser {
    /// Physical lines split on CRLF (the document must end with one).
    static func physicalLines(_ document: String) -> [String] {
        var lines = document.components(separatedByCRLF: ())
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Logical lines: a physical line starting with a space or tab continues the previous one.
    static func unfold(_ document: String) -> [String] {
        var logical: [String] = []
        for line in physicalLines(document) {
            if let first = line.first, first == " " || first == "\t", !logical.isEmpty {
                logical[logical.count - 1] += String(line.dropFirst())
            } else {
                logical.append(line)
            }
        }
        return logical
    }

    static func property(_ line: String) -> ParsedProperty? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let head = line[..<colon].split(separator: ";").map(String.init)
        guard let name = head.first else { return nil }
        var parameters: [String: String] = [:]
        for parameter in head.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { parameters[pair[0]] = pair[1] }
        }
        return ParsedProperty(name: name, parameters: parameters, value: String(line[line.index(after: colon)...]))
    }

    /// The VCALENDAR component tree, or `nil` when BEGIN/END do not balance.
    static func parse(_ document: String) -> ParsedComponent? {
        var stack: [ParsedComponent] = []
        var root: ParsedComponent?
        for line in unfold(document) {
            guard let property = property(line) else { return nil }
            switch property.name {
            case "BEGIN":
                stack.append(ParsedComponent(name: property.value))
            case "END":
                guard let done = stack.popLast(), done.name == property.value else { return nil }
                if stack.isEmpty { root = done } else { stack[stack.count - 1].children.append(done) }
            default:
                guard !stack.isEmpty else { return nil }
                stack[stack.count - 1].properties.append(property)
            }
        }
        return stack.isEmpty ? root : nil
    }
}

extension String {
    /// Splits on CRLF only; a bare LF or CR stays inside a line (and the tests look for it).
    func components(separatedByCRLF: ()) -> [String] {
        var parts: [String] = []
        var current = ""
        var scalars = unicodeScalars.makeIterator()
        var pendingCR = false
        while let scalar = scalars.next() {
            if pendingCR {
                pendingCR = false
                if scalar == "\n" {
                    parts.append(current)
                    current = ""
                    continue
                }
                current.unicodeScalars.append("\r")
            }
            if scalar == "\r" { pendingCR = true } else { current.unicodeScalars.append(scalar) }
        }
        if pendingCR { current.unicodeScalars.append("\r") }
        parts.append(current)
        return parts
    }
}
