import ArgumentParser
import Members
import RosetteCore
import RosetteStore

extension MembersCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List members, filtered by status, branch, type, role, age band or joining date.",
            discussion: """
                Filters combine (all must hold); a repeated --status or --age-band means "any of".
                Example:
                  rosette members list --status grace --status lapsed --branch Leith --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "Membership status (repeatable: any of them).")
        var status: [MembershipStatus] = []
        @Option(help: "Branch name (any case).") var branch: String?
        @Option(name: .customLong("type"), help: "Membership type.") var membershipType: String?
        @Option(help: "A role held today, e.g. treasurer.") var role: String?
        @Option(help: "Age band (repeatable: any of them).")
        var ageBand: [AgeBand] = []
        @Option(help: "Joined on or after this date (YYYY-MM-DD).") var joinedSince: CalendarDate?
        @Option(help: "Joined before this date (YYYY-MM-DD).") var joinedBefore: CalendarDate?
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            var filter = MemberFilter()
            filter.statuses = Set(status)
            filter.branch = branch
            filter.membershipType = try membershipType.map { try MembershipType(parsing: $0) }
            filter.role = try role.map { try Role(parsing: $0) }
            filter.ageBands = Set(ageBand)
            filter.joinedSince = joinedSince
            filter.joinedBefore = joinedBefore
            let database = try store.openExisting()
            let grace = try SettingsRepository(database).gracePeriodDays()
            let members = try MemberRepository(database, actor: store.resolvedActor)
                .list(filter, on: today, gracePeriodDays: grace)
            if json {
                try JSONOutput.print(members.map { MemberJSON($0.member, roles: $0.roles, today: today, gracePeriodDays: grace) })
            } else {
                print(MembersTable.render(members.map(\.member), today: today, gracePeriodDays: grace))
            }
        }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find members by name, email or postcode (any part, any case).",
            discussion: """
                Example:
                  rosette members search "eh6 5"
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "Text to look for.") var text: String
        @Flag(help: "Print a JSON array.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.openExisting()
            let grace = try SettingsRepository(database).gracePeriodDays()
            let members = try MemberRepository(database, actor: store.resolvedActor).search(text)
            if json {
                try JSONOutput.print(members.map { MemberJSON($0, roles: [], today: today, gracePeriodDays: grace) })
            } else {
                print(MembersTable.render(members, today: today, gracePeriodDays: grace))
            }
        }
    }
}

/// The human table of members.
enum MembersTable {
    static func render(_ members: [Member], today: CalendarDate, gracePeriodDays: Int) -> String {
        guard !members.isEmpty else { return "No members match." }
        var table = TextTable("ID", "Name", "Status", "Branch", "Type", "Postcode", "Joined", "Paid until")
        for member in members {
            let status = member.status(on: today, gracePeriodDays: gracePeriodDays)
            table.append([
                "\(member.id)", "\(member.details.firstName) \(member.details.lastName)",
                StatusStyle.colored(status), member.details.branch ?? "-",
                member.details.membershipType.slug, member.details.postcode?.normalised ?? "-",
                member.details.joinedOn.iso, member.paidUntil?.iso ?? "-",
            ])
        }
        return table.render() + "\n\(members.count) member\(members.count == 1 ? "" : "s")"
    }
}

/// Colours a status for terminals (never with NO_COLOR or when piped).
enum StatusStyle {
    static func colored(_ status: MembershipStatus) -> String {
        switch status {
        case .current: return Terminal.colored(status.rawValue, .green)
        case .grace, .pending: return Terminal.colored(status.rawValue, .yellow)
        case .lapsed: return Terminal.colored(status.rawValue, .red)
        case .resigned, .expelled, .deceased: return Terminal.colored(status.rawValue, .dim)
        }
    }
}
