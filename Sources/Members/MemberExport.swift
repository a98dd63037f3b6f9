public import RosetteCore

/// The row `members export` writes for one member. Column names are the canonical import names,
/// so `members import` reads an export back unchanged.
public enum MemberExport {
    /// The columns, in file order.
    public static let columns: [MemberColumn] = [
        .id, .firstName, .lastName, .email, .phone, .postcode, .address, .dateOfBirth, .joinedOn,
        .branch, .membershipType, .duesPence, .paidUntil, .status, .endedOn, .endReason, .roles,
        .consentEmail, .consentPhone, .consentSMS, .consentPost, .notes,
    ]

    /// The header row.
    public static var header: [String] { columns.map(\.rawValue) }

    /// One member's cells, neutralised against spreadsheet formula injection (a cell starting
    /// with `=`, `+`, `-`, `@`, tab or CR is prefixed so a spreadsheet shows it as text).
    public static func row(
        _ member: Member, roles: [RoleAssignment], consent: [ConsentChange], today: CalendarDate,
        gracePeriodDays: Int
    ) -> [String] {
        let details = member.details
        // Most members have no consent history: skip building the lookup then.
        let currentConsent = consent.isEmpty ? [:] : ConsentChange.current(from: consent)
        func consentCell(_ channel: ContactChannel) -> String {
            currentConsent[channel].map { $0 ? "yes" : "no" } ?? ""
        }
        // One array, each cell neutralised as it is made (no second pass, no second array).
        var cells: [String] = []
        cells.reserveCapacity(columns.count)
        for column in columns {
            let cell: String
            switch column {
            case .id: cell = String(member.id.rawValue)
            case .firstName: cell = details.firstName.value
            case .lastName: cell = details.lastName.value
            case .email: cell = details.email?.value ?? ""
            case .phone: cell = details.phone?.e164 ?? ""
            case .postcode: cell = details.postcode?.normalised ?? ""
            case .address: cell = details.address ?? ""
            case .dateOfBirth: cell = details.dateOfBirth?.iso ?? ""
            case .joinedOn: cell = details.joinedOn.iso
            case .branch: cell = details.branch ?? ""
            case .membershipType: cell = details.membershipType.slug
            case .duesPence: cell = details.duesPence.map(String.init) ?? ""
            case .paidUntil: cell = member.paidUntil?.iso ?? ""
            case .status: cell = member.status(on: today, gracePeriodDays: gracePeriodDays).rawValue
            case .endedOn: cell = member.ending?.on.iso ?? ""
            case .endReason: cell = member.ending?.reason.rawValue ?? ""
            case .roles:
                cell = roles.map { role in
                    "\(role.role.slug) \(role.startedOn)..\(role.endedOn?.iso ?? "")"
                }.joined(separator: "; ")
            case .consentEmail: cell = consentCell(.email)
            case .consentPhone: cell = consentCell(.phone)
            case .consentSMS: cell = consentCell(.sms)
            case .consentPost: cell = consentCell(.post)
            case .notes: cell = details.notes ?? ""
            }
            cells.append(SpreadsheetSafety.neutralise(cell))
        }
        return cells
    }
}
