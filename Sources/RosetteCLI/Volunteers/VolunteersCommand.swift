import ArgumentParser
import Members
import RosetteCore
import RosetteStore
import Volunteers

/// `rosette volunteers ...`: the people who staff stalls, canvass sessions and polling day.
struct VolunteersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volunteers",
        abstract: "Volunteers: members or supporters, their skills, wards and availability.",
        discussion: """
            Example:
              rosette volunteers add --member 12 --skill driver \\
                --ward "Leith Walk" --available "sat 10:00-16:00"
            """,
        subcommands: [Add.self, List.self, Show.self, Edit.self, Away.self, Consent.self, Shifts.self, Stats.self])
}

/// The options that describe what a volunteer offers.
struct VolunteerOfferOptions: ParsableArguments {
    @Option(help: "A skill, e.g. driver, welsh-speaker, team-leader (repeatable).") var skill: [String] = []
    @Option(help: "A ward they will travel to (repeatable; none means anywhere).") var ward: [String] = []
    @Option(help: ArgumentHelp("A weekly window, e.g. \"sat 10:00-16:00\" (repeatable).", valueName: "window"))
    var available: [String] = []

    var isEmpty: Bool { skill.isEmpty && ward.isEmpty && available.isEmpty }

    /// The offer, with any list not given here kept from `current`.
    func offer(replacing current: VolunteerOffer = VolunteerOffer()) throws -> VolunteerOffer {
        var offer = current
        if !skill.isEmpty { offer.skills = Set(try skill.map(Skill.init(parsing:))) }
        if !ward.isEmpty { offer.wards = Set(try ward.map(Ward.init(parsing:))) }
        if !available.isEmpty { offer.availability = try available.map(AvailabilityWindow.init(parsing:)) }
        return offer
    }
}

extension VolunteersCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a volunteer: a member by id, or a supporter by name.",
            discussion: """
                A member's contact details and consent stay on their member record. For a
                supporter, record consent with rosette volunteers consent.
                Examples:
                  rosette volunteers add --member 12 --skill driver --json
                  rosette volunteers add --name "Sam Reid" --phone "07700 900123" \\
                    --available "sat 10:00-16:00" --ward "Leith Walk"
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The member's id, when the volunteer is a member.") var member: Int64?
        @Option(help: "A supporter's name, when they are not a member.") var name: String?
        @Option(help: "A supporter's phone number.") var phone: String?
        @Option(help: "A supporter's email address.") var email: String?
        @OptionGroup var offer: VolunteerOfferOptions
        @Option(help: "The day they started volunteering (default: today).") var since: CalendarDate?
        @Flag(help: "Print the created volunteer as JSON.") var json = false

        func validate() throws {
            if (member == nil) == (name == nil) { throw ValidationError("give --member ID or --name NAME (one of them)") }
            if member != nil && (phone != nil || email != nil) {
                throw ValidationError("--phone and --email are for supporters; a member's details are on their record")
            }
        }

        func run() async throws {
            let today = try Today.resolve()
            let person: VolunteerPerson
            if let member {
                person = .member(MemberID(rawValue: member))
            } else {
                person = .supporter(
                    Supporter(
                        name: try PersonName(parsing: name ?? ""), phone: try phone.map(PhoneNumber.init(parsing:)),
                        email: try email.map(EmailAddress.init(parsing:))))
            }
            let repository = VolunteerRepository(try store.open(), actor: store.resolvedActor)
            let volunteer = try repository.add(person, offer: try offer.offer(), since: since ?? today)
            if json {
                try JSONOutput.print(VolunteerJSON(try repository.contact(volunteer.id)))
            } else {
                print("Added volunteer \(volunteer.id)" + (person.memberID.map { " (member \($0))" } ?? "") + ".")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List volunteers, optionally with a skill or going to a ward.",
            discussion: """
                Example:
                  rosette volunteers list --skill driver --ward "Leith Walk" --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "Only volunteers with this skill.") var skill: String?
        @Option(help: "Only volunteers who go to this ward.") var ward: String?
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let repository = VolunteerRepository(try store.openExisting(), actor: store.resolvedActor)
            let contacts = try repository.contacts(
                skill: try skill.map(Skill.init(parsing:)), ward: try ward.map(Ward.init(parsing:)))
            if json {
                try JSONOutput.print(contacts.map { VolunteerJSON($0) })
            } else {
                print(VolunteersText.table(contacts))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a volunteer: details, what they offer, consent and upcoming shifts.",
            discussion: """
                Example:
                  rosette volunteers show 3
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The volunteer's id.") var id: Int64
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let repository = VolunteerRepository(try store.openExisting(), actor: store.resolvedActor)
            let contact = try repository.contact(VolunteerID(rawValue: id))
            let shifts = try repository.shifts(of: contact.volunteer.id, from: today)
            if json {
                try JSONOutput.print(VolunteerJSON(contact, shifts: shifts))
            } else {
                print(VolunteersText.profile(contact, shifts: shifts))
            }
        }
    }
}
