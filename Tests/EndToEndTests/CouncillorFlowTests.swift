import Foundation
import Testing

/// Councils, councillors, defections and vacancies through the real binary, including the keys
/// scripts depend on and bad input that must change nothing.
@Suite struct CouncillorFlowTests {
    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func scriptedInterfaceAndAsOfComposition() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        #expect(try rosette.run(["parties", "add", "--name", "Rosette Party", "--short", "rosette"]).status == 0)
        #expect(try rosette.run(["parties", "ours", "rosette"]).status == 0)
        let council = try rosette.run(["councils", "add", "--name", "Stroud", "--tier", "district", "--nation", "england", "--json"])
        #expect(council.status == 0, "\(council.stderr)")
        let councilID = try #require((try json(council.stdout) as? [String: Any])?["id"] as? Int)
        #expect(try rosette.run(["councils", "ward", "\(councilID)", "--name", "Slade", "--seats", "2"]).status == 0)
        let added = try rosette.run([
            "councillors", "add", "--name", "Jo Bloggs", "--council", "\(councilID)", "--ward", "Slade", "--party", "lab",
            "--elected-on", "2022-05-05", "--json",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let councillorID = try #require((try json(added.stdout) as? [String: Any])?["id"] as? Int)
        let defected = try rosette.run([
            "defections", "record", "--councillor", "\(councillorID)", "--to", "rosette", "--effective", "2026-03-02",
        ])
        #expect(defected.status == 0, "\(defected.stderr)")

        let before = try rosette.run(["councils", "show", "\(councilID)", "--as-of", "2022-06-01", "--json"])
        let beforeShares = try #require((try json(before.stdout) as? [String: Any])?["composition"] as? [[String: Any]])
        #expect(beforeShares.first?["party"] as? String == "lab")
        #expect(beforeShares.first?["seats"] as? Int == 1)
        let after = try rosette.run(["councils", "show", "\(councilID)", "--as-of", "2026-03-02", "--json"])
        let afterShares = try #require((try json(after.stdout) as? [String: Any])?["composition"] as? [[String: Any]])
        #expect(afterShares.first?["party"] as? String == "rosette")

        let list = try rosette.run(["defections", "list", "--json"])
        let rows = try #require(try json(list.stdout) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["councillor_id"] as? Int == councillorID)
        #expect(rows.first?["from_party"] as? String == "lab")
        #expect(rows.first?["to_party"] as? String == "rosette")
        #expect(rows.first?["effective_on"] as? String == "2026-03-02")
        let timeline = try rosette.run(["defections", "timeline", "--since", "2026-01-01"])
        #expect(timeline.stdout.contains("2026-03") && timeline.stdout.contains("#"))
    }

    @Test func badInputChangesNothing() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        _ = try rosette.run(["councils", "add", "--name", "Stroud", "--tier", "district", "--nation", "england"])
        _ = try rosette.run([
            "councillors", "add", "--name", "Jo Bloggs", "--council", "1", "--ward", "Slade", "--party", "lab",
            "--elected-on", "2022-05-05",
        ])
        let typo = try rosette.run(["defections", "record", "--councillor", "1", "--to", "Labor", "--effective", "2026-03-02"])
        #expect(typo.status == 65)
        #expect(typo.stderr.contains("rosette parties add"))
        let early = try rosette.run(["defections", "record", "--councillor", "1", "--to", "ind", "--effective", "2021-03-02"])
        #expect(early.status == 65)
        let future = try rosette.run(["defections", "record", "--councillor", "1", "--to", "ind", "--effective", "2027-03-02"])
        #expect(future.status == 65)
        let unknown = try rosette.run(["defections", "record", "--councillor", "9", "--to", "ind", "--effective", "2026-03-02"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("no councillor 9"))
        #expect(try rosette.run(["councils", "show", "7"]).status == 65)
        #expect(try rosette.run(["defections", "list", "--json"]).stdout == "[]\n")

        let file = try rosette.write(
            "councillors.csv",
            "name,council,ward,party,elected_on\nAnn One,1,North,con,2022-05-05\nBob Two,1,North,Labor,2022-05-05\n"
                + "Cat Three,1,East,lab,05/05/2022\n")
        let imported = try rosette.run(["councillors", "import", file])
        #expect(imported.status == 65)
        #expect(imported.stderr.contains("line 3:"))
        #expect(imported.stderr.contains("line 4:"))
        #expect(!imported.stderr.contains("line 2:"))
        let listed = try rosette.run(["councillors", "list", "--json"])
        #expect((try json(listed.stdout) as? [Any])?.count == 1)
    }

    @Test func vacancyToByElection() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        _ = try rosette.run([
            "councils", "add", "--name", "Stroud", "--tier", "district", "--nation", "england", "--next-election", "2028-05-04",
        ])
        _ = try rosette.run([
            "councillors", "add", "--name", "Jo Bloggs", "--council", "1", "--ward", "Slade", "--party", "lab",
            "--elected-on", "2022-05-05",
        ])
        let recorded = try rosette.run([
            "vacancies", "record", "--councillor", "1", "--reason", "resignation", "--notice-on", "2026-11-02", "--json",
        ])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let plan = try #require(try json(recorded.stdout) as? [String: Any])
        #expect(plan["route"] as? String == "by-election-if-requested")
        #expect(plan["provisional"] as? Bool == true)
        #expect(plan["open_questions"] as? [Int] == [15])
        let created = try rosette.run(["vacancies", "create-election", "1", "--json"])
        #expect(created.status == 0, "\(created.stderr)")
        let electionID = try #require((try json(created.stdout) as? [String: Any])?["election_id"] as? Int)
        #expect(try rosette.run(["elections", "show", "\(electionID)"]).status == 0)
        #expect(try rosette.run(["vacancies", "create-election", "1"]).status == 65)
    }
}
