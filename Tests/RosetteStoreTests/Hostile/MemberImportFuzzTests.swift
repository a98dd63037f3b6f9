import Foundation
import Members
import RosetteCore
import RosetteStore
import Testing

/// Mutated member files through the whole importer: parse, validate, dedupe, insert, audit.
/// Whatever the bytes, the import either succeeds and adds exactly what it reports, or throws a
/// `RosetteFailure` naming lines and writes nothing. Seeded, so a failure repeats.
@Suite(.timeLimit(.minutes(2)))
struct MemberImportFuzzTests {
    static let base = Array(
        """
        first_name,last_name,email,phone,postcode,date_of_birth,joined_on,dues_pence,paid_until,notes
        Ada,Byron,ada@example.org,07700 900001,EH6 5AB,1990-02-03,2025-01-01,1200,2026-01-01,"multi
        line, with comma"
        Siân,Ó Dálaigh,sian@example.org,+44 7700 900002,CF10 1AA,,2024-06-30,0,,
        Grace,Hopper,,,SW1A 1AA,1906-12-09,2025-03-01,,,=1+1

        """.utf8)

    static let nasties: [[UInt8]] = [
        [0x00], [0xFF], [0xC3], [0xE2, 0x80], Array("\"".utf8), Array(",".utf8), Array("\r".utf8),
        Array("\n".utf8), Array("'); DROP TABLE member;--".utf8), Array("=HYPERLINK(\"x\")".utf8),
        Array("@SUM(A1)".utf8), Array("9999-99-99".utf8), Array("-1".utf8), Array("\u{202E}".utf8),
        [UInt8](repeating: UInt8(ascii: "z"), count: 3_000),
    ]

    /// One mutation: cut the file, splice in a nasty, or overwrite a byte.
    static func mutate(_ bytes: [UInt8], _ generator: inout SeededGenerator) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let at = Int.random(in: 0...result.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: result = Array(result.prefix(at))
            case 1: result.insert(contentsOf: nasties.randomElement(using: &generator) ?? [], at: at)
            default:
                if at < result.count { result[at] = UInt8.random(in: 0...255, using: &generator) }
            }
        }
        return result
    }

    @Test func mutatedFilesImportWholeOrNotAtAll() throws {
        var generator = SeededGenerator(seed: 0x1A0)
        let database = try AppDatabase.inMemory()
        let members = MemberRepository(database, actor: Actor("fuzz"))
        var accepted = 0
        var refused = 0
        for round in 0..<400 {
            let bytes = round == 0 ? Self.base : Self.mutate(Self.base, &generator)
            let before = try members.stats(on: Fixture.today, gracePeriodDays: 30).total
            let reader = CSVReader(data: bytes, maxFieldBytes: 2_048, maxRecordBytes: 8_192)
            do {
                let summary = try members.importMembers(
                    next: { try reader.next() }, policy: .skip, today: Fixture.today)
                let after = try members.stats(on: Fixture.today, gracePeriodDays: 30).total
                #expect(after == before + summary.added, "round \(round)")
                accepted += 1
            } catch let failure as ImportFailure {
                #expect(!failure.badRows.isEmpty)
                for row in failure.badRows {
                    #expect(row.line >= 2 && row.line <= bytes.count + 1, "round \(round)")
                    #expect(!row.reason.isEmpty)
                }
                #expect(try members.stats(on: Fixture.today, gracePeriodDays: 30).total == before)
                refused += 1
            } catch let failure as any RosetteFailure {
                #expect(failure.description.count < 300)
                #expect(try members.stats(on: Fixture.today, gracePeriodDays: 30).total == before)
                refused += 1
            }
        }
        // The mutations exercised both sides.
        #expect(accepted > 10 && refused > 10, "accepted \(accepted), refused \(refused)")
    }
}

/// SplitMix64, as in RosetteCoreTests (test targets cannot share files).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
