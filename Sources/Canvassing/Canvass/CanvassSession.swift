public import RosetteCore

/// The questions a canvass session can ask at the door, so results can be read knowing what was
/// asked (a session that did not ask about issues has no issues to count).
public enum SessionQuestion: String, CaseIterable, Sendable, Codable {
    case support, intention
    case previousVote = "previous_vote"
    case issues, message, asks
}

/// One canvassing outing: a day, an area (ward, district or streets), the team, the questions.
public struct CanvassSession: Sendable, Equatable {
    public var id: Int64?
    public var heldOn: CalendarDate
    public var area: String
    public var canvassers: [String]
    public var questions: [SessionQuestion]
    public var notes: String?

    /// A session as stored (already checked by `validated`).
    public init(
        id: Int64?, heldOn: CalendarDate, area: String, canvassers: [String], questions: [SessionQuestion],
        notes: String?
    ) {
        self.id = id
        self.heldOn = heldOn
        self.area = area
        self.canvassers = canvassers
        self.questions = questions
        self.notes = notes
    }

    /// Checks a session before it is stored: an area, at least one canvasser (names of 1-80
    /// characters, each once), known question codes, and a day no later than today (a session is
    /// recorded when it happens or after, like the attempts it holds).
    public static func validated(
        heldOn: CalendarDate, area: String, canvassers: [String], questions: [String], notes: String?,
        today: CalendarDate
    ) throws -> CanvassSession {
        let place = area.trimmingWhitespace
        guard !place.isEmpty, place.count <= 120 else {
            throw InvalidInput(field: "area", value: area, expected: "a ward, district or streets, 1 to 120 characters")
        }
        var team: [String] = []
        for name in canvassers.map(\.trimmingWhitespace) where !name.isEmpty {
            guard name.count <= 80 else {
                throw InvalidInput(field: "canvasser", value: name, expected: "a name of 1 to 80 characters")
            }
            if !team.contains(where: { $0.lowercased() == name.lowercased() }) { team.append(name) }
        }
        guard !team.isEmpty else {
            throw InvalidInput(field: "canvassers", value: "", expected: "at least one canvasser, e.g. \"Aileen,Bashir\"")
        }
        var asked: [SessionQuestion] = []
        for code in questions.map({ $0.trimmingWhitespace.lowercased() }) where !code.isEmpty {
            guard let question = SessionQuestion(rawValue: code) else {
                throw InvalidInput(
                    field: "question", value: code,
                    expected: SessionQuestion.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if !asked.contains(question) { asked.append(question) }
        }
        guard heldOn <= today else {
            throw InvalidInput(field: "on", value: heldOn.iso, expected: "a day no later than today (\(today))")
        }
        let note = notes?.trimmingWhitespace
        return CanvassSession(
            id: nil, heldOn: heldOn, area: place, canvassers: team, questions: asked,
            notes: note?.isEmpty == false ? note : nil)
    }
}
