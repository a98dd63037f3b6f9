import Canvassing
import RosetteCore
import Testing

/// A returned sheet's name against the register's, and codes typed with accents.
@Suite struct SheetNameTests {
    @Test(arguments: [
        ("Amy Adams", "Amy", "Adams", true),
        ("ADAMS, Amy", "Amy", "Adams", true),
        ("Amy J Adams", "Amy Jane", "Adams", true),
        ("A Adams", "Amy", "Adams", true),
        ("Seán Ó Súilleabháin", "Sean", "O Suilleabhain", true),
        ("Mary O'Brien", "Mary", "OBrien", true),
        ("Adams", "Amy", "Adams", true),
        ("Ned Newman", "Amy", "Adams", false),
        ("Bob Adams", "Amy", "Adams", false),
        ("Amy", "Amy", "Adams", false),
        ("Amy Adams", nil, nil, false),
    ] as [(String, String?, String?, Bool)])
    func theSheetsNameMustBeTheRegisters(sheet: String, forename: String?, surname: String?, same: Bool) {
        #expect(SheetName.matches(sheet, forename: forename, surname: surname) == same)
    }

    @Test func accentsFoldIntoOneCode() throws {
        let contact = try CanvassContact.validated(
            id: "123e4567-e89b-42d3-a456-426614174000", elector: try RegisterNumber(parsing: "LA-1"),
            on: CalendarDate(iso: "2026-11-25") ?? .earliest, canvasser: "Ada", method: .door, outcome: .spoke,
            support: nil, intention: "Sinn Féin", previousVote: nil, issues: [], message: nil, asks: [], notes: nil)
        #expect(contact.intentions.answers == ["westminster": "sinn-fein"])
    }

    @Test func aColumnForAnElectionNotAskedAboutRefusesTheFile() {
        for header in ["Scottish VI", "intention_mayor", "Local Vote Intention"] {
            #expect(throws: RegisterImportError.self) {
                try CanvassFileLayout(
                    header: ["elector_number", "date", "canvasser", "outcome", header], electionTypes: ["local"])
            }
        }
    }

    @Test func aBadCellSaysWhatWasExpected() throws {
        let layout = try CanvassFileLayout(header: ["elector_number", "date", "canvasser", "outcome"])
        guard case .failure(let problems) = CanvassContact.parse(["LA-1", "21/11/2026", "Ada", "DNC"], layout: layout)
        else {
            Issue.record("expected the row to be refused")
            return
        }
        #expect(problems.description.contains("YYYY-MM-DD"))
        #expect(problems.description.contains("do-not-contact"))
    }
}
