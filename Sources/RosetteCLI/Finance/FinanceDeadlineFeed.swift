import Elections
import Finance
import RosetteCore
import RosetteStore

/// The treasurer's open obligations on the deadline board. Spending returns are left out: the
/// elections feed already shows each as a form with its status.
struct FinanceDeadlineFeed: DeadlineFeed {
    func items(_ database: AppDatabase, actor: Actor, today: CalendarDate, election: ElectionID?) throws -> [BoardItem] {
        let book = try FinanceRepository(database, actor: actor).book()
        return FinanceCheck.obligations(book, today: today)
            .filter { $0.kind != .spendingReturn && (election == nil || $0.election == election) }
            .map { obligation in
                let reference = obligation.donation.map { "donation-\($0)" } ?? obligation.expense.map { "expense-\($0)" }
                    ?? obligation.period ?? ""
                return BoardItem(
                    electionID: obligation.election?.rawValue,
                    electionName: book.election(obligation.election)?.name ?? "Party finance", source: .finance,
                    key: obligation.kind.rawValue + (reference.isEmpty ? "" : "-" + reference), title: obligation.title,
                    date: obligation.dueOn, time: nil, responsible: "treasurer", status: nil, done: false,
                    provisional: obligation.provisional, nation: nil)
            }
    }
}
