/// Building board items from the three sources, so storage and the CLI map them the same way.
extension BoardItem {
    /// Every deadline of a timetable, none done (timetable deadlines have no status).
    public static func items(electionID: Int64, electionName: String, timetable: Timetable) -> [BoardItem] {
        timetable.deadlines.map { deadline in
            BoardItem(
                electionID: electionID, electionName: electionName, source: .timetable, key: deadline.key.rawValue,
                title: deadline.title, date: deadline.date, time: deadline.time, responsible: nil, status: nil,
                done: false, provisional: deadline.provisional, nation: timetable.nation)
        }
    }

    /// A checklist form with its recorded status (`toDo` when none is recorded).
    public init(electionID: Int64, electionName: String, nation: Nation?, form: FormRequirement, status: FormStatus) {
        self.init(
            electionID: electionID, electionName: electionName, source: .form, key: form.kind.rawValue,
            title: form.title, date: form.dueDate, time: form.dueTime, responsible: form.responsible.rawValue,
            status: status.rawValue, done: status.isDone, provisional: form.provisional, nation: nation)
    }

    /// A mailing-plan step; `done` as the caller records it.
    public init(electionID: Int64, electionName: String, nation: Nation?, step: MailStep, done: Bool = false) {
        self.init(
            electionID: electionID, electionName: electionName, source: .mail, key: step.key, title: step.title,
            date: step.date, time: nil, responsible: nil, status: nil, done: done, provisional: step.provisional,
            nation: nation)
    }
}
