import Canvassing
import RosetteCore
import RosetteStore
import Testing

/// Register files as CSV text, read through the streaming reader as the CLI does.
enum RegisterFixture {
    static let header =
        "Elector Number Prefix,Elector Number,Elector Number Suffix,Elector Markers,Elector DOB,Elector Surname,Elector Forename,PostCode,Address1,Address2"
    static let rows = [
        "LA,1,0,,,Smith,John,EH6 5AB,1 Leith Walk,Edinburgh",
        "LA,2,0,G,,Smith,Mary,EH6 5AB,1 Leith Walk,Edinburgh",
        "LA,3,0,,,Jones,Alan,EH6 5AB,3 Leith Walk,Edinburgh",
        "LA,4,0,,,Brown,Ann,EH6 5AB,2 Leith Walk,Edinburgh",
        "LA,5,0,N,,Hidden,Person,EH6 5AB,9 Leith Walk,Edinburgh",
        "LA,6,1,,15/03/2009,Young,Kai,EH6 5AB,4 Leith Walk,Edinburgh",
    ]

    static func reader(_ lines: [String]) -> CSVReader {
        CSVReader(string: ([header] + lines).joined(separator: "\n"))
    }

    static func edition(_ text: String) throws -> RegisterEdition { try RegisterEdition(parsing: text) }

    /// Loads `lines` as an edition, by default 2025-26: the one in force on the tests' day
    /// (2026-11-25), so attempts dated that day may use its numbers.
    @discardableResult
    static func load(_ db: AppDatabase, _ lines: [String] = rows, edition: String = "2025-26") throws -> RegisterImportSummary {
        let reader = reader(lines)
        return try RegisterRepository(db, actor: Actor("test")).importRegister(
            next: { try reader.next() }, edition: try Self.edition(edition), ward: "Leith")
    }
}

@Suite struct RegisterRepositoryTests {
    let db: AppDatabase
    var repository: RegisterRepository { RegisterRepository(db, actor: Actor("test")) }

    init() throws { db = try AppDatabase.inMemory() }

    @Test func importsElectorsHouseholdsAndCounts() throws {
        let summary = try RegisterFixture.load(db)
        #expect(summary.electors == 6)
        #expect(summary.households == 4)  // two at 1 Leith Walk; the anonymous entry has none
        #expect(summary.anonymous == 1)
        let stats = try repository.stats()
        #expect(stats.electors == 6)
        #expect(stats.households == 4)
        #expect(stats.attainers == 1)
        #expect(stats.byDistrict == ["LA": 6])
        #expect(stats.byWard == ["Leith": 6])
        #expect(stats.byMarker == ["G": 1, "N": 1])
    }

    @Test func anyBadRowMeansNothingIsWrittenAndEveryBadRowIsListed() throws {
        let rows = RegisterFixture.rows + ["LA,1,0,,,Twin,Other,EH6 5AB,8 Leith Walk,", "LA,x,0,,,A,B,,,"]
        do {
            try RegisterFixture.load(db, rows)
            Issue.record("import should fail")
        } catch let failure as ImportFailure {
            #expect(failure.badRows.map(\.line) == [8, 9])
            #expect(failure.badRows[0].reason.contains("LA-1 appears twice"))
        }
        #expect(throws: CanvassingError.noRegister) { try repository.stats() }
    }

    /// QA defect 1: a header-only file made an empty edition that replaced the real register.
    @Test func aFileWithNoElectorsIsRefusedAndLeavesNoEdition() throws {
        try RegisterFixture.load(db, edition: "2025-26")
        #expect(throws: RegisterImportError.noElectors) { try RegisterFixture.load(db, [], edition: "2026-27") }
        #expect(throws: RegisterImportError.noElectors) { try RegisterFixture.load(db, [",,,,,,,,,"], edition: "2026-27") }
        #expect(try repository.editions() == ["2025-26"])
    }

    @Test func anEditionIsImportedOnce() throws {
        try RegisterFixture.load(db)
        #expect(throws: RegisterImportError.districtAlreadyImported(district: "LA", edition: "2025-26")) {
            try RegisterFixture.load(db)
        }
    }

    @Test func alterationsAddDeleteAndChange() throws {
        try RegisterFixture.load(db)
        let file = CSVReader(
            string: """
                ElectorNumber,ElectorSurname,ElectorForename,PropertyAddress1,PropertyPostCode,Alteration
                LA-7,New,Nia,5 Leith Walk,EH6 5AB,A
                LA-3,,,,,D
                LA-4,Brown,Ann,6 Leith Walk,EH6 5AB,C
                """)
        let summary = try repository.applyAlterations(
            next: { try file.next() }, edition: nil, ward: "Leith", today: CalendarDate(iso: "2026-12-01") ?? .earliest)
        #expect(summary.electors == 1)
        #expect(summary.deleted == 1)
        #expect(summary.changed == 1)
        #expect(try repository.stats().electors == 6)
    }

    @Test func absentVotersAreMarkedAndUnknownNumbersRefused() throws {
        try RegisterFixture.load(db)
        let list = CSVReader(string: "ElectorNumber,Absent Vote Type\nLA-1,postal\nLA-2,proxy\n")
        #expect(try repository.applyAbsentVoters(next: { try list.next() }, kind: .postal, replace: false, edition: nil) == 2)
        let stats = try repository.stats()
        #expect(stats.postalVoters == 1)
        #expect(stats.proxyVoters == 1)
        let bad = CSVReader(string: "ElectorNumber\nLA-99\n")
        #expect(throws: ImportFailure.self) {
            try repository.applyAbsentVoters(next: { try bad.next() }, kind: .postal, replace: true, edition: nil)
        }
        #expect(try repository.stats().postalVoters == 1)  // the failed --replace changed nothing
    }
}
