import RosetteCore
import Testing

struct SpreadsheetSafetyTests {
    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
        ("+447700900123", "'+447700900123"),
        ("-5", "'-5"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\tcmd", "'\tcmd"),
        ("\r\n=1", "'\r\n=1"),
        ("'quoted", "''quoted"),
        ("'", "''"),
        ("Jo", "Jo"),
        ("", ""),
        (" =1", " =1"),
        ("a=b", "a=b"),
        ("£5", "£5"),
    ])
    func neutralisesFormulaTriggers(cell: String, expected: String) {
        #expect(SpreadsheetSafety.neutralise(cell) == expected)
        #expect(SpreadsheetSafety.restore(expected) == cell)
    }

    @Test(arguments: ["'Jo", "'", "'a=1", "''"] as [String])
    func restoreLeavesOtherApostrophesAlone(cell: String) {
        let expected = cell == "''" ? "'" : cell
        #expect(SpreadsheetSafety.restore(cell) == expected)
    }

    @Test func restoreInvertsNeutraliseForAnyString() {
        let pieces = ["=", "+", "-", "@", "\t", "\r", "\n", "'", "a", " ", "é", "😀", "\r\n", "\u{301}", "0"]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<5_000 {
            let cell = (0..<Int.random(in: 0...6, using: &generator))
                .map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let safe = SpreadsheetSafety.neutralise(cell)
            #expect(SpreadsheetSafety.restore(safe) == cell)
            if let first = safe.utf8.first {
                #expect(!"=+-@\t\r".utf8.contains(first))
            }
        }
    }
}
