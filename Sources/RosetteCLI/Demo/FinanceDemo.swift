import Elections
import Finance
import RosetteCore
import RosetteStore

/// Seeds the demo party's book: two accounting units, donors of several kinds, a year of
/// donations (reportable groups, a unit group, a returned impermissible gift, and some still to
/// decide, one overdue, one ready to accept), earlier reports filed, and spending at both demo elections. Names are
/// invented; dates count back from `today`.
enum FinanceDemo {
    static func seed(_ database: AppDatabase, actor: Actor, today: CalendarDate) throws {
        let book = FinanceRepository(database, actor: actor)
        let leith = try book.addUnit(name: "Leith branch", reference: "demo-AU-1")
        _ = try book.addUnit(name: "Hackney branch", reference: "demo-AU-2")
        func day(_ offset: Int) -> CalendarDate { today.adding(days: offset) }
        func checkRegister(_ donor: DonorID, on offset: Int) throws {
            _ = try book.recordRegisterCheck(
                donor, RegisterCheck(checkedOn: day(offset), evidence: "demo register, elector DM-\(donor)"), today: today)
        }
        func individual(_ name: String) throws -> DonorID {
            try book.addDonor(DonorDetails(kind: .individual, name: name, address: "1 Demo Street")).id
        }
        let ada = try individual("Demo Donor Ada")
        let ben = try individual("Demo Donor Ben")
        let cai = try individual("Demo Donor Cai")
        let dee = try individual("Demo Donor Dee")
        let company = try book.addDonor(DonorDetails(kind: .company, name: "Demo Print Co Ltd", companyNumber: "00000001")).id
        let union = try book.addDonor(DonorDetails(kind: .tradeUnion, name: "Demo Workers Union")).id
        let overseas = try book.addDonor(DonorDetails(kind: .impermissible, name: "Demo Overseas Holdings")).id

        // (donor, unit, pounds, received, decision: accepted/returned offset or nil)
        let gifts: [(DonorID, AccountingUnitID?, Int, Int, Int?, Bool)] = [
            (ada, nil, 250, -300, nil, false),  // 1: not over £500, outside PPERA
            (ada, nil, 6_000, -280, -275, false),  // 2: grouped with 3
            (company, nil, 15_000, -200, -190, false),  // 3: reportable alone
            (ben, leith.id, 1_200, -150, -148, false),  // 4: unit group with 5
            (ada, nil, 6_000, -100, -95, false),  // 5: takes Ada over £11,180
            (ben, leith.id, 1_200, -60, -58, false),  // 6: takes the Leith group over £2,230
            (union, nil, 800, -40, -38, false),  // 7: over £500, not reportable
            (overseas, nil, 2_000, -20, -10, true),  // 8: impermissible, returned
            (overseas, nil, 900, -33, nil, false),  // 9: impermissible, still held: overdue
            (cai, nil, 750, -12, nil, false),  // 10: register not yet checked
        ]
        for (donor, unit, pounds, received, decided, returned) in gifts {
            let donation = try book.addDonation(
                NewDonation(donor: donor, unit: unit, amount: Pence(pounds * 100), received: day(received)), today: today)
            guard let decided else { continue }
            // The register is checked for the day of receipt, before each acceptance.
            if !returned, donor == ada || donor == ben { try checkRegister(donor, on: received + 1) }
            let decision: DonationDecision =
                returned ? .returned(on: day(decided), method: "bank transfer to the payer") : .accepted(on: day(decided))
            _ = try book.decide(donation.id, decision, today: today)
        }
        _ = try book.addDonation(
            NewDonation(donor: dee, amount: Pence(65_000), form: .inKind(nature: "printing of 4,000 leaflets"), received: day(-5)),
            today: today)  // 11: register checked, ready to accept
        try checkRegister(dee, on: -4)
        try fileEarlierReports(book, today: today)
        try seedSpending(database, book: book, actor: actor, today: today)
    }

    /// Quarterly reports and accounts already due were filed five days early.
    static func fileEarlierReports(_ book: FinanceRepository, today: CalendarDate) throws {
        var quarter = Quarter(containing: today.adding(days: -400))
        while quarter.reportDue < today {
            try book.recordFiling(Filing(kind: .quarterly, period: quarter.description, filedOn: quarter.reportDue.adding(days: -5)), today: today)
            quarter = quarter.next
        }
        for year in (today.year - 4)..<today.year {
            guard let due = CalendarDate(year: year + 1, month: 4, day: 25), due < today else { continue }
            try book.recordFiling(Filing(kind: .annual, period: String(year), filedOn: due), today: today)
        }
    }

    /// The council by-election's limit is entered from the returning officer (Rosette has no
    /// Scottish figure); its spending is approaching it. The UK Parliament by-election uses the
    /// unconfirmed £100,000.
    static func seedSpending(_ database: AppDatabase, book: FinanceRepository, actor: Actor, today: CalendarDate) throws {
        let elections = try ElectionRepository(database, actor: actor).list()
        guard let council = elections.first, let parliament = elections.dropFirst().first else { return }
        try book.setSpendingFacts(
            SpendingFacts(
                electorate: 9_800, limitOverride: Pence(172_500),
                overrideSource: "Returning officer's notice of spending limit (demo figure)"), for: council.id)
        try book.setSpendingFacts(SpendingFacts(electorate: 72_000), for: parliament.id)
        let spending: [(ElectionID, ExpenseCategory, String, Int, Int, Bool)] = [
            (council.id, .unsolicitedMaterial, "Leaflets, two rounds", 62_000, -20, true),
            (council.id, .advertising, "Posters and boards", 18_000, -15, false),
            (council.id, .publicMeetings, "Hall hire for the hustings", 9_500, -10, true),
            (council.id, .transport, "Van hire on polling day (deposit)", 45_000, -3, false),
            (parliament.id, .unsolicitedMaterial, "Freepost address design", 320_000, -5, false),
        ]
        for (election, category, description, pence, incurred, paid) in spending {
            _ = try book.addExpense(
                NewExpense(
                    kind: .candidate, election: election, category: category, description: description, amount: Pence(pence),
                    incurred: today.adding(days: incurred), invoiceReceived: today.adding(days: incurred),
                    paid: paid ? today.adding(days: incurred + 2) : nil), today: today)
        }
        _ = try book.addExpense(
            NewExpense(
                kind: .general, category: .overheads, description: "Website hosting", amount: Pence(24_000),
                incurred: today.adding(days: -60), paid: today.adding(days: -60)), today: today)
    }
}
