/// The columns of a members file: the canonical names Rosette exports, plus the spellings other
/// tools use for the same thing, so a CRM export imports without editing.
public enum MemberColumn: String, CaseIterable, Sendable {
    case id
    case firstName = "first_name"
    case lastName = "last_name"
    case email
    case phone
    case postcode
    case address
    case dateOfBirth = "date_of_birth"
    case joinedOn = "joined_on"
    case branch
    case membershipType = "membership_type"
    case duesPence = "dues_pence"
    case paidUntil = "paid_until"
    case status
    case endedOn = "ended_on"
    case endReason = "end_reason"
    case roles
    case consentEmail = "consent_email"
    case consentPhone = "consent_phone"
    case consentSMS = "consent_sms"
    case consentPost = "consent_post"
    case notes

    /// Columns that `export` writes for information but `import` does not read back: they are
    /// derived (status) or have their own commands (roles, consent).
    public var isExportOnly: Bool {
        switch self {
        case .status, .roles, .consentEmail, .consentPhone, .consentSMS, .consentPost:
            return true
        default: return false
        }
    }

    /// Other tools' header spellings, compared after `headerKey` folding.
    var aliases: [String] {
        switch self {
        case .id: return ["memberid", "membershipnumber", "membernumber"]
        case .firstName: return ["firstname", "forename", "givenname", "first"]
        case .lastName: return ["lastname", "surname", "familyname", "last"]
        case .email: return ["emailaddress", "e-mail", "mail"]
        case .phone:
            return ["mobile", "mobilenumber", "mobilephone", "phonenumber", "telephone", "tel"]
        case .postcode: return ["zip", "zipcode", "postalcode", "postcode"]
        case .address: return ["address1", "addressline1", "streetaddress", "street"]
        case .dateOfBirth: return ["dob", "birthdate", "birthday"]
        case .joinedOn: return ["joined", "joindate", "datejoined", "membersince", "startdate"]
        case .branch: return ["localparty", "localbranch", "group"]
        case .membershipType: return ["type", "membership", "plan", "membershiplevel"]
        case .duesPence: return ["duespence"]
        case .paidUntil: return ["paiduntil", "paidupto", "expirydate", "renewaldate"]
        case .status: return ["membershipstatus"]
        case .endedOn: return ["endedon", "enddate"]
        case .endReason: return ["endreason"]
        case .roles: return []
        case .consentEmail, .consentPhone, .consentSMS, .consentPost: return []
        case .notes: return ["note", "comments"]
        }
    }

    /// Folds a header for matching: lower case, letters and digits only, so `E-mail Address`,
    /// `email_address` and `EmailAddress` are one spelling.
    public static func headerKey(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter {
            ("a"..."z").contains($0) || ("0"..."9").contains($0)
        }.map(Character.init))
    }

    /// The column a header names, or `nil` when it is not one of ours.
    public static func matching(header: String) -> MemberColumn? {
        let key = headerKey(header)
        for column in allCases
        where headerKey(column.rawValue) == key || column.aliases.contains(key) {
            return column
        }
        return nil
    }
}
