import Elections
import Members
import RosetteCore

/// An election as `--json` prints it: its facts, timetable, checklist, subscriber warnings and
/// mail plan. `id` is a contract: scripts read it after `elections add --json`.
struct ElectionJSON: Encodable {
    var id: Int64
    var name: String
    var kind: String
    @Nullable var nation: String?
    @Nullable var area: String?
    var pollDate: String
    @Nullable var cancelledOn: String?
    @Nullable var candidate: String?
    @Nullable var agent: String?
    @Nullable var nominatingOfficerMemberId: Int64?
    var timetable: TimetableJSON
    var forms: [FormJSON]
    var subscriberWarnings: [String]
    var mail: MailPlanJSON

    /// The short form, for `elections list --json`.
    struct Summary: Encodable {
        var id: Int64
        var name: String
        var kind: String
        @Nullable var nation: String?
        @Nullable var area: String?
        var poll_date: String
        @Nullable var cancelled_on: String?
        @Nullable var candidate: String?

        init(_ election: PartyElection) {
            id = election.id.rawValue
            name = election.details.name
            kind = election.details.kind.rawValue
            nation = election.details.nation?.rawValue
            area = election.details.area
            poll_date = election.details.pollDate.iso
            cancelled_on = election.cancelledOn?.iso
            candidate = election.details.candidate?.label
        }

        enum CodingKeys: String, CodingKey { case id, name, kind, nation, area, poll_date, cancelled_on, candidate }
    }

    init(_ dossier: ElectionDossier) {
        let election = dossier.election
        let d = election.details
        id = election.id.rawValue
        name = d.name
        kind = d.kind.rawValue
        nation = d.nation?.rawValue
        area = d.area
        pollDate = d.pollDate.iso
        cancelledOn = election.cancelledOn?.iso
        candidate = d.candidate?.label
        agent = d.agent?.label
        nominatingOfficerMemberId = d.nominatingOfficer?.rawValue
        timetable = TimetableJSON(dossier.timetable)
        forms = dossier.checklist.map { FormJSON($0, election: election.id) }
        subscriberWarnings = dossier.subscriberWarnings.map(\.description)
        mail = MailPlanJSON(dossier.mailPlan)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind, nation, area, pollDate = "poll_date", cancelledOn = "cancelled_on", candidate, agent
        case nominatingOfficerMemberId = "nominating_officer_member_id", timetable, forms
        case subscriberWarnings = "subscriber_warnings", mail
    }
}

/// One checklist item in JSON.
struct FormJSON: Encodable {
    var item: String
    var form: String
    var title: String
    var dueDate: String
    @Nullable var dueTime: String?
    var responsible: String
    var status: String
    @Nullable var note: String?
    var provisional: Bool
    @Nullable var subscribersRequired: Int?
    @Nullable var depositPence: Int?
    var source: String

    init(_ item: ChecklistItem, election: ElectionID) {
        self.item = "\(election)/\(item.requirement.kind.rawValue)"
        form = item.requirement.kind.rawValue
        title = item.requirement.title
        dueDate = item.requirement.dueDate.iso
        dueTime = item.requirement.dueTime
        responsible = item.responsible
        status = item.status.rawValue
        note = item.note
        provisional = item.requirement.provisional
        subscribersRequired = item.requirement.subscribersRequired
        depositPence = item.requirement.depositPence
        source = item.requirement.source
    }

    enum CodingKeys: String, CodingKey {
        case item, form, title, dueDate = "due_date", dueTime = "due_time", responsible, status, note, provisional
        case subscribersRequired = "subscribers_required", depositPence = "deposit_pence", source
    }
}

/// A mail plan in JSON.
struct MailPlanJSON: Encodable {
    var eligible: Bool
    var explanation: String
    @Nullable var option: String?
    var steps: [Step]

    struct Step: Encodable {
        var key: String
        var date: String
        var title: String
        var detail: String
        var provisional: Bool
        var source: String
    }

    init(_ plan: MailPlan) {
        eligible = plan.eligible
        explanation = plan.explanation
        option = plan.option?.rawValue
        steps = plan.steps.map {
            Step(key: $0.key, date: $0.date.iso, title: $0.title, detail: $0.detail, provisional: $0.provisional, source: $0.source)
        }
    }
}
