import Privacy
import RosetteCore
import Testing

@Suite("Do-not-contact list")
struct SuppressionTests {
    static let list = SuppressionList([
        SuppressionKey(kind: .email, value: "ada@example.org"),
        SuppressionKey(kind: .phone, value: "+447700900123"),
        SuppressionKey(kind: .namePostcode, value: "grace hopper|EH6 5AB"),
    ])

    @Test(
        "anyone matching one detail is suppressed, whatever the case or format",
        arguments: [
            ("ADA@example.org", nil, nil, nil, true),
            (nil, "07700 900123", nil, nil, true),
            (nil, nil, "Grace  Hopper", "eh6 5ab", true),
            (nil, nil, "Grace Hopper", "EH6 5AA", false),
            ("other@example.org", "07700 900999", "Ada Byron", "EH6 5AB", false),
            (nil, nil, nil, nil, false),
        ] as [(String?, String?, String?, String?, Bool)])
    func suppresses(email: String?, phone: String?, name: String?, postcode: String?, expected: Bool) throws {
        let result = Self.list.suppresses(
            email: try email.map { try EmailAddress(parsing: $0) }, phone: try phone.map { try PhoneNumber(parsing: $0) },
            name: name, postcode: try postcode.map { try Postcode(parsing: $0) })
        #expect(result == expected)
    }

    @Test("the file layout recognises common spellings and reports the rest")
    func layout() throws {
        let layout = try SuppressionFileLayout(header: ["Email Address", "Mobile", "Notes", "Surname", "First Name", "Postcode"])
        #expect(layout.email == 0 && layout.phone == 1 && layout.lastName == 3 && layout.firstName == 4 && layout.postcode == 5)
        #expect(layout.ignoredHeaders == ["Notes"])
    }

    @Test("a file with nothing that identifies anyone is refused")
    func noColumns() {
        #expect(throws: PrivacyError.noSuppressionColumns) { try SuppressionFileLayout(header: ["name", "notes"]) }
    }

    @Test(
        "rows give keys or say what is wrong",
        arguments: [
            (["ada@example.org", "", "", ""], "email:ada@example.org"),
            (["", "07700 900123", "", ""], "phone:+447700900123"),
            (["", "", "Grace Hopper", "eh6 5ab"], "name-postcode:grace hopper|EH6 5AB"),
            (["not-an-email", "", "", ""], "email is not an email address"),
            (["", "", "Grace Hopper", ""], "a name needs a postcode (and a postcode a name) to identify someone"),
            (["", "", "Grace Hopper", "nowhere"], "postcode is not a UK postcode"),
        ])
    func rows(fields: [String], expected: String) throws {
        let layout = try SuppressionFileLayout(header: ["email", "phone", "name", "postcode"])
        switch ImportedSuppression.parse(fields, layout: layout) {
        case .success(let keys): #expect(keys.map { "\($0.kind.rawValue):\($0.value)" }.joined(separator: ",") == expected)
        case .failure(let problems): #expect(problems.description == expected)
        }
    }
}
