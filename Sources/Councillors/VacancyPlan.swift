public import Elections
public import RosetteCore

/// What the law says happens next after a casual vacancy: the route, the dates, and which of them
/// rest on unconfirmed rules.
public struct VacancyPlan: Hashable, Sendable {
    public enum Route: String, Sendable, Codable {
        /// Principal council (England, Wales): a by-election once two electors ask.
        case byElectionIfRequested = "by-election-if-requested"
        /// A by-election is due (requested in time, or automatic as in Scotland).
        case byElection = "by-election"
        /// Parish or community council: co-option unless ten electors ask in time.
        case coOptionUnlessRequested = "co-option-unless-requested"
        /// The council fills the seat by co-option (no request in time, or near an ordinary election).
        case coOption = "co-option"
        /// Within six months of the ordinary election: the seat waits for it.
        case noByElection = "no-by-election"
        /// Northern Ireland: the party the councillor stood for nominates a successor.
        case partyCoOption = "party-co-option"
        /// Rosette has no rule for this council.
        case unknown
    }

    /// One thing that happens, with its date when the law fixes one.
    public struct Step: Hashable, Sendable {
        public var title: String
        public var date: CalendarDate?
        /// The rule and its source, in a sentence.
        public var rule: String
        public var provisional: Bool
    }

    public var route: Route
    /// One sentence for the steering group.
    public var summary: String
    public var steps: [Step]
    /// The kind of election that fills the seat, when one can.
    public var electionKind: ElectionKind?
    public var earliestPoll: CalendarDate?
    public var latestPoll: CalendarDate?
    /// A Thursday (polling days are Thursdays by convention) inside the window, to pre-fill a
    /// by-election; the returning officer fixes the real day.
    public var suggestedPoll: CalendarDate?
    /// The open-questions.md items the plan rests on.
    public var openQuestions: [Int]

    init(
        route: Route, summary: String, steps: [Step], electionKind: ElectionKind?, earliestPoll: CalendarDate? = nil,
        latestPoll: CalendarDate? = nil, openQuestions: [Int]
    ) {
        self.route = route
        self.summary = summary
        self.steps = steps
        self.electionKind = electionKind
        self.earliestPoll = earliestPoll
        self.latestPoll = latestPoll
        self.openQuestions = openQuestions
    }

    /// True when any date or the route rests on an unconfirmed rule or bank holiday.
    public var provisional: Bool { steps.contains(where: \.provisional) || !openQuestions.isEmpty }

    /// True when creating a by-election for it makes sense.
    public var allowsElection: Bool {
        switch route {
        case .byElection, .byElectionIfRequested, .coOptionUnlessRequested: electionKind != nil && suggestedPoll != nil
        case .coOption, .noByElection, .partyCoOption, .unknown: false
        }
    }
}
