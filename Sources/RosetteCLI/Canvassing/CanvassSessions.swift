import ArgumentParser
import Canvassing
import RosetteCore
import RosetteStore

extension CanvassCommand {
    /// `rosette canvass sessions ...`: the outings attempts are logged under.
    struct Sessions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record canvass sessions (day, area, team, questions) and see each one's results.",
            discussion: """
                Log attempts under a session with `canvass log --session ID` or
                `canvass import FILE --session ID`.

                Example:
                  rosette canvass sessions add --on 2026-11-21 --area "Leith LA" \\
                    --canvassers "Aileen,Bashir" --questions support,issues
                """,
            subcommands: [Add.self, List.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record a canvass session.",
                discussion: """
                    Questions: \(SessionQuestion.allCases.map(\.rawValue).joined(separator: ", ")).

                    Example:
                      rosette canvass sessions add --on 2026-11-21 --area "Leith LA" \\
                        --canvassers "Aileen,Bashir" --questions support,issues
                    """)

            @OptionGroup var store: StoreOptions
            @Option(help: "The day of the session (default: today).") var on: CalendarDate?
            @Option(help: "Where: a ward, polling district or streets.") var area: String
            @Option(help: "The team, comma-separated.") var canvassers: String
            @Option(help: "The questions asked, comma-separated.") var questions: String = ""
            @Option(help: "Notes about the session (no personal data about electors).") var notes: String?
            @Flag(help: "Print the created session as JSON.") var json = false

            func run() async throws {
                let today = try Today.resolve()
                let session = try CanvassSession.validated(
                    heldOn: on ?? today, area: area, canvassers: canvassers.split(separator: ",").map(String.init),
                    questions: questions.split(separator: ",").map(String.init), notes: notes, today: today)
                let id = try CanvassRepository(try store.open(), actor: store.resolvedActor).addSession(session)
                if json {
                    var stored = session
                    stored.id = id
                    try JSONOutput.print(SessionJSON(StoredSession(session: stored, attempts: 0, contacts: 0)))
                } else {
                    print("Recorded canvass session \(id): \(session.area) on \(session.heldOn).")
                }
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List canvass sessions, newest first, with what was logged under each.",
                discussion: """
                    Example:
                      rosette canvass sessions list --json
                    """)

            @OptionGroup var store: StoreOptions
            @Flag(help: "Print a JSON array.") var json = false

            func run() async throws {
                let sessions = try CanvassRepository(try store.openExisting(), actor: store.resolvedActor).sessions()
                if json {
                    try JSONOutput.print(sessions.map(SessionJSON.init))
                    return
                }
                guard !sessions.isEmpty else {
                    print("No canvass sessions recorded.")
                    return
                }
                var table = TextTable("ID", "Day", "Area", "Team", "Questions", "Attempts", "Spoke to")
                for stored in sessions {
                    let s = stored.session
                    table.append([
                        "\(s.id ?? 0)", s.heldOn.iso, s.area, s.canvassers.joined(separator: ", "),
                        s.questions.map(\.rawValue).joined(separator: ","), "\(stored.attempts)", "\(stored.contacts)",
                    ])
                }
                print(table.render())
            }
        }
    }
}

/// A session in JSON.
struct SessionJSON: Encodable {
    var id: Int64
    var held_on: String
    var area: String
    var canvassers: [String]
    var questions: [String]
    @Nullable var notes: String?
    var attempts: Int
    var contacts: Int

    init(_ stored: StoredSession) {
        id = stored.session.id ?? 0
        held_on = stored.session.heldOn.iso
        area = stored.session.area
        canvassers = stored.session.canvassers
        questions = stored.session.questions.map(\.rawValue)
        notes = stored.session.notes
        attempts = stored.attempts
        contacts = stored.contacts
    }
}
