import Foundation
@testable import RosetteCore
import Testing

/// The validators check ASCII text byte by byte and leave anything else to the Unicode rules
/// (a speed-up for imports: see docs/performance.md). These tests hold the two paths to the same
/// verdict on many generated inputs, so the fast path can never accept or refuse differently.
struct ValidatorFastPathTests {
    /// Random short strings over the characters the rules treat specially.
    static func samples(_ alphabet: [String], count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...14, using: &generator)
            return (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "" }.joined()
        }
    }

    @Test func emailFastPathAgreesWithTheUnicodeRules() {
        let alphabet = ["a", "Z", "7", "0", "-", ".", "@", "+", "_", " ", "!", "~", "\t", "example", "org", "1"]
        var checked = 0
        let halves = Self.samples(alphabet, count: 60_000, seed: 10)
        // Half the samples are two random halves joined by one "@", so many are near-valid.
        let texts = halves.prefix(20_000) + zip(halves[20_000..<40_000], halves[40_000...]).map { $0 + "@" + $1 }
        for text in texts {
            let fast = Array(text.utf8).withUnsafeBufferPointer(EmailAddress.isValidASCII)
            #expect(fast == EmailAddress.isValidUnicode(text), "\(text)")
            checked += fast == true ? 1 : 0
        }
        #expect(checked > 10)  // the generator reaches valid addresses, not only junk
        for text in ["jo@example.org", "a.b@c-d.e1", "x@1.2", "x@a.-b.org", "x@a.b-.org", "-@a.b", "x@@a.b"] {
            let fast = Array(text.utf8).withUnsafeBufferPointer(EmailAddress.isValidASCII)
            #expect(fast == EmailAddress.isValidUnicode(text), "\(text)")
        }
        #expect(Array("jö@example.org".utf8).withUnsafeBufferPointer(EmailAddress.isValidASCII) == nil)
    }

    /// A no-break space is whitespace to both validators but sends the text down the Unicode
    /// path: with one appended, every verdict and normalised value must be the same.
    @Test func postcodeFastPathAgreesWithTheUnicodePath() {
        let alphabet = ["S", "W", "1", "A", "a", "0", "9", "G", "I", "R", " ", "Q", "C", "\t"]
        for text in Self.samples(alphabet, count: 30_000, seed: 11) {
            let fast = try? Postcode(parsing: text)
            let slow = try? Postcode(parsing: text + "\u{00A0}")
            #expect(fast == slow, "\(text)")
        }
    }

    @Test func phoneFastPathAgreesWithTheUnicodePath() {
        let alphabet = ["0", "7", "4", "+", " ", "-", "(", ")", ".", "/", "1", "x", "\t", "07700 900"]
        for text in Self.samples(alphabet, count: 30_000, seed: 12) {
            let fast = try? PhoneNumber(parsing: text)
            let slow = try? PhoneNumber(parsing: "\u{00A0}" + text + "\u{00A0}")
            #expect(fast == slow, "\(text)")
        }
    }

    @Test(arguments: ["Ada", "O'Neill", "  Jo  ", "Jean-Luc", "a\tb", "\u{7F}x", String(repeating: "n", count: 100),
                      String(repeating: "n", count: 101), "Zoë", ""])
    func namesCheckedAsBeforeWhateverThePath(text: String) {
        let name = try? PersonName(parsing: text)
        let hasControl = text.unicodeScalars.contains { $0.properties.generalCategory == .control }
        let trimmed = text.trimmingWhitespace
        let expectedValid = !trimmed.isEmpty && trimmed.count <= 100 && !hasControl
        #expect((name != nil) == expectedValid)
        #expect(name?.value == (expectedValid ? trimmed : nil))
    }
}
