import Canvassing
import RosetteCore
import Testing

@Suite struct RegisterFileTests {
    static let common = [
        "Elector Number Prefix", "Elector Number", "Elector Number Suffix", "Elector Markers", "Elector DOB",
        "Elector Name", "PostCode", "Address1", "Address2", "Address3", "Address4", "Address5", "Address6",
    ]
    static let split = [
        "Elector Number Prefix", "Elector Number", "Elector Number Suffix", "Elector Markers", "Elector DOB",
        "Elector Surname", "Elector Forename", "PostCode", "Address1", "Address2", "Address3", "Address4",
        "Address5", "Address6",
    ]
    static let monthly = [
        "ElectorNumber", "MarkersRegisterText", "ElectorDOB", "ElectorSurname", "ElectorForename",
        "PropertyAddress1", "PropertyAddress2", "PropertyAddress3", "PropertyAddress4", "PropertyAddress5",
        "PropertyPostCode",
    ]

    @Test(arguments: [(common, RegisterFileLayout.Kind.fullRegister), (split, .fullRegister), (monthly, .monthlyUpdate)])
    func detectsTheLayoutFromTheHeader(header: [String], kind: RegisterFileLayout.Kind) throws {
        let layout = try RegisterFileLayout(header: header)
        #expect(layout.kind == kind)
        #expect(layout.ignoredHeaders.isEmpty)
    }

    @Test func aHeaderWithoutNumbersIsRefusedNamingWhatIsMissing() {
        #expect(throws: RegisterImportError.self) { try RegisterFileLayout(header: ["Name", "Postcode"]) }
    }

    @Test func mapNamesAnyOtherHeader() throws {
        let layout = try RegisterFileLayout(
            header: ["PD", "No", "Who"], explicitMap: ["PD": "prefix", "No": "number", "Who": "name"])
        let entry = try RegisterEntry.parse(["LA", "7", "Smith John"], layout: layout, defaultWard: nil).get()
        #expect(entry.number.normalised == "LA-7")
        #expect(entry.surname == "Smith")
        #expect(entry.forename == "John")
    }

    @Test(arguments: [("a\tb\tc", CSVSeparator.tab), ("a,b,c", .comma), ("Elector Name", .comma)])
    func sniffsTheSeparator(line: String, separator: CSVSeparator) {
        #expect(RegisterFileLayout.separator(forFirstLine: line) == separator)
    }

    @Test func monthlyUpdateRowsSplitTheCombinedNumber() throws {
        let layout = try RegisterFileLayout(header: Self.monthly)
        let entry = try RegisterEntry.parse(
            ["PD-123/1", "G", "2009-03-15", "Okafor", "Ngozi", "12 High St", "Leith", "", "", "", "EH6 5AB"],
            layout: layout, defaultWard: "Leith"
        ).get()
        #expect(entry.number.normalised == "PD-123/1")
        #expect(entry.markers == "G")
        #expect(entry.attainsOn == CalendarDate(iso: "2009-03-15"))
        #expect(entry.address?.street == "High St")
        #expect(entry.ward == "Leith")
    }

    @Test func anonymousEntriesKeepNoNameOrAddress() throws {
        let layout = try RegisterFileLayout(header: Self.split)
        let entry = try RegisterEntry.parse(
            ["PD", "9", "", "N", "", "Hidden", "Person", "EH6 5AB", "1 Secret Row", "", "", "", "", ""],
            layout: layout, defaultWard: nil
        ).get()
        #expect(entry.isAnonymous)
        #expect(entry.surname == nil && entry.forename == nil && entry.address == nil && entry.personKey == nil)
    }

    @Test(arguments: [
        (["PD", "x", "", "", "", "Smith John", "", "", "", "", "", "", ""], "elector number"),
        (["PD", "1", "", "", "31/02/2009", "Smith John", "", "", "", "", "", "", ""], "Elector DOB"),
        (["PD", "1", "", "", "", "", "", "", "", "", "", "", ""], "elector name is empty"),
        (["PD", "1", "", "", "", "Smith John", "", "", "", "", "", "", "", "extra"], "cells but the header"),
        (["", "", "", "", "", "Smith John", "", "", "", "", "", "", ""], "elector number is empty"),
        (["PD", "1", "", "", "", "Smith John", "", "", "", "", "", "", ""], "the address is empty"),
        (["PD", "1", "", "", "", "Smith John", "NOTAPOSTCODE", "1 High St", "", "", "", "", ""], "postcode is not valid"),
    ])
    func badRowsSayWhy(fields: [String], reason: String) throws {
        let layout = try RegisterFileLayout(header: Self.common)
        guard case .failure(let problems) = RegisterEntry.parse(fields, layout: layout, defaultWard: nil) else {
            Issue.record("row should be bad")
            return
        }
        #expect(problems.description.contains(reason))
    }

    @Test(arguments: [("15/03/2009", "2009-03-15"), ("2009-03-15", "2009-03-15"), ("1.12.2008", "2008-12-01")])
    func registerDatesAreIsoOrDayFirst(text: String, iso: String) {
        #expect(RegisterEntry.registerDate(text)?.iso == iso)
    }

    @Test(arguments: [
        ("Smith John A", "Smith", "John A"), ("Smith, John", "Smith", "John"), ("Cher", "Cher", nil),
        ("Van Der Berg Anna", "Van Der Berg", "Anna"), ("de la Cruz Maria J", "de la Cruz", "Maria J"),
        ("St John Ola", "St John", "Ola"), ("Smith-Jones  Amy", "Smith-Jones", "Amy"), ("Van Dyke", "Van", "Dyke"),
        ("Le Anna", "Le", "Anna"), ("Ap Rhys Owain", "Ap Rhys", "Owain"), ("Mac Donald Ian", "Mac Donald", "Ian"),
        ("Ní Bhriain Aoife", "Ní Bhriain", "Aoife"), ("Ó Súilleabháin Seán", "Ó Súilleabháin", "Seán"),
        ("Abu Bakr Ali", "Abu Bakr", "Ali"),
    ] as [(String, String, String?)])
    func splitsTheElectorName(full: String, surname: String, forename: String?) {
        let parts = RegisterEntry.split(fullName: full)
        #expect(parts.0 == surname)
        #expect(parts.1 == forename)
    }

    @Test(arguments: [("p", AbsentVote.postal), ("Proxy", .proxy), ("Proxy Postal", .proxyPostal), ("PP", .proxyPostal)])
    func readsAbsentVoteCodes(code: String, vote: AbsentVote) {
        #expect(AbsentVote(code: code) == vote)
    }
}
