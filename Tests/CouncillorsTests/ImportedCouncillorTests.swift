import Councillors
import Members
import RosetteCore
import Testing

@Suite struct ImportedCouncillorTests {
    let header = ["Name", "Council", "Ward", "Party", "Elected On", "email"]

    @Test func aGoodRowParses() throws {
        let layout = try CouncillorFileLayout(header: header)
        let row = try ImportedCouncillor.parse(
            ["Ann Example", "3", "North", "lab", "2022-05-05", "ann@example.org"], layout: layout,
            today: day("2026-01-01")
        ).get()
        #expect(row.council == "3")
        #expect(row.details.electedOn == day("2022-05-05"))
    }

    @Test(arguments: [
        (["", "3", "North", "lab", "2022-05-05", ""], "name is empty"),
        (["A B", "3", "North", "lab", "5/5/2022", ""], "elected_on is not valid"),
        (["A B", "3", "North", "lab", "2027-05-05", ""], "in the future"),
        (["A B", "3", "North", "", "2022-05-05", ""], "party is empty"),
        (["A B", "3", "North", "lab", "2022-05-05", "not-an-email"], "email"),
    ])
    func badRowsSayWhy(_ fields: [String], _ reason: String) throws {
        let layout = try CouncillorFileLayout(header: header)
        guard case .failure(let problems) = ImportedCouncillor.parse(fields, layout: layout, today: day("2026-01-01"))
        else {
            Issue.record("accepted a bad row")
            return
        }
        #expect(problems.description.contains(reason))
    }

    @Test func aHeaderWithoutRequiredColumnsIsRefused() {
        #expect(throws: CouncillorImportError.self) { try CouncillorFileLayout(header: ["Name", "Ward"]) }
    }
}
