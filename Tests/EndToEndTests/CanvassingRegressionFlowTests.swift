import Foundation
import Testing

/// The QA tester's canvassing defects through the real binary (numbered as in the QA report).
@Suite struct CanvassingRegressionFlowTests {
    static let header = "ElectorNumber,ElectorSurname,ElectorForename,PropertyAddress1,PropertyPostCode"

    func loaded() throws -> RosetteProcess {
        try RosetteProcess.withRegister(
            Self.header + "\nLA-1,Smith,John,1 Leith Walk,EH6 5AB\nLA-2,Smith,Mary,1 Leith Walk,EH6 5AB\n",
            file: "register.csv", edition: "2025-26")
    }

    /// 1: a header-only file is refused and the real register stays current.
    @Test func anEmptyRegisterFileIsRefused() throws {
        let rosette = try loaded()
        defer { rosette.cleanUp() }
        let empty = try rosette.write("empty.csv", Self.header + "\n")
        let refused = try rosette.run(["register", "import", empty, "--edition", "2026-27"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("the file has no electors"))
        #expect(try rosette.run(["canvass", "walklist", "--district", "LA", "--format", "json"]).stdout.contains("LA-1"))
    }

    /// 4: wards match whatever the case; an unknown ward or district is exit 65.
    @Test func wardsIgnoreCaseAndUnknownAreasFail() throws {
        let rosette = try loaded()
        defer { rosette.cleanUp() }
        let lower = try rosette.run(["canvass", "walklist", "--ward", "leith", "--format", "json"])
        #expect(lower.status == 0)
        #expect(lower.stdout.contains("LA-2"))
        let unknown = try rosette.run(["canvass", "walklist", "--ward", "Lieth"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("Lieth"))
        #expect(try rosette.run(["canvass", "knockup", "--district", "ZZ"]).status == 65)
    }

    /// 5 and 8: an absent-voters list with other districts' rows is applied to ours, and the
    /// knock-up JSON carries postal voters with absent_vote set.
    @Test func postalVotersFromACouncilWideListReachTheKnockUpJSON() throws {
        let rosette = try loaded()
        defer { rosette.cleanUp() }
        let list = try rosette.write("postal.csv", "ElectorNumber\nLA-2\nZB-1\nZB-2\n")
        let applied = try rosette.run(["register", "absent-voters", list])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stderr.contains("Skipped 2 rows"))
        for number in ["LA-1", "LA-2"] {
            #expect(try rosette.run(["canvass", "log", number, "--outcome", "spoke", "--support", "1", "--on", "2026-11-20"]).status == 0)
        }
        let knockup = try rosette.run(["canvass", "knockup", "--ward", "Leith", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(knockup.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["elector_number"] as? String } == ["LA-1", "LA-2"])
        #expect(rows.map { $0["absent_vote"] as? String } == [nil, "postal"])
    }
}

extension CanvassingRegressionFlowTests {
    static let sqlite = "/usr/bin/sqlite3"

    /// 10: a hand-edited tally is reported by `doctor` (exit non-zero), naming the district.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: sqlite)))
    func doctorComparesTalliesWithAttempts() throws {
        let rosette = try loaded()
        defer { rosette.cleanUp() }
        #expect(try rosette.run(["canvass", "log", "LA-1", "--outcome", "not-in"]).status == 0)
        #expect(try rosette.run(["doctor"]).status == 0)
        let edit = Process()
        edit.executableURL = URL(fileURLWithPath: Self.sqlite)
        edit.arguments = [rosette.database, "UPDATE canvassTally SET attempts = attempts + 4 WHERE attemptedOn = ''"]
        try edit.run()
        edit.waitUntilExit()
        #expect(edit.terminationStatus == 0)
        let doctor = try rosette.run(["doctor"])
        #expect(doctor.status != 0)
        #expect((doctor.stdout + doctor.stderr).contains("polling district LA count 5 attempts but 1 is stored"))
    }
}
