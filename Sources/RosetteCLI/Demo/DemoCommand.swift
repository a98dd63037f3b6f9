import ArgumentParser
import Elections
import Foundation
import Members
import RosetteCore
import RosetteStore

/// `rosette demo`: a fresh database holding a realistic fictional party, and its dashboard.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a demo database of a fictional party and show its dashboard.",
        discussion: """
            Without --db the demo lives in $XDG_DATA_HOME/rosette/demo.sqlite3, apart from your
            real data. It refuses to touch a database that holds real (non-demo) data, and
            replaces an earlier demo database.
            Example:
              rosette demo --db demo.sqlite3
              rosette members list --db demo.sqlite3 --status lapsed
            """)

    @Option(name: .customLong("db"), help: ArgumentHelp("The demo database file.", valueName: "path"))
    var path: String?

    @Option(help: "Seed for the fictional data (the same seed gives the same party).")
    var seed: UInt64 = 2026

    func run() async throws {
        let today = try Today.resolve()
        let path = self.path ?? DemoCommand.defaultPath
        try DemoCommand.clear(path)
        let database = try AppDatabase.open(path: path)
        try database.markAsDemo()
        var random = SeededRandom(seed: seed)
        let actor = Actor("demo")
        try MembersDemo.seed(database, actor: actor, today: today, random: &random)
        try ElectionsDemo.seed(database, actor: actor, today: today)
        try CouncillorsDemo.seed(database, actor: actor, today: today)
        try VolunteersDemo.seed(database, actor: actor, today: today)
        try FinanceDemo.seed(database, actor: actor, today: today)
        try CanvassingDemo.seed(database, actor: actor, today: today, random: &random)
        try PrivacyDemo.seed(database, actor: actor, today: today)
        let grace = try SettingsRepository(database).gracePeriodDays()
        let stats = try MemberRepository(database, actor: actor).stats(on: today, gracePeriodDays: grace)
        print("Demo database: \(path)")
        print("Explore it with --db \(path), or export ROSETTE_DB=\(path)")
        print("")
        print(MemberStatsText.render(stats, today: today))
        let board = DeadlineBoard.rows(
            try DeadlineFeeds.items(database, actor: actor, today: today, election: nil), today: today, withinDays: 14
        ).filter { $0.urgency != .done }
        print("")
        print("Deadlines in the next 14 days (rosette deadlines for all):")
        print(BoardText.render(board, today: today))
    }

    static var defaultPath: String {
        var options = StoreOptions()
        options.path = nil
        let main = options.resolvedPath
        return (main as NSString).deletingLastPathComponent + "/demo.sqlite3"
    }

    /// Removes an earlier demo database; refuses one with real data.
    static func clear(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let existing = try AppDatabase.open(path: path)
        guard try existing.holdsOnlyDemoData() || existing.isEmpty() else {
            throw DemoRefusal(path: path)
        }
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

/// `rosette demo` was pointed at a database with real data.
struct DemoRefusal: RosetteFailure {
    let path: String
    var kind: FailureKind { .badData }
    var description: String {
        "\(path) holds data that rosette demo did not create; choose another --db path (nothing was changed)"
    }
}

/// A small deterministic generator (SplitMix64), so the demo party is the same on every machine.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
