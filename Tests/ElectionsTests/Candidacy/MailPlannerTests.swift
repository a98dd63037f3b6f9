import RosetteCore
import Testing

@testable import Elections

/// A hand-counted mailing plan.
struct MailCase: Sendable, CustomTestStringConvertible {
    let name: String
    let request: TimetableRequest
    let dispatch: String?
    let option: MailOption
    var overrides: [String: Int] = [:]
    /// Step key → ISO date.
    let expected: [String: String]
    var absent: [String] = []

    var testDescription: String { name }
}

@Suite struct MailPlannerTests {
    static let runcorn = TimetableRequest(
        kind: .ukParliament, nation: .england, pollDate: day("2025-05-01"), closeOfNominations: day("2025-04-02"))

    static let cases: [MailCase] = [
        // Postal packs on Thu 10 Apr 2025 (Stroud's date for the same poll). Addressed: handover 3 wd
        // before; the 13-wd cut-off (10 Apr) does not bind.
        MailCase(
            name: "Runcorn 2025 addressed, council dispatch 10 Apr", request: runcorn, dispatch: "2025-04-10",
            option: .addressed,
            expected: [
                "contact_royal_mail": "2025-03-17", "artwork_submitted": "2025-03-24", "artwork_checks": "2025-03-24",
                "artwork_approved": "2025-03-28", "address_sortation": "2025-03-28", "book_drop_off": "2025-04-03",
                "mail_prepared": "2025-04-04", "handover": "2025-04-07", "delivery_starts": "2025-04-08",
                "delivery_ends": "2025-04-10", "postal_votes_dispatched": "2025-04-10",
            ],
            absent: ["security_before_sopn"]),
        // Unaddressed: 7 delivery days, so handover Tue 1 Apr — before the SoPN (2 Apr), so Royal
        // Mail needs security for the postage (RPA s.91(3)).
        MailCase(
            name: "Runcorn 2025 unaddressed, council dispatch 10 Apr", request: runcorn, dispatch: "2025-04-10",
            option: .unaddressed,
            expected: [
                "contact_royal_mail": "2025-03-11", "artwork_submitted": "2025-03-18", "artwork_approved": "2025-03-24",
                "book_drop_off": "2025-03-28", "security_before_sopn": "2025-03-28", "mail_prepared": "2025-03-31",
                "handover": "2025-04-01", "delivery_starts": "2025-04-02", "delivery_ends": "2025-04-10",
            ],
            absent: ["address_sortation"]),
        // Easter in the window: with the cut-off overridden to 7 wd (22 Apr), handover is 3 wd before
        // Thu 24 Apr, skipping Easter Monday and Good Friday: Thu 17 Apr; delivery 22–24 Apr.
        MailCase(
            name: "Runcorn 2025 addressed across Easter", request: runcorn, dispatch: "2025-04-24", option: .addressed,
            overrides: ["royal-mail-cutoff-days-before-poll": 7],
            expected: ["handover": "2025-04-17", "delivery_starts": "2025-04-22", "delivery_ends": "2025-04-24"]),
        // Royal Mail's cut-off (13 wd before 1 May = Thu 10 Apr) binds when postal votes go late.
        MailCase(
            name: "Runcorn 2025 unaddressed, cut-off binds across Easter", request: runcorn, dispatch: "2025-04-24",
            option: .unaddressed,
            expected: ["handover": "2025-04-10", "delivery_starts": "2025-04-11", "delivery_ends": "2025-04-23"]),
        // Christmas in the window, dispatch assumed 14 days before a 16 Jan 2025 poll (Thu 2 Jan).
        MailCase(
            name: "England by-election Jan 2025 addressed over Christmas",
            request: TimetableRequest(kind: .ukParliament, nation: .england, pollDate: day("2025-01-16")),
            dispatch: nil, option: .addressed,
            expected: [
                "postal_votes_dispatched": "2025-01-02", "handover": "2024-12-27", "delivery_starts": "2024-12-30",
                "delivery_ends": "2025-01-02",
            ]),
        MailCase(
            name: "England by-election Jan 2025 unaddressed over Christmas",
            request: TimetableRequest(kind: .ukParliament, nation: .england, pollDate: day("2025-01-16")),
            dispatch: nil, option: .unaddressed,
            expected: ["handover": "2024-12-18", "delivery_starts": "2024-12-19", "delivery_ends": "2025-01-02"]),
        // Scotland: 2 Jan is a bank holiday, so the assumed dispatch moves back to 31 Dec.
        MailCase(
            name: "Scottish by-election Jan 2025 addressed",
            request: TimetableRequest(kind: .ukParliament, nation: .scotland, pollDate: day("2025-01-16")),
            dispatch: nil, option: .addressed,
            expected: ["postal_votes_dispatched": "2024-12-31", "handover": "2024-12-23", "delivery_ends": "2024-12-31"]),
    ]

    static func plan(_ test: MailCase) throws -> MailPlan {
        var lead = MailLeadTimes.defaults
        for (key, value) in test.overrides { lead = try lead.overriding(key, days: value) }
        return MailPlanner.plan(
            for: try TimetableEngine.timetable(for: test.request), postalVoteDispatch: test.dispatch.map(day),
            option: test.option, leadTimes: lead)
    }

    @Test(arguments: cases)
    func handCountedDates(_ test: MailCase) throws {
        let plan = try Self.plan(test)
        #expect(plan.eligible)
        #expect(plan.option == test.option)
        for (key, iso) in test.expected.sorted(by: { $0.key < $1.key }) {
            #expect(plan[key]?.date.iso == iso, "\(key)")
        }
        for key in test.absent { #expect(plan[key] == nil, "\(key) should not be planned") }
        #expect(Set(plan.steps.map(\.key)).count == plan.steps.count, "keys are unique")
        #expect(zip(plan.steps, plan.steps.dropFirst()).allSatisfy { $0.date <= $1.date })
        #expect(plan.provisional, "default lead times are unconfirmed")
        #expect(!plan.assumptions.isEmpty)
    }

    @Test func everyStepFallsOnAWorkingDay() throws {
        let calendar = WorkingDayCalendar(regions: [.englandAndWales])
        for test in Self.cases where test.request.nation == .england {
            for step in try Self.plan(test).steps {
                #expect(calendar.isWorkingDay(step.date), "\(test.name): \(step.key) on \(step.date.iso)")
            }
        }
    }

    @Test func overridingEveryFigureAndGivingDispatchMakesThePlanFirm() throws {
        var lead = MailLeadTimes.defaults
        for key in MailLeadTimes.keys { lead = try lead.overriding(key, days: lead.days(key) ?? 0) }
        let plan = MailPlanner.plan(
            for: try TimetableEngine.timetable(for: Self.runcorn), postalVoteDispatch: day("2025-04-10"),
            option: .addressed, leadTimes: lead)
        #expect(!plan.provisional)
        #expect(plan.assumptions.isEmpty)
        #expect(plan["handover"]?.date.iso == "2025-04-07")
    }

    @Test func assumedDispatchIsSaid() throws {
        let plan = MailPlanner.plan(
            for: try TimetableEngine.timetable(for: Self.runcorn), postalVoteDispatch: nil, option: .unaddressed)
        #expect(plan["postal_votes_dispatched"]?.date.iso == "2025-04-17")
        #expect(plan["postal_votes_dispatched"]?.provisional == true)
        #expect(plan.explanation.contains("assumed"))
        #expect(plan.explanation.contains("RPA 1983 s.91"))
    }

    @Test(arguments: [
        (ElectionKind.local, Nation?.some(.england), "no free Royal Mail delivery"),
        (.parish, .england, "no free Royal Mail delivery"),
        (.mayor, nil, "booklet"),
        (.pcc, .wales, "website"),
        (.gla, nil, "no free Royal Mail delivery"),
    ])
    func noFreepost(_ kind: ElectionKind, _ nation: Nation?, _ phrase: String) throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(kind: kind, nation: nation, pollDate: day("2025-05-01")))
        let plan = MailPlanner.plan(for: timetable, postalVoteDispatch: nil, option: .addressed)
        #expect(!plan.eligible)
        #expect(plan.option == nil)
        #expect(plan.explanation.contains(phrase))
        #expect(plan["handover"] == nil)
        // Volunteer plan: finish by dispatch (17 Apr), 10 days of rounds from 7 Apr, print in by
        // Fri 4 Apr, ordered 5 wd earlier (28 Mar), imprint checked then.
        #expect(plan["finish_delivery"]?.date.iso == "2025-04-17")
        #expect(plan["volunteer_rounds_start"]?.date.iso == "2025-04-07")
        #expect(plan["print_delivered"]?.date.iso == "2025-04-04")
        #expect(plan["order_print"]?.date.iso == "2025-03-28")
        #expect(plan["imprint_check"]?.date.iso == "2025-03-28")
        let address = plan["election_address"]
        #expect((address != nil) == (kind == .mayor || kind == .pcc))
        if let address { #expect(address.date == timetable[.closeOfNominations]?.date) }
    }

    @Test(arguments: [ElectionKind.scottishParliament, .senedd])
    func devolvedParliamentsHaveFreepost(_ kind: ElectionKind) throws {
        let timetable = try TimetableEngine.timetable(for: TimetableRequest(kind: kind, pollDate: day("2026-05-07")))
        #expect(MailPlanner.plan(for: timetable, postalVoteDispatch: nil, option: .unaddressed).eligible)
    }

    @Test func niAssemblyIsFlaggedUnconfirmed() throws {
        let timetable = try TimetableEngine.timetable(for: TimetableRequest(kind: .niAssembly, pollDate: day("2027-05-06")))
        let plan = MailPlanner.plan(for: timetable, postalVoteDispatch: day("2027-04-22"), option: .addressed)
        #expect(plan.eligible)
        #expect(plan["handover"]?.provisional == true)
        #expect(plan.assumptions.first?.contains("not confirmed") == true)
    }
}

@Suite struct MailLeadTimesTests {
    @Test func catalogueMatchesDefaults() {
        #expect(MailLeadTimes.keys.count == 12)
        #expect(Set(MailLeadTimes.keys).count == MailLeadTimes.keys.count)
        for entry in MailLeadTimes.catalogue {
            #expect(MailLeadTimes.defaults.days(entry.key) == entry.defaultValue, "\(entry.key)")
            #expect(MailLeadTimes.defaults.isProvisional(entry.key) == !entry.confirmed)
            #expect(!entry.source.isEmpty)
        }
        #expect(MailLeadTimes.defaults.addressedDeliveryDays == 3)
        #expect(MailLeadTimes.defaults.unaddressedDeliveryDays == 7)
        #expect(MailLeadTimes.defaults.approvalRounds == 2)
    }

    @Test func overrideReplacesOneValue() throws {
        let lead = try MailLeadTimes.defaults.overriding("printing-days", days: 8)
        #expect(lead.printingWorkingDays == 8)
        #expect(!lead.isProvisional("printing-days"))
        #expect(lead.isProvisional("approval-rounds"))
        #expect(lead != MailLeadTimes.defaults)
    }

    @Test(arguments: [("printing", 3), ("printing-days", -1), ("approval-rounds", 0), ("addressed-delivery-days", 400)])
    func badOverridesAreRefused(_ key: String, _ value: Int) {
        #expect(throws: MailLeadTimeError.self) { try MailLeadTimes.defaults.overriding(key, days: value) }
    }

    @Test func errorTextIsOneSentenceOfBadData() {
        let error = MailLeadTimeError.unknownKey("printing")
        #expect(error.kind == .badData)
        #expect(error.description.contains("printing-days"))
    }
}
