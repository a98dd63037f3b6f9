import Members
import RosetteCore
import RosetteStore

/// Seeds the demo party's members: several branches, every status, roles, consent and payments.
/// All names are invented; email addresses use example.org (RFC 2606) and phone numbers Ofcom's
/// drama ranges (07700 900000–900999), so nothing can reach a real person.
enum MembersDemo {
    static let firstNames = [
        "Aileen", "Bashir", "Catrin", "Dafydd", "Eilidh", "Farah", "Gareth", "Hamish", "Imogen",
        "Jamal", "Kirsty", "Lewis", "Mairi", "Niamh", "Owain", "Priya", "Rhys", "Siobhan", "Tomasz",
        "Una", "Viktor", "Wen", "Yusuf", "Zara", "Ailsa", "Callum", "Deepa", "Euan", "Fiona", "Ross",
    ]
    static let lastNames = [
        "MacLeod", "Ahmed", "Jones", "Evans", "Campbell", "Khan", "Williams", "Stewart", "O'Neill",
        "Kowalski", "Fraser", "Murray", "Reid", "Patel", "Hughes", "Doherty", "Nowak", "Chen",
        "Robertson", "Begum", "Thomson", "Okafor", "Price", "Ferguson", "Sinclair", "Davies",
    ]
    /// Branch, and postcodes in its area.
    static let branches: [(name: String, postcodes: [String])] = [
        ("Leith", ["EH6 5AB", "EH6 6QT", "EH6 8RG", "EH6 7HW"]),
        ("Dennistoun", ["G31 2AA", "G31 3BN", "G31 2HX"]),
        ("Cardiff Central", ["CF10 1AA", "CF24 0DE", "CF11 9LJ"]),
        ("Belfast South", ["BT7 1NN", "BT9 5AB"]),
        ("Hackney", ["E8 1DY", "E5 0LL", "N16 7UX"]),
    ]

    static func seed(
        _ database: AppDatabase, actor: Actor, today: CalendarDate, random: inout SeededRandom
    ) throws {
        let repository = MemberRepository(database, actor: actor)
        var nextPhone = 900_100
        for index in 0..<320 {
            let first = firstNames[Int.random(in: 0..<firstNames.count, using: &random)]
            let last = lastNames[Int.random(in: 0..<lastNames.count, using: &random)]
            let branch = branches[Int.random(in: 0..<branches.count, using: &random)]
            let joined = today.adding(days: -Int.random(in: 0...900, using: &random))
            let age = [16, 17, 19, 21, 23, 27, 31, 38, 44, 52, 58, 63, 67, 72, 81][Int.random(in: 0..<15, using: &random)]
            var changes = MemberChanges()
            changes.firstName = first
            changes.lastName = last
            changes.email = "\(first.lowercased()).\(last.lowercased().filter(\.isLetter)).\(index)@example.org"
            if Int.random(in: 0..<3, using: &random) > 0 {
                changes.phone = "07700 \(nextPhone)"
                nextPhone += 1
            }
            changes.postcode = branch.postcodes[Int.random(in: 0..<branch.postcodes.count, using: &random)]
            changes.address = "\(Int.random(in: 1...180, using: &random)) Demo Street"
            if Int.random(in: 0..<10, using: &random) > 0 {
                changes.dateOfBirth = joined.adding(days: -age * 365 - Int.random(in: 0...300, using: &random)).iso
            }
            changes.joinedOn = joined.iso
            changes.branch = branch.name
            changes.membershipType = age < 26 ? "youth" : (Int.random(in: 0..<5, using: &random) == 0 ? "concession" : "standard")
            changes.duesPence = changes.membershipType == "standard" ? 1200 : 300
            let member: Member
            do {
                member = try repository.add(try changes.newDetails(today: joined))
            } catch MembersError.duplicateNamePostcode {
                continue  // the same invented name drawn twice at one postcode: draw again
            }
            try seedHistory(of: member, repository: repository, today: today, random: &random)
            if Int.random(in: 0..<2, using: &random) == 0 {
                try repository.recordConsent(member.id, channel: .email, given: true, on: joined, method: "membership form", today: today)
            }
        }
        try seedRoles(repository, today: today)
    }

    /// Payments and endings that spread the members over every status.
    private static func seedHistory(
        of member: Member, repository: MemberRepository, today: CalendarDate, random: inout SeededRandom
    ) throws {
        let joined = member.details.joinedOn
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<8: return  // pending: never paid
        case 8..<68:  // current
            let until = max(joined, today).adding(days: Int.random(in: 0...340, using: &random))
            try repository.renew(member.id, until: until, paidOn: min(joined, today), amountPence: nil, today: today)
        case 68..<78:  // grace: paid-up date passed within 30 days
            let until = today.adding(days: -Int.random(in: 1...29, using: &random))
            guard until >= joined else { return }
            try repository.renew(member.id, until: until, paidOn: min(joined, today), amountPence: nil, today: today)
        case 78..<92:  // lapsed
            let until = today.adding(days: -Int.random(in: 45...400, using: &random))
            guard until >= joined else { return }
            try repository.renew(member.id, until: until, paidOn: min(joined, today), amountPence: nil, today: today)
        default:  // ended
            let reasons: [MembershipEnding.EndReason] = [.resigned, .resigned, .resigned, .expelled, .deceased]
            let reason = reasons[Int.random(in: 0..<reasons.count, using: &random)]
            let on = min(today, joined.adding(days: Int.random(in: 30...300, using: &random)))
            _ = try repository.end(member.id, MembershipEnding(reason: reason, on: on))
        }
    }

    /// The steering group and officers: the first active members in id order.
    private static func seedRoles(_ repository: MemberRepository, today: CalendarDate) throws {
        var filter = MemberFilter()
        filter.statuses = [.current]
        let active = try repository.list(filter, on: today, gracePeriodDays: MembershipStatus.defaultGracePeriodDays)
            .map(\.member).sorted { $0.id < $1.id }
        let roles: [Role] = [
            .leader, .treasurer, .nominatingOfficer, .steeringGroup, .steeringGroup, .steeringGroup,
            .branchSecretary, .branchSecretary, .chair,
        ]
        for (role, member) in zip(roles, active) {
            try repository.assign(role, to: member.id, from: max(member.details.joinedOn, today.adding(days: -200)))
        }
    }
}
