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
        let currentConsent = ConsentChange.current(from: consent)
        func consentCell(_ channel: ContactChannel) -> String {
            currentConsent[channel].map { $0 ? "yes" : "no" } ?? ""
        }
        let cells: [String] = columns.map { column in
            switch column {
            case .id: return String(member.id.rawValue)
            case .firstName: return details.firstName.value
            case .lastName: return details.lastName.value
            case .email: return details.email?.value ?? ""
            case .phone: return details.phone?.e164 ?? ""
            case .postcode: return details.postcode?.normalised ?? ""
            case .address: return details.address ?? ""
            case .dateOfBirth: return details.dateOfBirth?.iso ?? ""
            case .joinedOn: return details.joinedOn.iso
            case .branch: return details.branch ?? ""
            case .membershipType: return details.membershipType.slug
            case .duesPence: return details.duesPence.map(String.init) ?? ""
            case .paidUntil: return member.paidUntil?.iso ?? ""
            case .status: return member.status(on: today, gracePeriodDays: gracePeriodDays).rawValue
            case .endedOn: return member.ending?.on.iso ?? ""
            case .endReason: return member.ending?.reason.rawValue ?? ""
            case .roles:
                return roles.map { role in
                    "\(role.role.slug) \(role.startedOn)..\(role.endedOn?.iso ?? "")"
                }.joined(separator: "; ")
            case .consentEmail: return consentCell(.email)
            case .consentPhone: return consentCell(.phone)
            case .consentSMS: return consentCell(.sms)
            case .consentPost: return consentCell(.post)
            case .notes: return details.notes ?? ""
            }
        }
        return cells.map(SpreadsheetSafety.neutralise)
    }
}
