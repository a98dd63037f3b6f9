import RosetteCore
import Testing

@testable import Elections

@Suite struct DeadlineBoardTests {
    /// Friday 22 August 2025; Monday 25 August is the England and Wales summer bank holiday but not
    /// Scotland's (4 August).
    static let today = day("2025-08-22")

    static func item(
        _ iso: String, nation: Nation? = .england, done: Bool = false, time: String? = nil, election: Int64 = 1,
        key: String = "k", source: BoardSource = .form
    ) -> BoardItem {
        BoardItem(
            electionID: election, electionName: "Test ward", source: source, key: key, title: "Item", date: day(iso),
            time: time, responsible: "agent", status: done ? "submitted" : "to-do", done: done, provisional: false,
            nation: nation)
    }

    @Test(arguments: [
        ("2025-08-22", Nation?.some(.england), false, 0, 0, Urgency.dueSoon),  // today
        ("2025-08-23", .england, false, 1, 0, .dueSoon),  // Saturday
        ("2025-08-25", .england, false, 3, 0, .dueSoon),  // bank holiday Monday
        ("2025-08-26", .england, false, 4, 1, .dueSoon),
        ("2025-08-28", .england, false, 6, 3, .dueSoon),
        ("2025-08-29", .england, false, 7, 4, .upcoming),
        ("2025-08-21", .england, false, -1, -1, .overdue),
        ("2025-08-18", .england, false, -4, -4, .overdue),
        ("2025-08-21", .england, true, -1, -1, .done),  // done is never overdue
        ("2025-08-29", .england, true, 7, 4, .done),
        ("2025-08-26", .scotland, false, 4, 2, .dueSoon),  // 25 Aug is a working day in Scotland
        ("2025-08-28", .scotland, false, 6, 4, .upcoming),
        ("2025-08-28", nil, false, 6, 3, .dueSoon),  // general election: every UK calendar
        ("2025-09-05", .england, false, 14, 9, .upcoming),
    ])
    func countsAndUrgency(
        _ iso: String, _ nation: Nation?, _ done: Bool, _ calendarDays: Int, _ workingDays: Int, _ urgency: Urgency
    ) throws {
        let row = try #require(DeadlineBoard.rows([Self.item(iso, nation: nation, done: done)], today: Self.today).first)
        #expect(row.calendarDaysLeft == calendarDays)
        #expect(row.workingDaysLeft == workingDays)
        #expect(row.urgency == urgency)
    }

    static let mixed: [BoardItem] = [
        item("2025-08-29", key: "later"),
        item("2025-08-21", key: "overdue"),
        item("2025-08-20", done: true, key: "done-past"),
        item("2025-08-26", key: "soon"),
        item("2025-09-30", key: "far"),
    ]

    @Test func withinDaysKeepsOverdueAndDropsPastDone() {
        let keys = DeadlineBoard.rows(Self.mixed, today: Self.today, withinDays: 4).map(\.item.key)
        #expect(keys == ["overdue", "soon"])
    }

    @Test func overdueOnly() {
        let rows = DeadlineBoard.rows(Self.mixed, today: Self.today, overdueOnly: true)
        #expect(rows.map(\.item.key) == ["overdue"])
    }

    @Test func unfilteredIsSoonestFirst() {
        let keys = DeadlineBoard.rows(Self.mixed, today: Self.today).map(\.item.key)
        #expect(keys == ["done-past", "overdue", "soon", "later", "far"])
    }

    @Test func sameDayOrderIsTimeThenElectionThenSourceThenKey() {
        let items = [
            Self.item("2025-08-26", election: 1, key: "b", source: .mail),
            Self.item("2025-08-26", time: "17:00", election: 2, key: "a"),
            Self.item("2025-08-26", election: 1, key: "z", source: .timetable),
            Self.item("2025-08-26", time: "16:00", election: 3, key: "c"),
            Self.item("2025-08-26", election: 1, key: "a", source: .mail),
        ]
        let order = DeadlineBoard.rows(items, today: Self.today).map { "\($0.item.electionID ?? 0)\($0.item.key)" }
        #expect(order == ["3c", "2a", "1z", "1a", "1b"])
    }

    @Test func itemsFromTimetableFormsAndMail() throws {
        let timetable = try TimetableEngine.timetable(
            for: TimetableRequest(kind: .local, nation: .england, pollDate: day("2025-05-01")))
        let deadlines = BoardItem.items(electionID: 7, electionName: "Ward", timetable: timetable)
        #expect(deadlines.count == timetable.deadlines.count)
        #expect(deadlines.first { $0.key == "close_of_nominations" }?.time == "16:00")
        let form = try #require(FormsChecklist.requirements(for: timetable).first)
        let formItem = BoardItem(electionID: 7, electionName: "Ward", nation: .england, form: form, status: .accepted)
        #expect(formItem.done && formItem.status == "accepted" && formItem.source == .form)
        #expect(formItem.key == "nomination_paper" && formItem.responsible == "candidate")
        let step = try #require(
            MailPlanner.plan(for: timetable, postalVoteDispatch: nil, option: .unaddressed).steps.first)
        let mailItem = BoardItem(electionID: 7, electionName: "Ward", nation: .england, step: step)
        #expect(mailItem.source == .mail && !mailItem.done && mailItem.provisional == step.provisional)
        let rows = DeadlineBoard.rows(deadlines + [formItem, mailItem], today: day("2025-04-01"))
        #expect(rows.first { $0.item.key == "nomination_paper" }?.urgency == .done)
        #expect(rows.first { $0.item.key == "close_of_nominations" }?.urgency == .dueSoon)
    }
}
