import Foundation
import RosetteCore
import Testing

struct PenceTests {
    @Test(arguments: [
        ("12.50", 1250), ("£12.50", 1250), ("£ 12.50", 1250), ("12", 1200), ("£12", 1200),
        ("12.5", 1250), ("0.50", 50), ("0.5", 50), ("0.05", 5), ("0", 0), ("£0.00", 0),
        ("1,234.56", 123_456), ("£1,234,567.89", 123_456_789), ("  £3.00 ", 300), ("50p", 50),
        ("007.10", 710), ("92233720368547758.07", Int.max),
    ])
    func parses(input: String, pence: Int) throws {
        #expect(try Pence(parsing: input).value == pence)
    }

    @Test(arguments: [
        "", "£", "12.505", "12.", ".5", "£.50", "12,34", "1,2345.00", ",123", "1,,234", "12 50",
        "$12.50", "€12", "12.50 GBP", "-12.50", "-£12.50", "£-12.50", "1e3", "12.5.0", "£12.50p",
        "5 p", "0x10", "+12", "92233720368547758.08", "99999999999999999999",
    ])
    func refuses(input: String) {
        #expect(throws: InvalidInput.self) { try Pence(parsing: input) }
    }

    @Test(arguments: [("-12.50", -1250), ("-£12.50", -1250), ("£-12.50", -1250), ("-0.01", -1), ("3", 300)])
    func negativesWhenAllowed(input: String, pence: Int) throws {
        #expect(try Pence(parsing: input, allowNegative: true).value == pence)
    }

    @Test(arguments: [
        (0, "£0.00"), (5, "£0.05"), (50, "£0.50"), (1250, "£12.50"), (123_456, "£1,234.56"),
        (100_000_000, "£1,000,000.00"), (-123_456, "-£1,234.56"), (99_999, "£999.99"),
    ])
    func describesInPounds(pence: Int, expected: String) {
        #expect(Pence(pence).description == expected)
    }

    @Test func descriptionReadsBack() throws {
        var generator = SeededGenerator(seed: 12)
        for _ in 0..<2_000 {
            let amount = Pence(Int.random(in: -1_000_000_000...1_000_000_000, using: &generator))
            #expect(try Pence(parsing: amount.description, allowNegative: true) == amount)
        }
    }

    @Test func arithmeticIsExact() {
        let tenPence = Pence(10)
        let twenty = Pence(20)
        #expect(tenPence + twenty == Pence(30))
        #expect(twenty - tenPence == tenPence)
        #expect(tenPence * 12 == Pence(120))
        #expect(tenPence < twenty)
        #expect(Pence.zero.value == 0)
    }

    @Test func codableAsIntegerPence() throws {
        let json = try JSONEncoder().encode([Pence(1250)])
        #expect(String(decoding: json, as: UTF8.self) == "[1250]")
        #expect(try JSONDecoder().decode([Pence].self, from: json) == [Pence(1250)])
    }
}
