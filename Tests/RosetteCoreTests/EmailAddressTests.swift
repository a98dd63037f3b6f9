import Foundation
import RosetteCore
import Testing

struct EmailAddressTests {
    @Test(arguments: [
        ("jo@example.org", "jo@example.org"),
        ("  Jo.Bloggs@Example.ORG \n", "Jo.Bloggs@Example.ORG"),
        ("jo+party@mail.example.co.uk", "jo+party@mail.example.co.uk"),
        ("o'neil@example.org", "o'neil@example.org"),
        ("a@b.co", "a@b.co"),
        ("x_y-z@sub-domain.example.org", "x_y-z@sub-domain.example.org"),
        ("siân@example.cymru", "siân@example.cymru"),
        ("jo@xn--mnchen-3ya.de", "jo@xn--mnchen-3ya.de"),
        ("jo@123.example.org", "jo@123.example.org"),
    ])
    func accepts(input: String, expected: String) throws {
        #expect(try EmailAddress(parsing: input).value == expected)
    }

    @Test(arguments: [
        "", "jo", "jo@", "@example.org", "jo@example", "jo@@example.org", "jo@ex@ample.org",
        "jo bloggs@example.org", "jo@exa mple.org", "jo@-example.org", "jo@example-.org",
        "jo@example..org", "jo@.example.org", "jo@example.org.", ".jo@example.org", "jo.@example.org",
        "jo..b@example.org", "jo@example.123", "jo@[192.0.2.1]", "\"jo\"@example.org",
        "jo@exam_ple.org", "jo,b@example.org", "jo;b@example.org", "mailto:jo@example.org",
        String(repeating: "a", count: 65) + "@example.org",
        "jo@" + String(repeating: "a", count: 64) + ".org",
        "jo@" + Array(repeating: String(repeating: "a", count: 60), count: 5).joined(separator: ".") + ".org",
    ])
    func refuses(input: String) {
        #expect(throws: InvalidInput.self) { try EmailAddress(parsing: input) }
    }

    @Test func comparisonKeyIgnoresCase() throws {
        let typed = try EmailAddress(parsing: "Jo.Bloggs@Example.ORG")
        let other = try EmailAddress(parsing: "jo.bloggs@example.org")
        #expect(typed.comparisonKey == other.comparisonKey)
        #expect(typed.comparisonKey == "jo.bloggs@example.org")
        #expect(typed != other)  // kept as typed
    }

    @Test func codableAsTypedString() throws {
        let email = try EmailAddress(parsing: " Jo@Example.org ")
        let json = try JSONEncoder().encode([email])
        #expect(String(decoding: json, as: UTF8.self) == "[\"Jo@Example.org\"]")
        #expect(try JSONDecoder().decode([EmailAddress].self, from: json) == [email])
    }
}
