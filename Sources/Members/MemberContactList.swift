public import RosetteCore

/// A contact list for one channel (a mailing, a phone bank, an email send): who may be
/// contacted that way, and only the fields the job needs.
///
/// Least data out (UK GDPR Art. 5(1)(c)): the list carries the member id, name and that
/// channel's details, nothing else; the caller also leaves out anyone on the do-not-contact
/// list. Consent rules (PECR regs. 21-22; ICO direct marketing guidance): email, texts and calls
/// need consent to that channel (Rosette asks consent for live calls too, to be safe); addressed
/// post is allowed unless the member objected.
public enum MemberContactList {
    /// The header row for `channel`'s list.
    public static func header(_ channel: ContactChannel) -> [String] {
        ["id", "first_name", "last_name"] + fields(channel)
    }

    static func fields(_ channel: ContactChannel) -> [String] {
        switch channel {
        case .email: return ["email"]
        case .phone, .sms: return ["phone"]
        case .post: return ["address", "postcode"]
        }
    }

    /// True when `member` may be contacted on `channel` on `today`: an active membership, the
    /// channel's details held, and consent as the channel needs.
    public static func includes(
        _ member: Member, consent: [ConsentChange], channel: ContactChannel, today: CalendarDate, gracePeriodDays: Int
    ) -> Bool {
        guard member.status(on: today, gracePeriodDays: gracePeriodDays).isActive else { return false }
        let current = ConsentChange.current(from: consent)[channel]
        let details = member.details
        switch channel {
        case .email: return details.email != nil && current == true
        case .phone, .sms: return details.phone != nil && current == true
        case .post: return details.address != nil && details.postcode != nil && current != false
        }
    }

    /// One member's cells, neutralised against spreadsheet formula injection.
    public static func row(_ member: Member, channel: ContactChannel) -> [String] {
        let details = member.details
        var cells = [String(member.id.rawValue), details.firstName.value, details.lastName.value]
        switch channel {
        case .email: cells.append(details.email?.value ?? "")
        case .phone, .sms: cells.append(details.phone?.e164 ?? "")
        case .post: cells += [details.address ?? "", details.postcode?.normalised ?? ""]
        }
        return cells.map(SpreadsheetSafety.neutralise)
    }
}
