import Canvassing
import Foundation
import RosetteCore
import RosetteStore
import Testing

/// Mutated register and canvass files through the whole importers. Whatever the bytes, an import
/// either lands whole or throws a `RosetteFailure` (naming lines where rows are bad) and writes
/// nothing. Seeded, so a failure repeats; bounded in rounds and time.
@Suite(.timeLimit(.minutes(2)))
struct CanvassingImportFuzzTests {
    static let register = Array(
        """
        Elector Number Prefix,Elector Number,Elector Number Suffix,Elector Markers,Elector DOB,Elector Surname,Elector Forename,PostCode,Address1,Address2
        LA,1,0,,,Smith,John,EH6 5AB,1 Leith Walk,Edinburgh
        LA,2,0,G,,"O'Brien, Jr",Mary,EH6 5AB,"Flat 2, 3 Leith Walk",Edinburgh
        LA,3,0,N,,Hidden,Person,EH6 5AB,9 Leith Walk,Edinburgh
        LA,4,1,,15/03/2009,Young,Kai,EH6 6QT,Rose Cottage,Mill Lane

        """.utf8)

    static let canvass = Array(
        """
        elector_number,date,canvasser,outcome,support,issues,notes
        LA-1,2026-11-20,Ada,spoke,2,housing;jobs,"said ""maybe"" twice"
        LA-2,2026-11-20,Ada,not-in,,,
        LA-4/1,2026-11-21,Bo,spoke,5,,=1+1

        """.utf8)

    static func run(
        _ base: [UInt8], rounds: Int, seed: UInt64, count: () throws -> Int,
        importing: (CSVReader) throws -> Void
    ) throws -> (accepted: Int, refused: Int) {
        var generator = SeededGenerator(seed: seed)
        var accepted = 0
        var refused = 0
        for round in 0..<rounds {
            let bytes = round == 0 ? base : MemberImportFuzzTests.mutate(base, &generator)
            let before = try count()
            let reader = CSVReader(data: bytes, maxFieldBytes: 2_048, maxRecordBytes: 8_192)
            do {
                try importing(reader)
                accepted += 1
            } catch let failure as ImportFailure {
                #expect(!failure.badRows.isEmpty, "round \(round)")
                #expect(failure.badRows.allSatisfy { $0.line >= 2 && !$0.reason.isEmpty }, "round \(round)")
                #expect(try count() == before, "round \(round): a refused import wrote rows")
                refused += 1
            } catch let failure as any RosetteFailure {
                #expect(failure.description.count < 300)
                #expect(try count() == before, "round \(round): a refused import wrote rows")
                refused += 1
            }
        }
        return (accepted, refused)
    }

    @Test func mutatedRegisterFilesImportWholeOrNotAtAll() throws {
        var round = 0
        let outcome = try Self.run(
            Self.register, rounds: 200, seed: 0x5EED,
            count: { 0 },
            importing: { reader in
                // Each round is a new edition in a fresh database: the register is imported once.
                round += 1
                let database = try AppDatabase.inMemory()
                let registers = RegisterRepository(database, actor: Actor("fuzz"))
                do {
                    let summary = try registers.importRegister(
                        next: { try reader.next() }, edition: try RegisterEdition(parsing: "2026-27"), ward: "Leith")
                    #expect(try registers.stats().electors == summary.electors, "round \(round): the register holds what the import reported")
                } catch {
                    // Nothing may be left behind by a refused import.
                    #expect(
                        (try? registers.stats().electors) ?? 0 == 0, "round \(round): a refused register import wrote electors")
                    throw error
                }
            })
        #expect(outcome.accepted > 5 && outcome.refused > 5, "\(outcome)")
    }

    @Test func mutatedCanvassFilesImportWholeOrNotAtAll() throws {
        let database = try AppDatabase.inMemory()
        let reader = CSVReader(data: Self.register)
        // 2025-26: the sheet's November 2026 dates fall in it (an earlier date is a bad row).
        _ = try RegisterRepository(database, actor: Actor("fuzz")).importRegister(
            next: { try reader.next() }, edition: try RegisterEdition(parsing: "2025-26"), ward: "Leith")
        let canvass = CanvassRepository(database, actor: Actor("fuzz"))
        let outcome = try Self.run(
            Self.canvass, rounds: 300, seed: 0xCA55,
            count: { try canvass.summary(ward: nil, district: nil, since: nil).attempts },
            importing: { reader in
                _ = try canvass.importContacts(next: { try reader.next() }, defaultDate: nil, defaultCanvasser: nil)
            })
        #expect(outcome.accepted > 5 && outcome.refused > 5, "\(outcome)")
    }
}
