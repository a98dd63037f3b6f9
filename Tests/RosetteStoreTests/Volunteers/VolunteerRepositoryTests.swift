import Members
import RosetteCore
import RosetteStore
import Testing
import Volunteers

/// Volunteers, shifts and sign-ups on an in-memory database: whole transactions, the waiting
/// list moving up, and refusals that change nothing.
@Suite struct VolunteerRepositoryTests {
    let database: AppDatabase
    let repository: VolunteerRepository
    let zone: LondonTime
    let today = CalendarDate(dayNumber: 20_782)  // 2026-11-25
    let now = Instant(secondsSince1970: 1_795_600_000)

    init() throws {
        database = try AppDatabase.inMemory()
        repository = VolunteerRepository(database, actor: Actor("tester"))
        zone = try LondonTime()
    }

    func supporter(_ name: String, phone: String? = nil, offer: VolunteerOffer = VolunteerOffer()) throws -> Volunteer {
        try repository.add(
            .supporter(Supporter(name: try PersonName(parsing: name), phone: try phone.map(PhoneNumber.init(parsing:)))),
            offer: offer, since: today)
    }

    func shift(_ start: String, _ end: String, min: Int = 1, max: Int = 2, activity: Activity? = nil) throws -> Shift {
        let activity = try activity ?? repository.addActivity(ActivityDetails(kind: .streetStall, name: "Saturday stall"))
        let times = try ShiftTimes(
            start: try #require(LocalDateTime(iso: start)), end: try #require(LocalDateTime(iso: end)), zone: zone)
        let details = ShiftDetails(activity: activity.id, times: times, capacity: try Capacity(minimum: min, maximum: max))
        return try #require(try repository.addShifts([details]).first)
    }

    @Test func aMemberVolunteersOnceAndMustExist() throws {
        let member = try MemberRepository(database, actor: Actor("tester")).add(
            try Fixture.details("Ada", "Byron", email: "ada@example.org"))
        let volunteer = try repository.add(.member(member.id), offer: VolunteerOffer(), since: today)
        #expect(try repository.contact(volunteer.id).name == "Ada Byron")
        #expect(throws: VolunteersError.alreadyVolunteer(member: member.id, volunteer: volunteer.id)) {
            try repository.add(.member(member.id), offer: VolunteerOffer(), since: today)
        }
        #expect(throws: MembersError.notFound(MemberID(rawValue: 99))) {
            try repository.add(.member(MemberID(rawValue: 99)), offer: VolunteerOffer(), since: today)
        }
    }

    @Test func offerRoundTrips() throws {
        let offer = VolunteerOffer(
            skills: [try Skill(parsing: "Welsh speaker"), try Skill(parsing: "driver")], wards: [try Ward(parsing: "Leith Walk")],
            availability: [try AvailabilityWindow(parsing: "sat 10:00-16:00")],
            absences: [try Absence(from: today, to: today.adding(days: 3))])
        let volunteer = try supporter("Bea Jones", offer: offer)
        #expect(try repository.find(volunteer.id).offer == offer)
    }

    @Test func fullShiftWaitlistsAndCancellationPromotes() throws {
        let target = try shift("2026-12-05T10:00", "2026-12-05T12:00", max: 1)
        let first = try supporter("Ann One")
        let second = try supporter("Bob Two")
        #expect(try repository.signUp(first.id, to: target.id, today: today, now: now, force: false).signup.status == .signedUp)
        #expect(try repository.signUp(second.id, to: target.id, today: today, now: now.adding(seconds: 1), force: false).signup.status == .waitlisted)
        let plan = try repository.cancel(first.id, from: target.id, now: now.adding(seconds: 60))
        #expect(plan.promoted?.volunteer == second.id)
        let statuses = try repository.overview(target.id).signups.map { ($0.volunteer, $0.status) }
        #expect(statuses.map(\.1) == [.cancelled, .signedUp])
        #expect(try repository.overview(target.id).signups.first?.cancelledAt == now.adding(seconds: 60))
    }

    @Test func aClashChangesNothing() throws {
        let morning = try shift("2026-12-05T10:00", "2026-12-05T12:00")
        let overlapping = try shift("2026-12-05T11:30", "2026-12-05T13:00")
        let volunteer = try supporter("Ann One")
        _ = try repository.signUp(volunteer.id, to: morning.id, today: today, now: now, force: false)
        #expect(throws: VolunteersError.clash(volunteer.id, shift: overlapping.id, clashesWith: morning.id)) {
            try repository.signUp(volunteer.id, to: overlapping.id, today: today, now: now, force: true)
        }
        #expect(try repository.overview(overlapping.id).signups.isEmpty)
    }

    @Test func unknownIdsAreNamed() throws {
        let volunteer = try supporter("Ann One")
        #expect(throws: VolunteersError.shiftNotFound(ShiftID(rawValue: 42))) {
            try repository.signUp(volunteer.id, to: ShiftID(rawValue: 42), today: today, now: now, force: false)
        }
        let real = try shift("2026-12-05T10:00", "2026-12-05T12:00")
        #expect(throws: VolunteersError.volunteerNotFound(VolunteerID(rawValue: 42))) {
            try repository.signUp(VolunteerID(rawValue: 42), to: real.id, today: today, now: now, force: false)
        }
        let times = try ShiftTimes(
            start: try #require(LocalDateTime(iso: "2026-12-05T10:00")), end: try #require(LocalDateTime(iso: "2026-12-05T11:00")),
            zone: zone)
        #expect(throws: VolunteersError.activityNotFound(ActivityID(rawValue: 42))) {
            try repository.addShifts([
                ShiftDetails(activity: ActivityID(rawValue: 42), times: times, capacity: try Capacity(minimum: 1, maximum: 1))
            ])
        }
    }

    @Test func aRecurringSeriesIsAllOrNothing() throws {
        let activity = try repository.addActivity(ActivityDetails(kind: .streetStall, name: "Saturday stall"))
        let times = try ShiftTimes(
            start: try #require(LocalDateTime(iso: "2026-12-05T10:00")), end: try #require(LocalDateTime(iso: "2026-12-05T11:00")),
            zone: zone)
        let good = ShiftDetails(activity: activity.id, times: times, capacity: try Capacity(minimum: 1, maximum: 1))
        let bad = ShiftDetails(activity: ActivityID(rawValue: 9), times: times, capacity: try Capacity(minimum: 1, maximum: 1))
        #expect(throws: VolunteersError.self) { try repository.addShifts([good, bad]) }
        #expect(try repository.overviews().isEmpty)
    }

    @Test func gapsListOnlyConsentedContacts() throws {
        let target = try shift("2026-12-05T10:00", "2026-12-05T12:00", min: 2, max: 3)
        let reachable = try supporter("Ann One", phone: "07700 900001")
        _ = try supporter("Bob Two", phone: "07700 900002")
        try repository.recordConsent(reachable.id, channel: .sms, given: true, on: today, method: "form", today: today)
        let gaps = try repository.gaps(today: today, withinDays: 14)
        let gap = try #require(gaps.first)
        #expect(gap.overview.shift.id == target.id)
        #expect(gap.candidates.map(\.contact.volunteer.id) == [reachable.id])
        #expect(gap.candidates.first?.channels.map(\.channel) == [.sms])
        #expect(gap.unreachable == 1)
    }

    @Test func attendanceFeedsTheStats() throws {
        let past = try shift("2026-11-21T10:00", "2026-11-21T13:00")
        let ann = try supporter("Ann One")
        let bob = try supporter("Bob Two")
        _ = try repository.signUp(ann.id, to: past.id, today: CalendarDate(dayNumber: 20_770), now: now, force: false)
        _ = try repository.signUp(bob.id, to: past.id, today: CalendarDate(dayNumber: 20_770), now: now, force: false)
        _ = try repository.recordAttendance(on: past.id, present: [ann.id], absent: [bob.id], today: today, now: now)
        let rows = try repository.stats(today: today, quietAfterDays: 56)
        let annRow = try #require(rows.first { $0.contact.volunteer.id == ann.id })
        let bobRow = try #require(rows.first { $0.contact.volunteer.id == bob.id })
        #expect(annRow.minutesGiven == 180)
        #expect(annRow.lastActive == CalendarDate(iso: "2026-11-21"))
        #expect(bobRow.noShowRate == 1)
    }
}

/// QA: `volunteers add` accepted the same supporter twice.
@Suite struct VolunteerDuplicateTests {
    @Test func theSameSupporterTwiceIsRefused() throws {
        let repository = VolunteerRepository(try AppDatabase.inMemory(), actor: Actor("tester"))
        let today = CalendarDate(dayNumber: 20_782)
        let sam = Supporter(name: try PersonName(parsing: "Sam Reid"), phone: try PhoneNumber(parsing: "07700 900555"))
        let first = try repository.add(.supporter(sam), offer: VolunteerOffer(), since: today)
        #expect(throws: VolunteersError.duplicateSupporter(existing: first.id)) {
            try repository.add(.supporter(sam), offer: VolunteerOffer(), since: today)
        }
        let household = Supporter(name: try PersonName(parsing: "Alex Reid"), phone: try PhoneNumber(parsing: "07700 900555"))
        #expect(try repository.add(.supporter(household), offer: VolunteerOffer(), since: today).id != first.id)
    }
}
