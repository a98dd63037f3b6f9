import Councillors
import Elections
import Members
import RosetteCore
import RosetteStore

/// Seeds the demo party's councillors: a fictional city council, town council and parish
/// council; a run of defections (a parish councillor, a town councillor and the city's mayor
/// joining us, one city councillor leaving again, and a move between two other parties); and one
/// casual vacancy in progress, with electors' request in, ready for its by-election.
enum CouncillorsDemo {
    static func seed(_ database: AppDatabase, actor: Actor, today: CalendarDate) throws {
        let councils = CouncilRepository(database, actor: actor)
        let councillors = CouncillorRepository(database, actor: actor)
        _ = try councils.addParty(name: "Rosette Party", shortName: "rosette", colour: "#AA0066")
        try SettingsRepository(database).set(SettingKey.ourParty.name, to: "rosette")

        let nextMay = firstThursdayOfMay(today.year + 2)
        let city = try councils.addCouncil(
            CouncilDetails(name: "Sedgeford City Council", tier: .district, nation: .england, nextOrdinaryElection: nextMay))
        let town = try councils.addCouncil(
            CouncilDetails(name: "Ashcombe Town Council", tier: .parish, nation: .england, nextOrdinaryElection: nextMay))
        let parish = try councils.addCouncil(
            CouncilDetails(name: "Little Haddon Parish Council", tier: .parish, nation: .england, nextOrdinaryElection: nextMay))
        for (ward, seats) in [("Abbey", 3), ("Castle", 3), ("Riverside", 2)] {
            _ = try councils.setWard(of: city.id, name: ward, seats: seats)
        }
        _ = try councils.setWard(of: town.id, name: "Market", seats: 4)
        _ = try councils.setWard(of: parish.id, name: "Little Haddon", seats: 7)

        let elected = CalendarDate(year: 2023, month: 5, day: 4) ?? today
        func add(_ name: String, _ council: Council, _ ward: String, _ party: String, member: Int64? = nil) throws -> CouncillorID {
            try councillors.add(
                CouncillorDetails(
                    name: PersonName(parsing: name), memberID: member.map(MemberID.init(rawValue:)), electedOn: elected,
                    termEndsOn: nextMay),
                council: council.id, ward: ward, party: party, today: today
            ).councillor.id
        }
        let mayor = try add("Margaret Okafor", city, "Abbey", "lab")
        _ = try add("Gareth Lowe", city, "Abbey", "lab")
        _ = try add("Susan Field", city, "Abbey", "con")
        let leaver = try add("Priya Nair", city, "Castle", "ld")
        let switcher = try add("Colin Bates", city, "Castle", "con")
        let resigning = try add("Derek Hollis", city, "Castle", "con")
        _ = try add("Ruth Adeyemi", city, "Riverside", "green")
        _ = try add("Owen Marsh", city, "Riverside", "lab")
        // The town councillor who joins is member 3: the councillor record carries that member's
        // own name, so a subject access request for the member finds one person, not two.
        let member3 = try MemberRepository(database, actor: actor).find(MemberID(rawValue: 3)).details
        let townCouncillor = try add("\(member3.firstName) \(member3.lastName)", town, "Market", "ind", member: 3)
        _ = try add("Jenny Clarke", town, "Market", "con")
        _ = try add("Alan Webb", town, "Market", "ind")
        let parishCouncillor = try add("Hannah Whitlock", parish, "Little Haddon", "green")
        _ = try add("Peter Dunn", parish, "Little Haddon", "ind")

        try councillors.startOffice(.mayor, of: mayor, on: today.adding(days: -190), note: "civic year")
        try councillors.startOffice(.groupLeader, of: townCouncillor, on: today.adding(days: -140), note: nil)
        let moves: [(CouncillorID, String, Int, String)] = [
            (leaver, "rosette", 300, "local party press release"),
            (switcher, "reform", 200, "council notice of change of group"),
            (townCouncillor, "rosette", 150, "town council minutes"),
            (parishCouncillor, "rosette", 100, "parish newsletter"),
            (mayor, "rosette", 60, "statement at full council"),
            (leaver, "ind", 30, "resignation letter to the group"),
        ]
        for (who, party, daysAgo, source) in moves {
            _ = try councillors.recordDefection(
                councillor: who, to: party, effectiveOn: today.adding(days: -daysAgo),
                announcedOn: today.adding(days: -daysAgo - 2), note: nil, source: source, today: today)
        }
        _ = try councillors.recordVacancy(
            councillor: resigning, reason: .resignation, noticeOn: today.adding(days: -8),
            requestedOn: today.adding(days: -5), note: "two electors wrote to the proper officer", today: today)
    }

    static func firstThursdayOfMay(_ year: Int) -> CalendarDate {
        var day = CalendarDate(year: year, month: 5, day: 1) ?? CalendarDate(dayNumber: 0)
        while day.weekday != .thursday { day = day.adding(days: 1) }
        return day
    }
}
