import Foundation
import RosetteCore
import Testing

struct PhoneNumberTests {
    @Test(arguments: [
        ("07700 900123", "+447700900123"),
        ("07700-900-123", "+447700900123"),
        ("07700.900.123", "+447700900123"),
        ("+44 7700 900123", "+447700900123"),
        ("+44 (0)7700 900123", "+447700900123"),
        ("+44 07700 900123", "+447700900123"),
        ("+447700900123", "+447700900123"),
        ("0044 7700 900123", "+447700900123"),
        ("00 44 (0) 7700 900123", "+447700900123"),
        ("(020) 7946 0018", "+442079460018"),
        ("020 7946 0018", "+442079460018"),
        ("01632 960 001", "+441632960001"),
        ("0113 496 0000", "+441134960000"),
        ("028 9649 6000", "+442896496000"),
        ("0300 123 4567", "+443001234567"),
        ("0800 123 4567", "+448001234567"),
        ("016977 3456", "+44169773456"),  // Brampton: a nine-digit NSN
        ("0500 123456", "+44500123456"),  // legacy freephone
        ("0800 1111", "+448001111"),  // Childline
        ("7700900123", "+447700900123"),  // Excel dropped the zero
        ("  07700 900123\t", "+447700900123"),
        ("+1 (202) 555-0143", "+12025550143"),
        ("+353 1 234 5678", "+35312345678"),
        ("0033 1 23 45 67 89", "+33123456789"),
    ])
    func acceptsAndNormalises(input: String, expected: String) throws {
        let phone = try PhoneNumber(parsing: input)
        #expect(phone.e164 == expected)
        #expect(phone.description == expected)
    }

    @Test(arguments: [
        "", "   ", "07700 90012", "07700 9001234", "0770090012345", "07700 900ABC", "0800 FLOWERS",
        "07700 900123 ext 4", "+44", "+44 7700", "++447700900123", "+44 7700 900123 4", "04700 900123",
        "06700 900123", "0845 464", "0900 123", "12345", "+0 123 456 789", "+1 234", "+1234567890123456",
        "0044", "00", "7700 90012", "9700900123", "07700#900123", "+44 0 0 7700 900123",
    ])
    func refuses(input: String) {
        #expect(throws: InvalidInput.self) { try PhoneNumber(parsing: input) }
    }

    @Test func codableAsE164() throws {
        let phone = try PhoneNumber(parsing: "07700 900123")
        let json = try JSONEncoder().encode([phone])
        #expect(String(decoding: json, as: UTF8.self) == "[\"+447700900123\"]")
        #expect(try JSONDecoder().decode([PhoneNumber].self, from: json) == [phone])
        #expect(phone.isUK)
    }
}
