internal import GRDB
import Members
public import RosetteCore

/// One row of the `member` table. Internal: the rest of Rosette sees `Member`.
struct MemberRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "member"

    var id: Int64?
    var firstName: String
    var lastName: String
    var email: String?
    var emailKey: String?
    var phone: String?
    var postcode: String?
    var nameKey: String
    var address: String?
    var dateOfBirth: String?
    var joinedOn: String
    var branch: String?
    var membershipType: String
    var duesPence: Int?
    var paidUntil: String?
    var endedOn: String?
    var endReason: String?
    var notes: String?
    var createdAt: String
    var updatedAt: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let emailKey = Column(CodingKeys.emailKey)
        static let postcode = Column(CodingKeys.postcode)
        static let nameKey = Column(CodingKeys.nameKey)
        static let branch = Column(CodingKeys.branch)
        static let membershipType = Column(CodingKeys.membershipType)
        static let joinedOn = Column(CodingKeys.joinedOn)
        static let lastName = Column(CodingKeys.lastName)
        static let firstName = Column(CodingKeys.firstName)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The lower-cased name key used with the postcode to spot one person entered twice.
    static func nameKey(_ details: MemberDetails) -> String {
        "\(details.firstName.comparisonKey)|\(details.lastName.comparisonKey)"
    }

    init(_ details: MemberDetails, paidUntil: CalendarDate?, ending: MembershipEnding?, now: String) {
        id = nil
        firstName = ""
        lastName = ""
        nameKey = ""
        joinedOn = ""
        membershipType = ""
        createdAt = now
        updatedAt = now
        apply(details)
        self.paidUntil = paidUntil?.iso
        endedOn = ending?.on.iso
        endReason = ending?.reason.rawValue
    }

    mutating func apply(_ details: MemberDetails) {
        firstName = details.firstName.value
        lastName = details.lastName.value
        email = details.email?.value
        emailKey = details.email?.comparisonKey
        phone = details.phone?.e164
        postcode = details.postcode?.normalised
        nameKey = Self.nameKey(details)
        address = details.address
        dateOfBirth = details.dateOfBirth?.iso
        joinedOn = details.joinedOn.iso
        branch = details.branch
        membershipType = details.membershipType.slug
        duesPence = details.duesPence
        notes = details.notes
    }

    /// The domain value. Stored values passed validation on the way in; a row edited by hand
    /// into something invalid surfaces as a `StoredDataError` naming the record, not a crash.
    func member() throws -> Member {
        guard let id else { throw StoredDataError(kind: "member", id: 0, field: "id") }
        func field<T>(_ name: String, _ make: () throws -> T?) throws -> T {
            guard let value = try? make() else {
                throw StoredDataError(kind: "member", id: id, field: name)
            }
            return value
        }
        func optional<T>(_ text: String?, _ name: String, _ make: (String) throws -> T?) throws -> T? {
            guard let text else { return nil }
            return try field(name) { try make(text) }
        }
        let details = MemberDetails(
            firstName: try field("firstName") { try PersonName(parsing: firstName) },
            lastName: try field("lastName") { try PersonName(parsing: lastName) },
            email: try optional(email, "email") { try EmailAddress(parsing: $0) },
            phone: try optional(phone, "phone") { try PhoneNumber(parsing: $0) },
            postcode: try optional(postcode, "postcode") { try Postcode(parsing: $0) },
            address: address,
            dateOfBirth: try optional(dateOfBirth, "dateOfBirth") { CalendarDate(iso: $0) },
            joinedOn: try field("joinedOn") { CalendarDate(iso: joinedOn) },
            branch: branch,
            membershipType: try field("membershipType") { try MembershipType(parsing: membershipType) },
            duesPence: duesPence,
            notes: notes)
        var ending: MembershipEnding?
        if let endedOn, let endReason {
            ending = MembershipEnding(
                reason: try field("endReason") { MembershipEnding.EndReason(rawValue: endReason) },
                on: try field("endedOn") { CalendarDate(iso: endedOn) })
        }
        return Member(
            id: MemberID(rawValue: id), details: details,
            paidUntil: try optional(paidUntil, "paidUntil") { CalendarDate(iso: $0) },
            ending: ending)
    }
}

/// A stored value that no longer parses (edited outside Rosette). Names the record, not the value.
public struct StoredDataError: RosetteFailure {
    public let kind: FailureKind = .badData
    let recordKind: String
    let id: Int64
    let field: String

    init(kind: String, id: Int64, field: String) {
        recordKind = kind
        self.id = id
        self.field = field
    }

    public var description: String {
        "\(recordKind) \(id) has an unreadable \(field) in the database; correct it with `rosette members edit`"
    }
}
