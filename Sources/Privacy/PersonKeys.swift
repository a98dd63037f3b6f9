public import RosetteCore

/// What identifies one person across Rosette's modules, for a subject access request or an
/// erasure (UK GDPR Arts. 15 and 17).
///
/// A request starts from one key (an email, a member, volunteer, councillor, donor or elector
/// id, or an elector number in the current register edition);
/// each module's data source then adds the keys its records link to (a member's email, the
/// volunteer row of that member), so one search finds the person everywhere. Names only ever
/// match *in addition* to a linked record (a donor or nomination subscriber has no email), and
/// such matches are labelled, so a namesake can be spotted in a dry run before anything is erased.
public struct PersonKeys: Sendable, Equatable {
    public var memberIDs: Set<Int64> = []
    public var volunteerIDs: Set<Int64> = []
    public var councillorIDs: Set<Int64> = []
    public var donorIDs: Set<Int64> = []
    /// Electoral register rows (`elector.id`), in every edition held.
    public var electorIDs: Set<Int64> = []
    /// Elector numbers in the current edition as typed (`LA-12`), until the canvassing data
    /// source turns them into `electorIDs`.
    public var electorNumbers: Set<String> = []
    /// Lower-cased email addresses.
    public var emails: Set<String> = []
    /// E.164 phone numbers.
    public var phones: Set<String> = []
    /// Full names, lower-cased with single spaces ("ada byron").
    public var names: Set<String> = []
    /// Normalised postcodes ("SW1A 1AA"), for name-and-postcode suppression entries.
    public var postcodes: Set<String> = []

    public init() {}

    /// The keys a request starts from.
    public static func start(_ request: PersonRequest) -> PersonKeys {
        var keys = PersonKeys()
        switch request {
        case .email(let email): keys.emails.insert(email.comparisonKey)
        case .member(let id): keys.memberIDs.insert(id)
        case .volunteer(let id): keys.volunteerIDs.insert(id)
        case .councillor(let id): keys.councillorIDs.insert(id)
        case .donor(let id): keys.donorIDs.insert(id)
        case .elector(let id): keys.electorIDs.insert(id)
        case .electorNumber(let number): keys.electorNumbers.insert(number)
        }
        return keys
    }

    /// Adds an email as typed (any case).
    public mutating func add(email: String?) {
        guard let email, !email.isEmpty else { return }
        emails.insert(email.lowercased())
    }

    public mutating func add(phone: String?) {
        guard let phone, !phone.isEmpty else { return }
        phones.insert(phone)
    }

    public mutating func add(name: String?) {
        guard let name, let key = Self.nameKey(name) else { return }
        names.insert(key)
    }

    /// A name as compared: lower case, single spaces, `nil` when empty.
    public static func nameKey(_ name: String) -> String? {
        let key = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return key.isEmpty ? nil : key
    }

    /// True when nothing identifies anyone yet.
    public var isEmpty: Bool { self == PersonKeys() }
}

/// How the user named the person: `--email`, `--member`, `--volunteer`, `--councillor`,
/// `--donor` or `--elector` (an elector id, or an elector number in the current edition).
public enum PersonRequest: Sendable, Equatable, CustomStringConvertible {
    case email(EmailAddress)
    case member(Int64)
    case volunteer(Int64)
    case councillor(Int64)
    case donor(Int64)
    /// An `elector.id`, as a subject access file shows it.
    case elector(Int64)
    /// An elector number in the current register edition, normalised (`LA-12`, `LA-12/1`).
    case electorNumber(String)

    /// Names the request without personal data when it is an id; an email is the user's own
    /// input, shown back only to them.
    public var description: String {
        switch self {
        case .email: return "the email address given"
        case .member(let id): return "member \(id)"
        case .volunteer(let id): return "volunteer \(id)"
        case .councillor(let id): return "councillor \(id)"
        case .donor(let id): return "donor \(id)"
        case .elector(let id): return "elector id \(id)"
        case .electorNumber(let number): return "elector \(number)"
        }
    }
}
