import Members
import RosetteCore
import Testing

@Suite struct MemberFileLayoutTests {
    @Test func recognisesCRMHeaderSpellings() throws {
        let layout = try MemberFileLayout(header: [
            "First Name", "Surname", "Email Address", "Mobile", "Zip", "DOB", "Date Joined", "Local Party",
            "Membership Type", "Favourite Colour",
        ])
        #expect(layout.indexes[.firstName] == 0)
        #expect(layout.indexes[.lastName] == 1)
        #expect(layout.indexes[.email] == 2)
        #expect(layout.indexes[.phone] == 3)
        #expect(layout.indexes[.postcode] == 4)
        #expect(layout.indexes[.dateOfBirth] == 5)
        #expect(layout.indexes[.joinedOn] == 6)
        #expect(layout.indexes[.branch] == 7)
        #expect(layout.indexes[.membershipType] == 8)
        #expect(layout.ignoredHeaders == ["Favourite Colour"])
    }

    @Test func explicitMapWins() throws {
        let layout = try MemberFileLayout(
            header: ["Given", "Family", "Type"], explicitMap: ["Given": "first_name", "Family": "last_name"])
        #expect(layout.indexes[.firstName] == 0)
        #expect(layout.indexes[.lastName] == 1)
        #expect(layout.indexes[.membershipType] == 2)
    }

    @Test func exportOnlyColumnsAreNotRead() throws {
        let layout = try MemberFileLayout(header: MemberExport.header)
        #expect(layout.indexes[.id] == 0)  // read back to recognise the exported member
        #expect(layout.indexes[.status] == nil)
        #expect(layout.ignoredHeaders.isEmpty)
    }

    @Test(arguments: [
        (["email"], ["first_name", "last_name"]),
        (["first_name", "last_name", "Surname"], ["two columns give last_name"]),
    ])
    func rejectsUnusableHeaders(_ pair: ([String], [String])) {
        do {
            _ = try MemberFileLayout(header: pair.0)
            Issue.record("expected a header error")
        } catch let MemberImportError.header(problems) {
            for expected in pair.1 { #expect(problems.joined().contains(expected)) }
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func mapNamingAMissingHeaderOrUnknownFieldFails() {
        #expect(throws: MemberImportError.self) {
            try MemberFileLayout(header: ["a", "b"], explicitMap: ["Nope": "first_name"])
        }
        #expect(throws: MemberImportError.self) {
            try MemberFileLayout(header: ["first_name", "last_name", "x"], explicitMap: ["x": "shoe_size"])
        }
    }
}

@Suite struct ImportedMemberTests {
    let today = CalendarDate(dayNumber: 20_417)

    func layout() throws -> MemberFileLayout {
        try MemberFileLayout(header: [
            "first_name", "last_name", "email", "phone", "postcode", "date_of_birth", "joined_on", "ended_on",
            "end_reason", "notes",
        ])
    }

    @Test func parsesAGoodRow() throws {
        let result = ImportedMember.parse(
            ["Ada", "Byron", "ada@example.org", "'+447700900123", "eh6 5ab", "1990-12-10", "2025-01-01", "", "",
             "'=1+1"],
            layout: try layout(), defaultJoinedOn: today)
        let member = try result.get()
        #expect(member.details.phone?.e164 == "+447700900123")  // neutralised cell restored
        #expect(member.details.notes == "=1+1")
        #expect(member.details.postcode?.normalised == "EH6 5AB")
        #expect(member.details.joinedOn.iso == "2025-01-01")
    }

    @Test func reportsEveryProblemInARow() throws {
        let result = ImportedMember.parse(
            ["", "Byron", "bad@", "12", "nowhere", "31/12/1990", "2025-13-01", "2025-01-01", "", ""],
            layout: try layout(), defaultJoinedOn: today)
        guard case .failure(let problems) = result else {
            Issue.record("expected failure")
            return
        }
        #expect(problems.reasons.count == 8)  // incl. ended_on before the (defaulted) joined_on
        #expect(problems.description.contains("first_name is empty"))
        #expect(problems.description.contains("ended_on and end_reason must be given together"))
    }

    @Test func shortRowsAreEmptyCells() throws {
        let member = try ImportedMember.parse(["Ada", "Byron"], layout: try layout(), defaultJoinedOn: today).get()
        #expect(member.details.email == nil)
        #expect(member.details.joinedOn == today)
    }
}

@Suite struct MemberExportTests {
    @Test func neutralisesFormulaCells() throws {
        let today = CalendarDate(dayNumber: 20_417)
        var changes = MemberChanges()
        changes.firstName = "=HYPERLINK(\"http://x\")"
        changes.lastName = "@SUM(A1)"
        changes.phone = "+44 7700 900123"
        changes.notes = "-2+3"
        let member = Member(id: MemberID(rawValue: 7), details: try changes.newDetails(today: today))
        let row = MemberExport.row(member, roles: [], consent: [], today: today, gracePeriodDays: 30)
        #expect(row.count == MemberExport.header.count)
        for cell in row {
            #expect(!["=", "+", "-", "@", "\t", "\r"].contains(cell.first.map(String.init) ?? ""))
        }
        let layout = try MemberFileLayout(header: MemberExport.header)
        let back = try ImportedMember.parse(row, layout: layout, defaultJoinedOn: today).get()
        #expect(back.details == member.details)
    }
}
