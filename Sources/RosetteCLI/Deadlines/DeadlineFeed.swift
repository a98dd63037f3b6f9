import Elections
import RosetteCore
import RosetteStore

/// Something that puts dated items on `rosette deadlines`. Each area that has deadlines adds
/// one feed to `DeadlineFeeds.all`; the board command knows no area's rules.
protocol DeadlineFeed: Sendable {
    /// The feed's items on `today`; only those of `election` when one is given.
    func items(_ database: AppDatabase, actor: Actor, today: CalendarDate, election: ElectionID?) throws -> [BoardItem]
}

/// Every feed on the board.
enum DeadlineFeeds {
    static let all: [any DeadlineFeed] = [ElectionDeadlineFeed(), FinanceDeadlineFeed()]

    static func items(_ database: AppDatabase, actor: Actor, today: CalendarDate, election: ElectionID?) throws -> [BoardItem] {
        try all.flatMap { try $0.items(database, actor: actor, today: today, election: election) }
    }
}

/// Timetable deadlines, forms and mail steps of the elections the party stands in.
struct ElectionDeadlineFeed: DeadlineFeed {
    func items(_ database: AppDatabase, actor: Actor, today: CalendarDate, election: ElectionID?) throws -> [BoardItem] {
        let repository = ElectionRepository(database, actor: actor)
        let dossiers = try election.map { [try repository.dossier($0)] } ?? repository.activeDossiers()
        return dossiers.flatMap(\.boardItems)
    }
}
