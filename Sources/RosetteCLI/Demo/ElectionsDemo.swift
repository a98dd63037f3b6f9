import Elections
import Members
import RosetteCore
import RosetteStore

/// Seeds the demo party's elections: a council by-election in progress (nominations closed,
/// some forms done, some overdue) and a UK Parliament by-election further off, with its Royal
/// Mail election mailing to plan.
enum ElectionsDemo {
    static func seed(_ database: AppDatabase, actor: Actor, today: CalendarDate) throws {
        let members = MemberRepository(database, actor: actor)
        let elections = ElectionRepository(database, actor: actor)
        var current = MemberFilter()
        current.statuses = [.current]
        let active = try members.list(current, on: today, gracePeriodDays: MembershipStatus.defaultGracePeriodDays)
            .map(\.member.id).sorted()
        let officer = try members.holders(of: .nominatingOfficer, on: today).first
        let candidate = active.dropFirst(10).first
        let agent = active.dropFirst(11).first

        let council = try elections.add(
            PartyElectionDetails(
                name: "Leith Walk council by-election", kind: .local, nation: .scotland, area: "Leith Walk",
                pollDate: thursday(onOrAfter: today.adding(days: 18)),
                authorisedDescription: "Rosette Party – Local Voices", paperDescription: "Rosette Party – Local Voices",
                candidate: candidate.map(Participant.member), agent: agent.map(Participant.member),
                nominatingOfficer: officer))
        let progress: [(FormKind, FormStatus, String?)] = [
            (.nominationPaper, .accepted, "accepted by the returning officer"),
            (.consentToNomination, .accepted, nil),
            (.homeAddressForm, .accepted, nil),
            (.certificateOfAuthorisation, .accepted, nil),
            (.emblemRequest, .inProgress, "artwork with the nominating officer"),
            (.electionAgentNotice, .toDo, "agent still to sign"),
        ]
        let checklist = try elections.checklist(of: council.id)
        for (form, status, note) in progress where checklist.contains(where: { $0.kind == form }) {
            try elections.setForm(form, of: council.id, status: status, assignee: nil, note: note, checklist: checklist)
        }
        let subscribers = [
            Subscriber(name: "Demo Proposer", electorNumber: "LW-1021", role: .proposer),
            Subscriber(name: "Demo Seconder", electorNumber: "LW-2210", role: .seconder),
        ]
        for subscriber in subscribers { _ = try elections.addSubscriber(subscriber, to: council.id) }

        let poll = thursday(onOrAfter: today.adding(days: 50))
        _ = try elections.add(
            PartyElectionDetails(
                name: "Hackney North by-election", kind: .ukParliament, nation: .england,
                area: "Hackney North and Stoke Newington", pollDate: poll, postalVoteDispatch: poll.adding(days: -16),
                mailOption: .addressed, authorisedDescription: "Rosette Party",
                candidate: .named("Candidate to be selected"), nominatingOfficer: officer))
    }

    /// Polling days are Thursdays by convention: the first on or after `day`.
    static func thursday(onOrAfter day: CalendarDate) -> CalendarDate {
        var date = day
        while date.weekday != .thursday { date = date.adding(days: 1) }
        return date
    }
}
