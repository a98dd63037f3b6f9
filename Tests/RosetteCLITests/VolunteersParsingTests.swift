import ArgumentParser
import RosetteCore
import Testing
import Volunteers

@testable import RosetteCLI

/// Volunteer, activity, shift and rota commands: the script interface parses as the issue
/// fixes it, and argument-shape mistakes are usage errors (exit 64).
@Suite struct VolunteersParsingTests {
    @Test func shiftsAddTakesWallClockTimes() throws {
        let command = try RosetteCommand.parseAsRoot([
            "shifts", "add", "--activity", "1", "--start", "2026-12-05T10:00", "--end", "2026-12-05T12:00", "--min", "2",
            "--max", "4", "--json",
        ])
        let add = try #require(command as? ShiftsCommand.Add)
        #expect(add.start.iso == "2026-12-05T10:00")
        #expect(add.end.iso == "2026-12-05T12:00")
        #expect(add.min == 2 && add.max == 4 && add.json)
    }

    @Test func signupCancelAndConfirmTakeShiftThenVolunteer() throws {
        let signup = try #require(try RosetteCommand.parseAsRoot(["shifts", "signup", "12", "3", "--force"]) as? ShiftsCommand.Signup)
        #expect(signup.arguments.shift == 12 && signup.arguments.volunteer == 3 && signup.force)
        let cancel = try #require(try RosetteCommand.parseAsRoot(["shifts", "cancel", "12", "3"]) as? ShiftsCommand.Cancel)
        #expect(cancel.arguments.volunteerID == VolunteerID(rawValue: 3))
        let confirm = try #require(try RosetteCommand.parseAsRoot(["shifts", "confirm", "12", "3"]) as? ShiftsCommand.Confirm)
        #expect(confirm.arguments.shiftID == ShiftID(rawValue: 12))
    }

    @Test func attendSplitsIdLists() throws {
        let attend = try #require(
            try RosetteCommand.parseAsRoot(["shifts", "attend", "5", "--present", "1,2", "--absent", "3"]) as? ShiftsCommand.Attend)
        #expect(try ShiftsCommand.Attend.ids(attend.present, "--present") == [VolunteerID(rawValue: 1), VolunteerID(rawValue: 2)])
    }

    @Test func activityKindsAreTheIssuesList() throws {
        for kind in ["street-stall", "canvass", "leaflet", "phone-bank", "polling-day"] {
            let add = try #require(
                try RosetteCommand.parseAsRoot(["activities", "add", "--kind", kind, "--name", "N"]) as? ActivitiesCommand.Add)
            #expect(add.kind.rawValue == kind)
        }
    }

    @Test(arguments: [
        ["volunteers", "add"],
        ["volunteers", "add", "--member", "3", "--name", "Sam"],
        ["volunteers", "add", "--member", "3", "--phone", "07700 900123"],
        ["volunteers", "edit", "3"],
        ["volunteers", "away", "3", "--from", "2026-12-10", "--to", "2026-12-01"],
        ["volunteers", "stats", "--quiet-after", "0"],
        ["activities", "add", "--kind", "bake-sale", "--name", "N"],
        ["shifts", "add", "--activity", "1", "--start", "2026-12-05 10:00", "--end", "2026-12-05T12:00"],
        ["shifts", "add", "--activity", "1", "--start", "5/12/2026T10:00", "--end", "2026-12-05T12:00"],
        ["shifts", "signup", "12"],
        ["shifts", "signup", "x", "3"],
        ["shifts", "attend", "5"],
        ["shifts", "attend", "5", "--present", "1,x"],
        ["shifts", "attend", "5", "--present", "1,2", "--absent", "2"],
        ["shifts", "gaps", "--within", "-1"],
        ["rota", "--week", "next week"],
    ])
    func badArgumentsAreUsageErrors(_ arguments: [String]) {
        do {
            _ = try RosetteCommand.parseAsRoot(arguments)
            Issue.record("expected \(arguments) to be refused")
        } catch {
            #expect(RosetteCommand.exitCode(for: error) == .validationFailure)
        }
    }

    @Test func everyNewCommandHasAnExampleWithinTheWidth() {
        let commands: [any ParsableCommand.Type] = [
            VolunteersCommand.self, VolunteersCommand.Add.self, VolunteersCommand.List.self, VolunteersCommand.Show.self,
            VolunteersCommand.Edit.self, VolunteersCommand.Away.self, VolunteersCommand.Consent.self,
            VolunteersCommand.Shifts.self, VolunteersCommand.Stats.self, ActivitiesCommand.self, ActivitiesCommand.Add.self,
            ActivitiesCommand.List.self, ActivitiesCommand.Show.self, ShiftsCommand.self, ShiftsCommand.Add.self,
            ShiftsCommand.List.self, ShiftsCommand.Show.self, ShiftsCommand.Signup.self, ShiftsCommand.Cancel.self,
            ShiftsCommand.Confirm.self, ShiftsCommand.Attend.self, ShiftsCommand.Gaps.self, ShiftsCommand.Reminders.self,
            RotaCommand.self,
        ]
        for command in commands {
            let discussion = command.configuration.discussion
            #expect(discussion.contains("Example"), "\(command)")
            for line in discussion.split(separator: "\n") { #expect(line.count <= 76, "\(command): \(line)") }
        }
    }
}
