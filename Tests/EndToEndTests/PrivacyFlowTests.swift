import Foundation
import Testing

/// Issue 9's "done when": a person in every module, found by a subject access request, erased,
/// and then absent from the raw database file, while legally kept records and counts survive.
@Suite("Privacy end to end")
struct PrivacyFlowTests {
    /// What only Zelda's records hold; none may remain in the file after her erasure.
    static let personal = [
        "zelda.quill@example.org", "zelda.council@example.org", "+447700900987", "+447700900988", "7 Quill Lane",
        "1980-02-29", "Prefers Gaelic", "PG-987", "Quillward",
    ]

    func expectOK(_ rosette: RosetteProcess, _ arguments: [String]) throws -> RosetteProcess.Outcome {
        let outcome = try rosette.run(arguments)
        #expect(outcome.status == 0, "\(arguments.joined(separator: " ")): \(outcome.stderr)")
        return outcome
    }

    /// Zelda: member, volunteer, councillor, donor, candidate, nomination subscriber, suppressed phone.
    func seed(_ rosette: RosetteProcess) throws {
        _ = try expectOK(rosette, [
            "members", "add", "--first-name", "Zelda", "--last-name", "Quillfeather", "--email", "zelda.quill@example.org",
            "--phone", "07700 900987", "--postcode", "EH6 5AB", "--address", "7 Quill Lane, Leith",
            "--date-of-birth", "1980-02-29", "--joined-on", "2025-01-10", "--notes", "Prefers Gaelic",
        ])
        _ = try expectOK(rosette, ["members", "add", "--first-name", "Ada", "--last-name", "Byron", "--joined-on", "2025-02-01"])
        _ = try expectOK(rosette, ["members", "renew", "1", "--until", "2027-11-30", "--amount-pence", "1200"])
        _ = try expectOK(rosette, ["members", "consent", "1", "--channel", "email", "--given", "--method", "form"])
        _ = try expectOK(rosette, ["volunteers", "add", "--member", "1", "--skill", "driver", "--ward", "Quillward"])
        _ = try expectOK(rosette, ["councils", "add", "--name", "Wyvern County Council", "--tier", "county", "--nation", "england"])
        _ = try expectOK(rosette, ["councils", "ward", "1", "--name", "Haddon", "--seats", "2"])
        _ = try expectOK(rosette, [
            "councillors", "add", "--name", "Zelda Quillfeather", "--council", "1", "--ward", "Haddon", "--party", "con",
            "--elected-on", "2025-05-01", "--member", "1", "--email", "zelda.council@example.org", "--phone", "07700 900988",
        ])
        _ = try expectOK(rosette, ["finance", "donors", "add", "--kind", "individual", "--name", "Zelda Quillfeather"])
        _ = try expectOK(rosette, ["finance", "donations", "add", "--donor", "1", "--amount", "£600.00", "--received", "2026-11-01"])
        _ = try expectOK(rosette, [
            "elections", "add", "--name", "Pilrig by-election", "--kind", "local", "--nation", "scotland",
            "--poll-date", "2027-03-04", "--area", "Pilrig", "--candidate-member", "1",
        ])
        _ = try expectOK(rosette, [
            "forms", "subscribers", "add", "--election", "1", "--name", "Zelda Quillfeather", "--elector-number", "PG-987",
            "--role", "proposer",
        ])
        _ = try expectOK(rosette, ["consent", "suppress", "--phone", "07700 900988"])
    }

    /// The database file and its write-ahead log, as raw bytes decoded leniently.
    func rawFile(_ rosette: RosetteProcess) throws -> String {
        var text = ""
        for suffix in ["", "-wal"] {
            if let data = FileManager.default.contents(atPath: rosette.database + suffix) {
                text += String(decoding: data, as: UTF8.self)
            }
        }
        return text
    }

    @Test("SAR finds her everywhere; erasure leaves nothing personal in the file, keeps donations and counts")
    func findAndErase() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        try seed(rosette)
        let before = try expectOK(rosette, ["members", "stats", "--json"]).stdout

        let sar = try expectOK(rosette, ["people", "sar", "--email", "ZELDA.QUILL@example.org", "--out", "zelda.json", "--json"])
        for table in [
            "\"member\"", "\"duesPayment\"", "\"contactConsent\"", "\"volunteer\"", "\"volunteerSkill\"", "\"councillor\"",
            "\"donor\"", "\"donation\"", "\"election\"", "\"nominationSubscriber\"", "\"suppression\"", "\"auditEntry\"",
        ] {
            #expect(sar.stdout.contains(table), "SAR summary lacks \(table)")
        }
        let file = try rosette.read("zelda.json")
        for value in Self.personal { #expect(file.contains(value), "SAR file lacks \(value)") }
        #expect(try rosette.mode(rosette.folder.appendingPathComponent("zelda.json").path) == 0o600)

        let dry = try expectOK(rosette, ["people", "erase", "--member", "1", "--dry-run"])
        #expect(dry.stdout.contains("dry run"))
        #expect(try rawFile(rosette).contains("zelda.quill@example.org"))

        let erased = try expectOK(rosette, ["people", "erase", "--member", "1", "--json"])
        #expect(erased.stdout.contains("PPERA 2000 s.41"))
        #expect(erased.stdout.contains("\"kept_until\" : \"2032-12-31\""))

        let raw = try rawFile(rosette)
        for value in Self.personal { #expect(!raw.contains(value), "the database file still holds \(value)") }
        #expect(raw.contains("Zelda Quillfeather"), "the kept donor record is in the file")
        // Her name survives only in the donation record the law requires.
        let donors = try expectOK(rosette, ["people", "sar", "--donor", "1", "--out", "donor.json", "--json"]).stdout
        #expect(donors.contains("\"donation\""))
        #expect(try rosette.read("donor.json").contains("Zelda Quillfeather"))
        #expect(try expectOK(rosette, ["finance", "donations", "list", "--json"]).stdout.contains("60000"))

        // Counts: she still counts as a member who joined in January 2025, now resigned.
        let after = try expectOK(rosette, ["members", "stats", "--json"]).stdout
        #expect(Self.total(before) == 2 && Self.total(after) == 2)
        #expect(try rosette.run(["councillors", "list", "--json"]).stdout.contains("Erased councillor"))
        let audit = try expectOK(rosette, ["audit", "--record", "member:1", "--json"]).stdout
        #expect(audit.contains("\"erase\""))
        #expect(try rosette.run(["people", "sar", "--email", "zelda.quill@example.org", "--out", "x.json"]).status == 65)
    }

    static func total(_ json: String) -> Int? {
        guard let data = json.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object["total"] as? Int
    }

    @Test("contact lists leave out the do-not-contact list; an opt-out import is all or nothing")
    func suppression() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        for (first, email) in [("Ann", "ann@example.org"), ("Bob", "bob@example.org")] {
            _ = try expectOK(rosette, [
                "members", "add", "--first-name", first, "--last-name", "Lee", "--email", email, "--joined-on", "2026-01-01",
            ])
        }
        for id in ["1", "2"] {
            _ = try expectOK(rosette, ["members", "renew", id, "--until", "2027-01-01", "--amount-pence", "0"])
            _ = try expectOK(rosette, ["members", "consent", id, "--channel", "email", "--given"])
        }
        let bad = try rosette.write("bad.csv", "Email Address,Name,Postcode\nbob@example.org,,\nnot-an-email,,\n,Cy Lee,\n")
        let refused = try rosette.run(["consent", "import", bad])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("line 3: email is not an email address"))
        #expect(refused.stderr.contains("line 4: a name needs a postcode"))
        #expect(try rosette.run(["consent", "list", "--json"]).stdout == "[]\n")

        let good = try rosette.write("good.csv", "Email Address,Mobile\nBOB@example.org,\n,07700 900111\n")
        #expect(try expectOK(rosette, ["consent", "import", good, "--json"]).stdout.contains("\"added\" : 2"))
        let list = try expectOK(rosette, ["members", "export", "--contactable", "email", "--out", "mail.csv"])
        let mailing = try rosette.read("mail.csv")
        #expect(mailing.hasPrefix("id,first_name,last_name,email\r\n"))
        #expect(mailing.contains("ann@example.org") && !mailing.contains("bob@example.org"))
        #expect(list.stderr.contains("1 on the do-not-contact list left out"))
        #expect(try expectOK(rosette, ["consent", "export"]).stdout.contains("email,bob@example.org"))
    }
}
