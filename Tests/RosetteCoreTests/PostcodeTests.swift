import Foundation
import RosetteCore
import Testing

struct PostcodeTests {
    @Test(arguments: [
        ("SW1A 1AA", "SW1A 1AA"),  // AA9A
        ("sw1a1aa", "SW1A 1AA"),
        ("  Sw1A   1aA \n", "SW1A 1AA"),
        ("SW1A\u{00A0}1AA", "SW1A 1AA"),  // no-break space from a spreadsheet
        ("M1 1AE", "M1 1AE"),  // A9
        ("B33 8TH", "B33 8TH"),  // A99
        ("W1A 0AX", "W1A 0AX"),  // A9A
        ("CR2 6XH", "CR2 6XH"),  // AA9
        ("DN55 1PT", "DN55 1PT"),  // AA99
        ("EC1A 1BB", "EC1A 1BB"),
        ("WC1B 3DG", "WC1B 3DG"),
        ("ls11ab", "LS1 1AB"),
        ("gir0aa", "GIR 0AA"),
    ])
    func acceptsAndNormalises(input: String, expected: String) throws {
        let postcode = try Postcode(parsing: input)
        #expect(postcode.normalised == expected)
        #expect(postcode.description == expected)
    }

    @Test(arguments: [
        "", "   ", "SW1A1A", "SW1A 1AAA", "1AA 1AA", "SW1A 1CA", "SW1A 1AI", "SW1A AAA",
        "QA1 1AA", "VA1 1AA", "XA1 1AA",  // Q V X never first
        "AI1 1AA", "AJ1 1AA", "AZ1 1AA",  // I J Z never second
        "W1I 1AA",  // A9A third letter
        "EC1C 1AA",  // AA9A fourth letter
        "SW1A-1AA", "SW1A 1AA.", "SW1A O AA", "SW1A 1ÅA", "BFPO 1234", "SW1A 1A A X", "ＳＷ1A 1AA",
        "SW123 1AA", "S 1AA",
    ])
    func refuses(input: String) {
        #expect(throws: InvalidInput.self) { try Postcode(parsing: input) }
    }

    @Test func errorNamesTheFieldButNotTheValue() {
        do {
            _ = try Postcode(parsing: "SW1A1A")
            Issue.record("expected a failure")
        } catch let failure as InvalidInput {
            #expect(failure.description == "postcode is not valid: expected a UK postcode such as SW1A 1AA")
            #expect(failure.value == "SW1A1A")
            #expect(failure.kind == .badData)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test(arguments: [
        ("SW1A 1AA", "SW1A", "1AA", "SW", "SW1A 1"),
        ("M1 1AE", "M1", "1AE", "M", "M1 1"),
        ("DN55 1PT", "DN55", "1PT", "DN", "DN55 1"),
        ("W1A 0AX", "W1A", "0AX", "W", "W1A 0"),
    ])
    func parts(input: String, outward: String, inward: String, area: String, sector: String) throws {
        let postcode = try Postcode(parsing: input)
        #expect(postcode.outward == outward)
        #expect(postcode.district == outward)
        #expect(postcode.inward == inward)
        #expect(postcode.area == area)
        #expect(postcode.sector == sector)
    }

    @Test func codableAsNormalisedString() throws {
        let postcode = try Postcode(parsing: "sw1a1aa")
        let json = try JSONEncoder().encode([postcode])
        #expect(String(decoding: json, as: UTF8.self) == "[\"SW1A 1AA\"]")
        #expect(try JSONDecoder().decode([Postcode].self, from: json) == [postcode])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Postcode].self, from: Data("[\"nope\"]".utf8)) }
    }
}
