import ArgumentParser
import Finance
import Members
import RosetteCore
import Testing

@testable import RosetteCLI

@Suite struct ParsingTests {
    @Test func membersAddTakesEveryField() throws {
        let command = try RosetteCommand.parseAsRoot([
            "members", "add", "--first-name", "Ada", "--last-name", "Byron", "--email", "a@example.org",
            "--postcode", "EH6 5AB", "--type", "youth", "--dues-pence", "300", "--db", "x.sqlite3", "--json",
        ])
        let add = try #require(command as? MembersCommand.Add)
        #expect(add.fields.changes.firstName == "Ada")
        #expect(add.fields.changes.membershipType == "youth")
        #expect(add.fields.changes.duesPence == 300)
        #expect(add.store.resolvedPath == "x.sqlite3")
        #expect(add.json)
    }

    @Test(arguments: [
        ["members", "add", "--first-name", "Ada"],
        ["members", "edit", "3"],
        ["members", "list", "--status", "sleeping"],
        ["members", "list", "--joined-since", "1/2/2026"],
        ["members", "renew", "3", "--until", "2026-02-30"],
        ["members", "renew", "3", "--until", "2026-12-31", "--amount-pence=-5"],
        ["members", "roles", "3"],
        ["members", "roles", "3", "--add", "treasurer", "--end", "chair"],
        ["members", "import", "x.csv", "--map", "nonsense"],
        ["members", "import", "x.csv", "--on-duplicate", "merge"],
        ["members", "consent", "3", "--channel", "pigeon", "--given"],
    ])
    func badArgumentsAreUsageErrors(_ arguments: [String]) {
        do {
            _ = try RosetteCommand.parseAsRoot(arguments)
            Issue.record("expected \(arguments) to be refused")
        } catch {
            #expect(RosetteCommand.exitCode(for: error) == .validationFailure)
        }
    }

    @Test func importMapSplitsOnTheLastEquals() throws {
        let command = try RosetteCommand.parseAsRoot([
            "members", "import", "x.csv", "--map", "Name = Given=first_name", "--map", "Surname=last_name",
        ])
        let importCommand = try #require(command as? MembersCommand.Import)
        #expect(try importCommand.explicitMap() == ["Name = Given": "first_name", "Surname": "last_name"])
    }
}

@Suite struct FinanceParsingTests {
    @Test func donationsAddReadsPoundsAndPence() throws {
        let command = try RosetteCommand.parseAsRoot([
            "finance", "donations", "add", "--donor", "3", "--amount", "£1,250.50", "--received", "2026-11-20", "--unit", "1",
            "--json",
        ])
        let add = try #require(command as? FinanceCommand.Donations.Add)
        #expect(try AmountArgument.parse(add.amount, option: "--amount").value == 125_050)
        #expect(add.unit == 1)
        #expect(add.json)
    }

    @Test func reportQuarterlyTakesTheContractOptions() throws {
        let command = try RosetteCommand.parseAsRoot([
            "finance", "report", "quarterly", "--quarter", "2026Q1", "--format", "csv", "--out", "q1.csv",
        ])
        let report = try #require(command as? FinanceCommand.Report.Quarterly)
        #expect(report.output.format == .csv)
        #expect(report.output.out == "q1.csv")
    }

    @Test(arguments: [
        ["finance", "donors", "add", "--kind", "alien", "--name", "X"],
        ["finance", "donations", "add", "--donor", "1", "--amount", "-5", "--received", "2026-11-20"],
        ["finance", "donations", "add", "--donor", "1", "--amount", "lots", "--received", "2026-11-20"],
        ["finance", "donations", "add", "--donor", "1", "--amount", "0", "--received", "2026-11-20"],
        ["finance", "donations", "add", "--donor", "1", "--amount", "12.505", "--received", "2026-11-20"],
        ["finance", "donations", "add", "--donor", "1", "--amount", "12", "--received", "20/11/2026"],
        ["finance", "report", "quarterly", "--quarter", "2026Q5"],
        ["finance", "report", "quarterly", "--quarter", "2026Q1", "--json", "--format", "csv"],
        ["finance", "limits", "set", "--election", "1", "--electorate", "0"],
        ["finance", "expenses", "add", "--kind", "candidate", "--category", "bribes", "--description", "x",
         "--amount", "1", "--incurred", "2026-11-20"],
    ])
    func badArgumentsAreUsageErrors(_ arguments: [String]) {
        do {
            _ = try RosetteCommand.parseAsRoot(arguments)
            Issue.record("expected \(arguments) to be refused")
        } catch {
            #expect(RosetteCommand.exitCode(for: error) == .validationFailure)
        }
    }

    @Test func csvNeutralisesFormulasAndKeepsPenceExact() {
        let report = FinanceReport(
            key: "t", title: "T", form: "F", period: nil, columns: [ReportColumn("donor_name", "Name"), ReportColumn("amount_pence", "£")],
            rows: [[.text("=HYPERLINK(\"x\")"), .pence(Pence(125_005))]])
        #expect(ReportCSV.render(report) == "Name,£\r\n\"'=HYPERLINK(\"\"x\"\")\",1250.05\r\n")
        #expect(ReportHTML.render(report).contains("=HYPERLINK(&quot;x&quot;)"))
        #expect(!ReportHTML.render(report).contains("<script"))
    }
}
