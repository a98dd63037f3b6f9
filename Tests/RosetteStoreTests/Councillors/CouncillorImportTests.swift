import Councillors
import Elections
import RosetteCore
import RosetteStore
import Testing

@Suite struct CouncillorImportTests {
    let database: AppDatabase
    let repository: CouncillorRepository

    init() throws {
        database = try AppDatabase.inMemory()
        repository = CouncillorRepository(database, actor: Actor("test"))
        _ = try CouncilRepository(database, actor: Actor("test")).addCouncil(
            CouncilDetails(name: "Stroud District", tier: .district, nation: .england))
    }

    func run(_ rows: [[String]]) throws -> Int {
        var records = rows.enumerated().map { CSVRecord(fields: $0.element, row: $0.offset + 1) }.makeIterator()
        return try repository.importCouncillors(next: { records.next() }, today: CalendarDate(iso: "2026-11-25") ?? CalendarDate(dayNumber: 0))
    }

    let header = ["name", "council", "ward", "party", "elected_on"]

    @Test func goodFileImports() throws {
        let added = try run([
            header, ["Ann One", "1", "Slad", "lab", "2022-05-05"], ["Bob Two", "Stroud District", "Cainscross", "Green Party", "2022-05-05"],
        ])
        #expect(added == 2)
        #expect(try repository.list(CouncillorFilter(asOf: CalendarDate(iso: "2026-01-01") ?? CalendarDate(dayNumber: 0))).count == 2)
    }

    @Test func anyBadRowImportsNothingAndEveryBadLineIsReported() throws {
        do {
            _ = try run([
                header, ["Ann One", "1", "Slad", "lab", "2022-05-05"], ["Bob Two", "1", "Slad", "lab", "2022-05-05"],
                ["Cat Three", "7", "X", "lab", "2022-05-05"], ["Dan Four", "1", "Y", "Labor", "2022-05-05"],
                ["Eve Five", "1", "Z", "lab", "05/05/2022"],
            ])
            Issue.record("a bad file was imported")
        } catch let failure as ImportFailure {
            #expect(failure.badRows.map(\.line) == [3, 4, 5, 6])
            #expect(failure.badRows[0].reason.contains("already has its 1 councillor"))
            #expect(failure.badRows[1].reason.contains("no council 7"))
            #expect(failure.badRows[2].reason.contains("rosette parties add"))
        }
        #expect(try repository.list(CouncillorFilter(asOf: CalendarDate(iso: "2026-01-01") ?? CalendarDate(dayNumber: 0))).isEmpty)
        #expect(try CouncilRepository(database, actor: Actor("t")).wards(of: CouncilID(rawValue: 1)).isEmpty)
    }
}

/// QA: one person in two seats on one council was accepted by the import.
@Suite struct CouncillorImportTwinTests {
    let database: AppDatabase
    let repository: CouncillorRepository
    let header = ["name", "council", "ward", "party", "elected_on", "email"]

    init() throws {
        database = try AppDatabase.inMemory()
        repository = CouncillorRepository(database, actor: Actor("test"))
        _ = try CouncilRepository(database, actor: Actor("test")).addCouncil(
            CouncilDetails(name: "Stroud District", tier: .district, nation: .england))
    }

    func run(_ rows: [[String]]) throws -> Int {
        var records = rows.enumerated().map { CSVRecord(fields: $0.element, row: $0.offset + 1) }.makeIterator()
        return try repository.importCouncillors(next: { records.next() }, today: CalendarDate(iso: "2026-11-25") ?? CalendarDate(dayNumber: 0))
    }

    @Test func theSamePersonTwiceOnOneCouncilIsRefused() throws {
        do {
            _ = try run([
                header, ["Ann One", "1", "Slad", "lab", "2022-05-05", "ann@example.org"],
                ["ann one", "1", "Cainscross", "lab", "2022-05-05", "ann@example.org"],
            ])
            Issue.record("the same person was imported into two seats")
        } catch let failure as ImportFailure {
            #expect(failure.badRows.map(\.line) == [3])
            #expect(failure.badRows[0].reason.contains("one person holds one seat"))
        }
        _ = try run([header, ["Ann One", "1", "Slad", "lab", "2022-05-05", "ann@example.org"]])
        do {
            _ = try run([header, ["Ann One", "1", "Cainscross", "lab", "2022-05-05", "ann@example.org"]])
            Issue.record("the same person was imported beside their existing seat")
        } catch let failure as ImportFailure {
            #expect(failure.badRows[0].reason.contains("as councillor 1"))
        }
    }
}
