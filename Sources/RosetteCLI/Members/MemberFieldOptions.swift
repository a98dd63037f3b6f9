import ArgumentParser
import Members

/// The member fields, shared by `members add` and `members edit`. On edit, an empty value
/// ("") clears an optional field.
struct MemberFieldOptions: ParsableArguments {
    @Option(help: "First name.") var firstName: String?
    @Option(help: "Last name.") var lastName: String?
    @Option(help: "Email address (unique among members, any case).") var email: String?
    @Option(help: "Phone number; UK numbers are stored as +44...") var phone: String?
    @Option(help: "UK postcode, e.g. \"SW1A 1AA\".") var postcode: String?
    @Option(help: "Address (street lines, town).") var address: String?
    @Option(help: "Date of birth, YYYY-MM-DD.") var dateOfBirth: String?
    @Option(help: "Date joined, YYYY-MM-DD (a new member: today if not given).") var joinedOn: String?
    @Option(help: "Branch name.") var branch: String?
    @Option(name: .customLong("type"), help: "Membership type, e.g. standard, concession, youth.")
    var membershipType: String?
    @Option(parsing: .unconditional, help: "Annual dues in pence, e.g. 1200 for £12.") var duesPence: Int?
    @Option(help: "Free notes (keep opinions out: this is shown on subject access).") var notes: String?

    var changes: MemberChanges {
        var changes = MemberChanges()
        changes.firstName = firstName
        changes.lastName = lastName
        changes.email = email
        changes.phone = phone
        changes.postcode = postcode
        changes.address = address
        changes.dateOfBirth = dateOfBirth
        changes.joinedOn = joinedOn
        changes.branch = branch
        changes.membershipType = membershipType
        changes.duesPence = duesPence
        changes.notes = notes
        return changes
    }
}
