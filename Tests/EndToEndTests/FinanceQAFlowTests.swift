import Foundation
import Testing

/// QA regressions through the built binary: no crash (exit 132) on huge or hand-written
/// amounts, a way out by voiding, the treasurer's limit kept, late decisions warned about.
@Suite struct FinanceQAFlowTests {
    @Test func hugeAmountsAreRefusedAndAHandWrittenOneIsReportedNotTrapped() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        #expect(try rosette.run(["finance", "donors", "add", "--kind", "individual", "--name", "Ada"]).status == 0)
        for arguments in [
            ["finance", "donations", "add", "--donor", "1", "--amount", "92233720368547758.07", "--received", "2026-11-24"],
            ["finance", "donations", "add", "--donor", "1", "--amount", "10000000.01", "--received", "2026-11-24"],
            [
                "finance", "expenses", "add", "--kind", "general", "--category", "other", "--description", "Typo",
                "--amount", "92233720368547758.07", "--incurred", "2026-11-24",
            ],
        ] {
            let outcome = try rosette.run(arguments)
            #expect(outcome.status == 65, "\(arguments): \(outcome.stderr)")
            #expect(outcome.stderr.contains("£10,000,000.00"))
        }
        #expect(try rosette.run(["finance", "donations", "add", "--donor", "1", "--amount", "600", "--received", "2026-11-24"]).status == 0)
        _ = try SQLite.query(rosette.database, "UPDATE donation SET amountPence = 9223372036854775807 WHERE id = 1;")
        for arguments in [
            ["finance", "check"], ["finance", "report", "quarterly", "--quarter", "2026Q4"], ["finance", "report", "year"],
            ["finance", "report", "ledger"], ["deadlines"],
        ] {
            let outcome = try rosette.run(arguments)
            #expect(outcome.status == 65, "\(arguments): \(outcome.status) \(outcome.stderr)")
            #expect(outcome.stderr.contains("donation 1"), "\(arguments): \(outcome.stderr)")
        }
        let voided = try rosette.run(["finance", "donations", "void", "1", "--reason", "mistyped"])
        #expect(voided.status == 0, "\(voided.stderr)")
        #expect(try rosette.run(["finance", "check"]).status == 0)
        #expect(try rosette.run(["deadlines"]).status == 0)
    }

    @Test func limitsKeepTheEnteredFigureAndRefuseImpossibleElectorates() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        let election = try rosette.run([
            "elections", "add", "--name", "Leith Walk", "--kind", "local", "--nation", "scotland", "--poll-date", "2026-12-17",
        ])
        #expect(election.status == 0, "\(election.stderr)")
        for electorate in ["1152921504606846976", "99999999999999", "-5", "0"] {
            let outcome = try rosette.run(["finance", "limits", "set", "--election", "1", "--electorate", electorate])
            #expect(outcome.status == 64, "\(electorate): \(outcome.stderr)")
            #expect(outcome.stderr.contains("--electorate must be 1 to 10,000,000"), "\(outcome.stderr)")
        }
        #expect(try rosette.run(["finance", "limits", "set", "--election", "1", "--electorate", "7200", "--limit", "1725"]).status == 0)
        let changed = try rosette.run(["finance", "limits", "set", "--election", "1", "--electorate", "7700"])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("£1,725.00"), "\(changed.stdout)")
        #expect(changed.stderr.contains("Kept the limit entered earlier"))
        let report = try rosette.run(["finance", "report", "spending", "--json"])
        #expect(!report.stdout.contains("no-limit"), "\(report.stdout)")
    }

    @Test func lateAndPermissibleDecisionsAndFutureQuarters() throws {
        let rosette = try RosetteProcess()
        defer { rosette.cleanUp() }
        _ = try rosette.run(["finance", "donors", "add", "--kind", "individual", "--name", "Ada"])
        _ = try rosette.run(["finance", "donations", "add", "--donor", "1", "--amount", "20000", "--received", "2026-10-01"])
        _ = try rosette.run(["finance", "donations", "add", "--donor", "1", "--amount", "900", "--received", "2026-11-20"])
        let small = try rosette.run(["finance", "donations", "add", "--donor", "1", "--amount", "300", "--received", "2026-11-20"])
        #expect(small.stdout.contains("outside PPERA") && !small.stdout.contains("decide by"), "\(small.stdout)")
        // A check from the year before does not show the register on the day of receipt.
        _ = try rosette.run(["finance", "donors", "check", "1", "--on", "2025-11-01", "--evidence", "LW-1"])
        let stale = try rosette.run(["finance", "donations", "accept", "1", "--on", "2026-11-02"])
        #expect(stale.status == 65 && stale.stderr.contains("day it was received"), "\(stale.stderr)")
        _ = try rosette.run(["finance", "donors", "check", "1", "--on", "2026-10-02", "--evidence", "LW-1"])
        let late = try rosette.run(["finance", "donations", "accept", "1", "--on", "2026-11-02"])
        #expect(late.status == 0, "\(late.stderr)")
        #expect(late.stderr.contains("Warning: donation 1") && late.stderr.contains("counts as accepted"))
        // A permissible donor's gift sent back is declined, not reported as impermissible.
        _ = try rosette.run(["finance", "donors", "check", "1", "--on", "2026-11-21", "--evidence", "LW-1"])
        let returned = try rosette.run(["finance", "donations", "return", "2", "--on", "2026-11-24", "--method", "cheque"])
        #expect(returned.status == 65 && returned.stderr.contains("decline"), "\(returned.stderr)")
        #expect(try rosette.run(["finance", "donations", "decline", "2", "--on", "2026-11-24", "--method", "cheque"]).status == 0)
        let report = try rosette.run(["finance", "report", "quarterly", "--quarter", "2026Q4", "--json"])
        #expect(!report.stdout.contains("impermissible"), "\(report.stdout)")
        let written = try rosette.run(["finance", "report", "quarterly", "--quarter", "2026Q4", "--out", "q.txt"])
        #expect(written.stderr.contains("(1 row)"), "\(written.stderr)")
        let future = try rosette.run(["finance", "report", "quarterly", "--quarter", "2027Q1"])
        #expect(future.status == 65 && future.stderr.contains("has not started"), "\(future.stderr)")
        let company = try rosette.run(["finance", "donors", "add", "--kind", "company", "--name", "X", "--company-number", "=1+2"])
        #expect(company.status == 65 && company.stderr.contains("Companies House"), "\(company.stderr)")
    }
}
