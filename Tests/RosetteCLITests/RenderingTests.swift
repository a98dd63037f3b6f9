import Members
import RosetteCore
import Testing

@testable import RosetteCLI

@Suite struct RenderingTests {
    @Test func tableAlignsColumns() {
        var table = TextTable("ID", "Name")
        table.append(["1", "Ada"])
        table.append(["100", "Grace Hopper"])
        #expect(table.render() == "ID   Name\n---  ------------\n1    Ada\n100  Grace Hopper")
    }

    @Test func emptyJSONArrayIsCompact() throws {
        #expect(try JSONOutput.string([Int]()) == "[]")
    }

    @Test func memberJSONWritesNullsForUnknowns() throws {
        let today = CalendarDate(dayNumber: 20_417)
        var changes = MemberChanges()
        changes.firstName = "Ada"
        changes.lastName = "Byron"
        let member = Member(id: MemberID(rawValue: 1), details: try changes.newDetails(today: today))
        let text = try JSONOutput.compact(MemberJSON(member, roles: [], today: today, gracePeriodDays: 30))
        #expect(text.contains(#""date_of_birth":null"#))
        #expect(text.contains(#""email":null"#))
        #expect(text.contains(#""status":"pending""#))
    }

    @Test func percentFromPerMille() {
        #expect(MemberStatsText.percent(125) == "12.5")
        #expect(MemberStatsText.percent(1000) == "100.0")
        #expect(MemberStatsText.percent(7) == "0.7")
    }
}
