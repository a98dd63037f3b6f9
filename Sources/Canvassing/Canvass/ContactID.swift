import Foundation
/// Identifiers for contact attempts: UUIDs, made where the attempt is recorded.
///
/// A typed-up canvass sheet has no UUID column, so one is derived from the row's content
/// (elector, date, canvasser, outcome, answers): importing the same sheet twice then stores each
/// attempt once, as the same attempt resent from a phone would be. The derivation is FNV-1a
/// (128 bits from two 64-bit lanes) laid out as an RFC 9562 version-8 UUID ("custom").
public enum ContactID {
    /// `8-4-4-4-12` hex digits (either case). Checked on bytes: it runs once per imported row.
    public static func isValid(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 36 else { return false }
        for (offset, byte) in utf8.enumerated() {
            if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                let isHex =
                    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                    || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
                guard isHex else { return false }
            }
        }
        return true
    }

    /// A stable UUID for `content`.
    public static func derived(from content: String) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142
        for byte in content.utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ 0x9e37
        }
        first = (first & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_8000  // version 8
        second = (second & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000  // RFC variant
        let hex = hex16(first) + hex16(second)
        let c = Array(hex)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-"
            + String(c[16..<20]) + "-" + String(c[20..<32])
    }

    private static func hex16(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
