import Foundation
import Testing

/// `rosette elections timetable`: its JSON contract (scripts depend on it) and its errors.
@Suite struct TimetableCommandTests {
    @Test func jsonFollowsTheContractAndNeedsNoDatabase() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let outcome = try rosette.run(
            ["elections", "timetable", "--kind", "local", "--nation", "england", "--poll-date", "2026-05-07", "--json"],
            environment: ["ROSETTE_DB": "/proc/no-database-here/x.sqlite3"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "local")
        #expect(object["nation"] as? String == "england")
        #expect(object["poll_date"] as? String == "2026-05-07")
        let deadlines = try #require(object["deadlines"] as? [[String: Any]])
        #expect(!deadlines.isEmpty)
        for deadline in deadlines {
            for key in ["key", "date", "time", "title", "rule", "source", "provisional"] {
                #expect(deadline.keys.contains(key), "missing \(key)")
            }
            #expect(deadline["time"] is String || deadline["time"] is NSNull)
            #expect(deadline["provisional"] is Bool)
        }
        let nominations = try #require(deadlines.first { $0["key"] as? String == "close_of_nominations" })
        #expect(nominations["time"] as? String == "16:00")
        let dates = deadlines.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted())
    }

    @Test func impossibleRequestsAreBadData() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let wrongNation = try rosette.run(["elections", "timetable", "--kind", "senedd", "--nation", "scotland", "--poll-date", "2026-05-07"])
        #expect(wrongNation.status == 65)
        #expect(wrongNation.stderr.hasPrefix("Error: "))
        let badKind = try rosette.run(["elections", "timetable", "--kind", "council", "--poll-date", "2026-05-07"])
        #expect(badKind.status == 64)
        let badDate = try rosette.run(["elections", "timetable", "--kind", "local", "--nation", "england", "--poll-date", "2026-05-32"])
        #expect(badDate.status == 64)
    }

    @Test func aDayOfMourningMovesDeadlinesAtOnce() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let base = ["elections", "timetable", "--kind", "local", "--nation", "england", "--poll-date", "2026-05-07", "--json"]
        let plain = try rosette.run(base)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        let deadlines = try #require(object["deadlines"] as? [[String: Any]])
        let nominations = try #require(deadlines.first { $0["key"] as? String == "close_of_nominations" }?["date"] as? String)
        let mourning = try rosette.run(base + ["--exclude-day", nominations])
        #expect(mourning.status == 0)
        #expect(mourning.stdout != plain.stdout)
        #expect(!mourning.stdout.contains("\"date\" : \"\(nominations)\",\n      \"key\" : \"close_of_nominations\""))
    }
}
