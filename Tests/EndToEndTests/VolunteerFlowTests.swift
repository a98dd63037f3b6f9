import Foundation
import Testing

/// The volunteers interface scripts depend on, through the real binary: created records under
/// --json, booked or waitlisted (exit 0), a clash (exit 65, naming the shift), bad input that
/// changes nothing, and a calendar file that is private and stable.
@Suite struct VolunteerFlowTests {
    static func id(_ json: String) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return nil }
        return object["id"] as? Int
    }

    @Test func signupLifeCycleAndClashes() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let sam = try rosette.run(["volunteers", "add", "--name", "Sam Reid", "--phone", "07700 900123", "--json"])
        #expect(sam.status == 0, "\(sam.stderr)")
        #expect(Self.id(sam.stdout) == 1)
        _ = try rosette.run(["volunteers", "add", "--name", "Ann Lee"])
        let activity = try rosette.run(["activities", "add", "--kind", "street-stall", "--name", "Saturday stall", "--json"])
        #expect(Self.id(activity.stdout) == 1)
        let shift = try rosette.run([
            "shifts", "add", "--activity", "1", "--start", "2026-12-05T10:00", "--end", "2026-12-05T12:00", "--min", "1",
            "--max", "1", "--json",
        ])
        #expect(Self.id(shift.stdout) == 1, "\(shift.stderr)")
        _ = try rosette.run(["shifts", "add", "--activity", "1", "--start", "2026-12-05T11:00", "--end", "2026-12-05T13:00"])

        let booked = try rosette.run(["shifts", "signup", "1", "1"])
        #expect(booked.status == 0)
        #expect(booked.stdout.contains("Booked"))
        let waitlisted = try rosette.run(["shifts", "signup", "1", "2"])
        #expect(waitlisted.status == 0)
        #expect(waitlisted.stdout.contains("waiting list"))
        let clash = try rosette.run(["shifts", "signup", "2", "1"])
        #expect(clash.status == 65)
        #expect(clash.stderr.contains("overlaps shift 1"))
        #expect(!clash.stderr.contains("Sam"))

        let cancel = try rosette.run(["shifts", "cancel", "1", "1"])
        #expect(cancel.stdout.contains("Volunteer 2 moves up"))
        let show = try rosette.run(["shifts", "show", "1", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let signups = try #require(object["signups"] as? [[String: Any]])
        #expect(signups.map { $0["status"] as? String } == ["cancelled", "signed_up"])
        #expect(signups.map { $0["volunteer_id"] as? Int } == [1, 2])
        #expect(try rosette.run(["shifts", "confirm", "1", "2"]).status == 0)
    }

    @Test func badInputIsRefusedAndChangesNothing() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        _ = try rosette.run(["activities", "add", "--kind", "canvass", "--name", "Doors"])
        let cases: [([String], String)] = [
            (["shifts", "add", "--activity", "9", "--start", "2026-12-05T10:00", "--end", "2026-12-05T12:00"], "no activity 9"),
            (["shifts", "add", "--activity", "1", "--start", "2026-12-05T12:00", "--end", "2026-12-05T10:00"], "must end after it starts"),
            (["shifts", "add", "--activity", "1", "--start", "2026-12-05T10:00", "--end", "2026-12-05T10:00"], "must end after it starts"),
            (["shifts", "add", "--activity", "1", "--start", "2026-12-05T10:00", "--end", "2026-12-05T12:00", "--min", "3", "--max", "2"], "below the minimum"),
            (["shifts", "add", "--activity", "1", "--start", "2027-03-28T01:30", "--end", "2027-03-28T03:00"], "does not exist"),
            (["shifts", "signup", "4", "1"], "no shift 4"),
        ]
        for (arguments, message) in cases {
            let outcome = try rosette.run(arguments)
            #expect(outcome.status == 65, "\(arguments)")
            #expect(outcome.stderr.contains(message), "\(arguments): \(outcome.stderr)")
        }
        // A negative number is read and refused as a usage error, not "Missing value".
        let negative = try rosette.run([
            "shifts", "add", "--activity", "1", "--start", "2026-12-05T10:00", "--end", "2026-12-05T12:00", "--min", "-1",
        ])
        #expect(negative.status == 64)
        #expect(negative.stderr.contains("--min must be 0 or more"), "\(negative.stderr)")
        // The same supporter twice is refused like a duplicate member.
        #expect(try rosette.run(["volunteers", "add", "--name", "Sam Reid", "--phone", "07700 900555"]).status == 0)
        let twin = try rosette.run(["volunteers", "add", "--name", "sam reid", "--phone", "07700900555"])
        #expect(twin.status == 65)
        #expect(twin.stderr.contains("already volunteer 1"), "\(twin.stderr)")
        #expect(try rosette.run(["shifts", "list", "--json"]).stdout == "[]\n")
        let repeated = try rosette.run([
            "shifts", "add", "--activity", "1", "--start", "2026-10-25T01:30", "--end", "2026-10-25T03:00",
        ])
        #expect(repeated.status == 0)
        #expect(repeated.stderr.contains("taken as the first (BST"))
    }

    @Test func rotaCalendarIsPrivateWithStableUids() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        _ = try rosette.run(["activities", "add", "--kind", "street-stall", "--name", "Stall"])
        _ = try rosette.run([
            "shifts", "add", "--activity", "1", "--start", "2026-12-05T10:00", "--end", "2026-12-05T12:30",
            "--weekly-until", "2026-12-12",
        ])
        let rota = try rosette.run(["rota", "--week", "2026-12-05", "--ics", "rota.ics"])
        #expect(rota.status == 0, "\(rota.stderr)")
        let path = rosette.folder.appendingPathComponent("rota.ics").path
        #expect(try rosette.mode(path) == 0o600)
        let first = try rosette.read("rota.ics")
        #expect(first.contains("UID:shift-1@rosette"))
        #expect(!first.contains("UID:shift-2@rosette"))
        #expect(first.contains("DTSTART;TZID=Europe/London:20261205T100000"))
        #expect(first.contains("DURATION:PT150M"))
        _ = try rosette.run(["rota", "--week", "2026-12-05", "--ics", "rota.ics"])
        let uids = { (text: String) in text.split(separator: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(try rosette.read("rota.ics")) == uids(first))
    }
}
