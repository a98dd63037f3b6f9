import ArgumentParser
import Elections
import Members
import RosetteCore

/// The facts of an election, shared by `elections add` and `elections edit`.
struct ElectionFieldOptions: ParsableArguments {
    @Option(help: "A name the steering group will recognise, e.g. \"Leith Walk by-election\".") var name: String?
    @Option(help: "The kind of election (see `rosette elections timetable --help`).") var kind: ElectionKind?
    @Option(help: "The nation (omit only for a UK general election).") var nation: Nation?
    @Option(help: "Polling day (YYYY-MM-DD).") var pollDate: CalendarDate?
    @Option(help: "The ward, division or constituency.") var area: String?
    @Option(help: "UK Parliament by-election: the day the writ is received.") var writDate: CalendarDate?
    @Option(help: "The close of nominations the returning officer fixed.") var closeOfNominations: CalendarDate?
    @Option(help: "The day the result was declared.") var declared: CalendarDate?
    @Option(help: "The council's postal-vote dispatch date (for the mail plan).") var postalVoteDispatch: CalendarDate?
    @Option(help: "Royal Mail option where there is a free delivery: addressed or unaddressed.") var mail: MailOption?
    @Flag(help: "uk-parliament with --nation: a general election in that nation.") var generalElection = false
    @Option(help: "The candidate, a member id.") var candidateMember: Int64?
    @Option(help: "The candidate, by name, when not a member.") var candidateName: String?
    @Option(help: "The election agent, a member id.") var agentMember: Int64?
    @Option(help: "The election agent, by name, when not a member.") var agentName: String?
    @Option(help: "The nominating officer, a member id (default: whoever holds the role).") var nominatingOfficer: Int64?
    @Option(help: "The party description authorised on the certificate of authorisation.") var description: String?
    @Option(help: "The description as written on the nomination paper.") var paperDescription: String?

    func validate() throws {
        if candidateMember != nil && candidateName != nil {
            throw ValidationError("give the candidate as --candidate-member or --candidate-name, not both")
        }
        if agentMember != nil && agentName != nil {
            throw ValidationError("give the agent as --agent-member or --agent-name, not both")
        }
    }

    /// Applies the given options to `base` (all of them for a new election).
    func applied(to base: PartyElectionDetails) -> PartyElectionDetails {
        var details = base
        if let name { details.name = name }
        if let kind { details.kind = kind }
        if let nation { details.nation = nation }
        if let pollDate { details.pollDate = pollDate }
        if let area { details.area = area.isEmpty ? nil : area }
        if let writDate { details.writDate = writDate }
        if let closeOfNominations { details.closeOfNominations = closeOfNominations }
        if let declared { details.declaredOn = declared }
        if let postalVoteDispatch { details.postalVoteDispatch = postalVoteDispatch }
        if let mail { details.mailOption = mail }
        if generalElection { details.isGeneralElection = true }
        if let candidateMember { details.candidate = .member(MemberID(rawValue: candidateMember)) }
        if let candidateName { details.candidate = candidateName.isEmpty ? nil : .named(candidateName) }
        if let agentMember { details.agent = .member(MemberID(rawValue: agentMember)) }
        if let agentName { details.agent = agentName.isEmpty ? nil : .named(agentName) }
        if let nominatingOfficer { details.nominatingOfficer = MemberID(rawValue: nominatingOfficer) }
        if let description { details.authorisedDescription = description.isEmpty ? nil : description }
        if let paperDescription { details.paperDescription = paperDescription.isEmpty ? nil : paperDescription }
        return details
    }

    var isEmpty: Bool {
        name == nil && kind == nil && nation == nil && pollDate == nil && area == nil && writDate == nil
            && closeOfNominations == nil && declared == nil && postalVoteDispatch == nil && mail == nil
            && !generalElection && candidateMember == nil && candidateName == nil && agentMember == nil
            && agentName == nil && nominatingOfficer == nil && description == nil && paperDescription == nil
    }
}
