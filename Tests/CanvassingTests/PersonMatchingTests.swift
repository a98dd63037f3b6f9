import Canvassing
import Testing

/// The loose rule that carries a person across editions when middle names differ.
@Suite struct PersonMatchingTests {
    static let home = "|||1||leith walk|eh6 5ab"

    @Test(arguments: [
        ("smith|john", "smith|john a", true),
        ("smith|mary", "smith|mary ann", true),
        ("smith|john a", "smith|john alan", true),
        ("smith|john a.", "smith|john a b", true),
        ("smith|john a", "smith|john b", false),
        ("smith|john alan", "smith|john andrew", false),
        ("smith|john", "smith|johnny", false),
        ("smith|john", "smyth|john a", false),
        ("smith|john", "smith|john", false),
        ("smith|", "smith|john", false),
    ])
    func namesAgreeOnTheFirstNameAndInitials(a: String, b: String, same: Bool) {
        #expect(PersonMatching.looselyMatches(a + Self.home, b + Self.home) == same)
        #expect(PersonMatching.looselyMatches(b + Self.home, a + Self.home) == same)
    }

    @Test func anotherHouseholdIsAnotherPerson() {
        #expect(!PersonMatching.looselyMatches("smith|john" + Self.home, "smith|john a|||3||leith walk|eh6 5ab"))
    }

    @Test func thePrefixIsSurnameAndFirstName() {
        #expect(PersonMatching.loosePrefix(of: "smith|john a" + Self.home) == "smith|john")
        #expect(PersonMatching.loosePrefix(of: "smith|" + Self.home) == nil)
        #expect(PersonMatching.loosePrefix(of: "no bars") == nil)
    }
}
