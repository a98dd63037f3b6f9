import Elections
import Members
import RosetteCore
import RosetteStore
import Volunteers

/// Seeds the demo party's volunteers: members and supporters with skills, wards and weekly
/// availability, a Saturday stall and canvass sessions for the Leith Walk by-election over the
/// coming fortnight (some full with a waiting list, some short), and last week's shifts with
/// attendance, so the rota, gaps, reminders and figures all have something to show.
/// Supporters' phone numbers are in Ofcom's drama range (07700 900xxx); emails use example.org.
enum VolunteersDemo {
    static func seed(_ database: AppDatabase, actor: Actor, today: CalendarDate) throws {
        let repository = VolunteerRepository(database, actor: actor)
        let zone = try LondonTime()
        let volunteers = try seedVolunteers(repository, database: database, actor: actor, today: today)
        let election = try ElectionRepository(database, actor: actor).list().first?.id
        let stall = try repository.addActivity(
            ActivityDetails(
                kind: .streetStall, name: "Saturday stall", ward: try Ward(parsing: "Leith Walk"),
                place: "Foot of the Walk, by the statue", election: election))
        let canvass = try repository.addActivity(
            ActivityDetails(
                kind: .canvass, name: "Pilrig doorsteps", ward: try Ward(parsing: "Leith Walk"), place: "Pilrig Park gates",
                election: election))
        let leaflets = try repository.addActivity(
            ActivityDetails(kind: .leaflet, name: "Dennistoun leaflet round", ward: try Ward(parsing: "Dennistoun")))

        func add(_ activity: Activity, _ day: CalendarDate, _ from: String, _ to: String, min: Int, max: Int, skill: String? = nil)
            throws -> ShiftID
        {
            guard let start = LocalDateTime(iso: "\(day.iso)T\(from)"), let end = LocalDateTime(iso: "\(day.iso)T\(to)") else {
                throw InvalidInput(field: "demo shift", value: from, expected: "HH:MM")
            }
            let details = ShiftDetails(
                activity: activity.id, times: try ShiftTimes(start: start, end: end, zone: zone),
                capacity: try Capacity(minimum: min, maximum: max), role: activity.details.kind == .streetStall ? "stall" : nil,
                requiredSkill: try skill.map(Skill.init(parsing:)))
            guard let shift = try repository.addShifts([details]).first else {
                throw VolunteersError.activityNotFound(activity.id)
            }
            return shift.id
        }
        /// The seeded volunteers at `indices`, skipping any a small demo party lacks.
        func pick(_ indices: [Int]) -> [VolunteerID] { indices.filter(volunteers.indices.contains).map { volunteers[$0] } }
        func book(_ shift: ShiftID, _ people: [Int], on day: CalendarDate) throws {
            for (order, volunteer) in pick(people).enumerated() {
                let at = Instant(secondsSince1970: Int64(day.dayNumber) * 86_400 + Int64(order))
                _ = try repository.signUp(volunteer, to: shift, today: day, now: at, force: true)
            }
        }

        // Last week: a stall and a canvass session that happened, with attendance.
        let now = Instant(secondsSince1970: Int64(today.dayNumber) * 86_400)
        let lastSaturday = saturday(onOrAfter: today.adding(days: -7))
        let pastStall = try add(stall, lastSaturday, "10:00", "13:00", min: 2, max: 4)
        try book(pastStall, [0, 1, 2], on: lastSaturday.adding(days: -3))
        _ = try repository.recordAttendance(
            on: pastStall, present: pick([0, 1]), absent: pick([2]), today: today,
            now: now)
        let pastCanvass = try add(canvass, lastSaturday.adding(days: 1), "11:00", "13:00", min: 3, max: 6)
        try book(pastCanvass, [0, 3, 4, 5], on: lastSaturday.adding(days: -2))
        _ = try repository.recordAttendance(
            on: pastCanvass, present: pick([0, 3, 4, 5]), absent: [], today: today,
            now: now)

        // The coming fortnight.
        let firstSaturday = saturday(onOrAfter: today.adding(days: 1))
        for week in 0..<2 {
            let saturday = firstSaturday.adding(days: 7 * week)
            let morning = try add(stall, saturday, "10:00", "12:00", min: 2, max: 3)
            let afternoon = try add(stall, saturday, "12:00", "14:00", min: 2, max: 3)
            let sunday = try add(canvass, saturday.adding(days: 1), "11:00", "13:00", min: 4, max: 8)
            let tuesday = try add(canvass, saturday.adding(days: 3), "18:00", "20:00", min: 3, max: 6)
            if week == 0 {
                try book(morning, [0, 1, 6, 7], on: today)  // full: the fourth waits
                for volunteer in pick([0]) { _ = try repository.confirm(volunteer, on: morning, now: now) }
                try book(afternoon, [2], on: today)  // short by one
                try book(sunday, [3, 4, 5, 8], on: today)
                try book(tuesday, [4], on: today)  // short by two
            } else {
                try book(morning, [6], on: today)
                try book(sunday, [3, 9], on: today)
            }
        }
        let round = try add(leaflets, firstSaturday.adding(days: -1), "17:00", "19:00", min: 2, max: 4, skill: "driver")
        try book(round, [1], on: today)
    }

    /// Eight members (the first current ones after the officers) and four supporters.
    private static func seedVolunteers(
        _ repository: VolunteerRepository, database: AppDatabase, actor: Actor, today: CalendarDate
    ) throws -> [VolunteerID] {
        var current = MemberFilter()
        current.statuses = [.current]
        let members = try MemberRepository(database, actor: actor)
            .list(current, on: today, gracePeriodDays: MembershipStatus.defaultGracePeriodDays)
            .map(\.member.id).sorted().dropFirst(12).prefix(8)
        let offers: [(skills: [String], wards: [String], windows: [String])] = [
            (["team-leader", "driver"], ["Leith Walk", "Leith"], []),
            (["driver"], ["Leith Walk", "Dennistoun"], ["fri 16:00-20:00", "sat 09:00-17:00"]),
            (["data-entry"], ["Leith Walk"], ["sat 12:00-17:00"]),
            (["welsh-speaker"], [], ["sun 10:00-16:00", "tue 18:00-21:00"]),
            ([], ["Leith Walk"], []),
            (["team-leader"], ["Leith Walk"], ["sun 10:00-14:00"]),
            ([], ["Leith Walk"], ["sat 09:00-13:00"]),
            (["data-entry"], [], []),
        ]
        var ids: [VolunteerID] = []
        for (member, offer) in zip(members, offers) {
            let volunteer = try repository.add(
                .member(member),
                offer: VolunteerOffer(
                    skills: Set(try offer.skills.map(Skill.init(parsing:))), wards: Set(try offer.wards.map(Ward.init(parsing:))),
                    availability: try offer.windows.map(AvailabilityWindow.init(parsing:))),
                since: today.adding(days: -120))
            ids.append(volunteer.id)
        }
        let supporters: [(String, String, [ContactChannel], [String])] = [
            ("Robin Demo", "07700 900801", [.sms, .phone], ["sat 09:00-17:00", "sun 10:00-17:00"]),
            ("Jess Example", "07700 900802", [.email], []),
            ("Morag Sample", "07700 900803", [.sms], ["tue 17:00-21:00", "sat 10:00-14:00"]),
            ("Kwame Placeholder", "07700 900804", [], []),
        ]
        for (index, (name, phone, channels, windows)) in supporters.enumerated() {
            let volunteer = try repository.add(
                .supporter(
                    Supporter(
                        name: try PersonName(parsing: name), phone: try PhoneNumber(parsing: phone),
                        email: try EmailAddress(parsing: "\(name.lowercased().replacingSpaces).\(index)@example.org"))),
                offer: VolunteerOffer(wards: [try Ward(parsing: "Leith Walk")], availability: try windows.map(AvailabilityWindow.init(parsing:))),
                since: today.adding(days: index == 3 ? -200 : -30))
            for channel in channels {
                try repository.recordConsent(volunteer.id, channel: channel, given: true, on: today.adding(days: -30), method: "stall sign-up sheet", today: today)
            }
            ids.append(volunteer.id)
        }
        return ids
    }

    /// The first Saturday on or after `day`.
    static func saturday(onOrAfter day: CalendarDate) -> CalendarDate {
        var date = day
        while date.weekday != .saturday { date = date.adding(days: 1) }
        return date
    }
}

extension String {
    fileprivate var replacingSpaces: String { split(separator: " ").joined(separator: ".") }
}
