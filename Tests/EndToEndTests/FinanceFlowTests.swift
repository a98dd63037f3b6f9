import Foundation
import Testing

/// The treasurer's flow through the built binary: donors, a donation's 30-day check, the
/// obligations contract, and the quarterly report as a private, spreadsheet-safe CSV.
@Suite struct FinanceFlowTests {
    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func donationToQuarterlyReport() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let donor = try rosette.run(["finance", "donors", "add", "--kind", "individual", "--name", "=HYPERLINK(\"x\")", "--json"])
        #expect(donor.status == 0, "\(donor.stderr)")
        let added = try rosette.run([
            "finance", "donations", "add", "--donor", "1", "--amount", "£11,180.01", "--received", "2026-11-20", "--json",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let donation = try #require(try json(added.stdout) as? [String: Any])
        #expect(donation["amount_pence"] as? Int == 1_118_001)
        #expect(donation["decision_due"] as? String == "2026-12-20")

        let check = try rosette.run(["finance", "check", "--json"])
        let obligations = try #require(try json(check.stdout) as? [[String: Any]])
        let first = try #require(obligations.first)
        #expect(first["obligation"] as? String == "permissibility_check")
        #expect(first["donation_id"] as? Int == 1)
        #expect(first["due_on"] as? String == "2026-12-20")
        #expect(obligations.allSatisfy { $0.keys.contains("donation_id") && $0.keys.contains("due_on") })

        let refused = try rosette.run(["finance", "donations", "accept", "1", "--on", "2026-11-24"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("donor 1") && !refused.stderr.contains("HYPERLINK"))
        #expect(try rosette.run(["finance", "donors", "check", "1", "--on", "2026-11-21", "--evidence", "LW-1"]).status == 0)
        #expect(try rosette.run(["finance", "donations", "accept", "1", "--on", "2026-11-24"]).status == 0)

        let report = try rosette.run(["finance", "report", "quarterly", "--quarter", "2026Q4", "--format", "csv", "--out", "q4.csv"])
        #expect(report.status == 0, "\(report.stderr)")
        let path = rosette.folder.appendingPathComponent("q4.csv").path
        #expect(try rosette.mode(path) == 0o600)
        let csv = try rosette.read("q4.csv")
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        #expect(csv.contains("11180.01"))

        let nilReport = try rosette.run(["finance", "report", "quarterly", "--quarter", "2026Q3", "--json"])
        let nilJSON = try #require(try json(nilReport.stdout) as? [String: Any])
        #expect(nilJSON["nil_report"] as? Bool == true)

        let html = try rosette.run(["finance", "report", "year", "--year", "2026", "--format", "html"])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("Income by month"))
    }

    static let badInput: [([String], Int32)] = [
        (["finance", "donations", "add", "--donor", "1", "--amount", "-600", "--received", "2026-11-20"], 64),
        (["finance", "donations", "add", "--donor", "1", "--amount", "six hundred", "--received", "2026-11-20"], 64),
        (["finance", "donors", "add", "--kind", "martian", "--name", "X"], 64),
        (["finance", "donations", "add", "--donor", "1", "--amount", "600", "--received", "2026-11-26"], 65),
        (["finance", "donations", "add", "--donor", "7", "--amount", "600", "--received", "2026-11-20"], 65),
    ]

    @Test(arguments: badInput)
    func badInputGetsAClearError(_ arguments: [String], _ status: Int32) throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        #expect(try rosette.run(["finance", "donors", "add", "--kind", "individual", "--name", "A"]).status == 0)
        let outcome = try rosette.run(arguments)
        #expect(outcome.status == status, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("Error:"))
    }

    @Test func obligationsReachTheDeadlineBoard() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        _ = try rosette.run(["finance", "donors", "add", "--kind", "impermissible", "--name", "A"])
        _ = try rosette.run(["finance", "donations", "add", "--donor", "1", "--amount", "900", "--received", "2026-11-20"])
        let board = try rosette.run(["deadlines", "--json"])
        #expect(board.status == 0, "\(board.stderr)")
        let rows = try #require(try json(board.stdout) as? [[String: Any]])
        let row = try #require(rows.first { $0["source"] as? String == "finance" && ($0["key"] as? String)?.hasPrefix("return_impermissible") == true })
        #expect(row["date"] as? String == "2026-12-20")
        #expect(row["election_id"] is NSNull)
    }

    static let commands: [[String]] = [
        ["finance"], ["finance", "units", "add"], ["finance", "units", "list"], ["finance", "donors", "add"],
        ["finance", "donors", "list"], ["finance", "donors", "check"], ["finance", "donations", "add"],
        ["finance", "donations", "accept"], ["finance", "donations", "return"], ["finance", "donations", "list"],
        ["finance", "expenses", "add"], ["finance", "expenses", "pay"], ["finance", "expenses", "list"],
        ["finance", "limits", "set"], ["finance", "check"], ["finance", "filings", "add"], ["finance", "filings", "list"],
        ["finance", "report", "quarterly"], ["finance", "report", "ledger"], ["finance", "report", "membership"],
        ["finance", "report", "spending"], ["finance", "report", "year"],
    ]

    /// Every finance command explains itself with an example that fits a 76-column terminal.
    @Test(arguments: commands)
    func helpHasAnExample(_ path: [String]) throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let help = try rosette.run(path + ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Example"))
        for line in help.stdout.split(separator: "\n") where line.contains("rosette finance") && !line.contains("USAGE") {
            #expect(line.count <= 76, "\(line)")
        }
    }
}
