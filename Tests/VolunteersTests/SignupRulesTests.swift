import RosetteCore
import Testing
import Volunteers

/// The sign-up life cycle: places, the waiting list, clashes, availability and attendance.
@Suite struct SignupRulesTests {
    let today = Fixture.date("2026-11-25")

    @Test func booksUntilFullThenWaitlists() throws {
        let shift = try Fixture.shift(1, "2026-12-05T10:00", "2026-12-05T12:00", max: 2)
        let one = [Fixture.signup(1, volunteer: 1, .signedUp)]
        let two = one + [Fixture.signup(2, volunteer: 2, .confirmed)]
        #expect(try decide(shift, volunteer: 3, signups: one).status == .signedUp)
        #expect(try decide(shift, volunteer: 3, signups: two).status == .waitlisted)
        // A cancelled place is free again.
        let freed = [Fixture.signup(1, volunteer: 1, .cancelled), Fixture.signup(2, volunteer: 2, .confirmed)]
        #expect(try decide(shift, volunteer: 3, signups: freed).status == .signedUp)
    }

    @Test func aSecondLiveSignupIsRefusedButASignupAfterCancellingIsNot() throws {
        let shift = try Fixture.shift(1, "2026-12-05T10:00", "2026-12-05T12:00")
        #expect(throws: VolunteersError.alreadySignedUp(VolunteerID(rawValue: 1), ShiftID(rawValue: 1), .waitlisted)) {
            try decide(shift, volunteer: 1, signups: [Fixture.signup(1, volunteer: 1, .waitlisted)])
        }
        #expect(try decide(shift, volunteer: 1, signups: [Fixture.signup(1, volunteer: 1, .cancelled)]).status == .signedUp)
    }

    @Test(arguments: [
        // Clashes, including the October repeated hour and the March change.
        ("2026-12-05T11:00", "2026-12-05T13:00", true),
        ("2026-12-05T12:00", "2026-12-05T13:00", false),
    ])
    func clashesNameTheOtherShift(_ start: String, _ end: String, _ clashes: Bool) throws {
        let shift = try Fixture.shift(2, start, end)
        let other = Commitment(shift: ShiftID(rawValue: 7), times: try Fixture.times("2026-12-05T10:00", "2026-12-05T12:00"))
        do {
            _ = try SignupRules.decide(
                shift: shift, volunteer: Fixture.volunteer(1), signups: [], commitments: [other], today: today, force: true)
            #expect(!clashes)
        } catch {
            #expect(clashes)
            #expect(error == .clash(VolunteerID(rawValue: 1), shift: ShiftID(rawValue: 2), clashesWith: ShiftID(rawValue: 7)))
            #expect(error.description.contains("overlaps shift 7"))
        }
    }

    @Test func clashAcrossTheOctoberChange() throws {
        // 00:30 BST to 02:30 GMT lasts three hours; a 02:00 GMT teller shift overlaps it.
        let night = Commitment(shift: ShiftID(rawValue: 7), times: try Fixture.times("2026-10-25T00:30", "2026-10-25T02:30"))
        let shift = try Fixture.shift(8, "2026-10-25T02:00", "2026-10-25T04:00")
        #expect(throws: VolunteersError.clash(VolunteerID(rawValue: 1), shift: ShiftID(rawValue: 8), clashesWith: ShiftID(rawValue: 7))) {
            try SignupRules.decide(
                shift: shift, volunteer: Fixture.volunteer(1), signups: [], commitments: [night],
                today: Fixture.date("2026-10-01"), force: true)
        }
    }

    @Test func clashAcrossTheMarchChange() throws {
        // 00:00 GMT to 03:00 BST is two hours long: it ends when a 03:00 BST shift begins.
        let night = Commitment(shift: ShiftID(rawValue: 7), times: try Fixture.times("2026-03-29T00:00", "2026-03-29T03:00"))
        let later = try Fixture.shift(8, "2026-03-29T03:00", "2026-03-29T05:00")
        let overlapping = try Fixture.shift(9, "2026-03-29T02:30", "2026-03-29T05:00")
        let early = Fixture.date("2026-03-01")
        #expect(try SignupRules.decide(shift: later, volunteer: Fixture.volunteer(1), signups: [], commitments: [night], today: early, force: false).status == .signedUp)
        #expect(throws: VolunteersError.self) {
            try SignupRules.decide(shift: overlapping, volunteer: Fixture.volunteer(1), signups: [], commitments: [night], today: early, force: false)
        }
    }

    @Test func outsideAvailabilityNeedsForceAndWarns() throws {
        let offer = VolunteerOffer(availability: [try AvailabilityWindow(parsing: "sat 09:00-11:00")])
        let volunteer = Fixture.volunteer(1, offer: offer)
        let shift = try Fixture.shift(1, "2026-12-05T10:00", "2026-12-05T12:00")
        #expect(throws: VolunteersError.outsideAvailability(volunteer.id, shift.id, "free on saturdays only 09:00-11:00")) {
            try SignupRules.decide(shift: shift, volunteer: volunteer, signups: [], commitments: [], today: today, force: false)
        }
        let forced = try SignupRules.decide(shift: shift, volunteer: volunteer, signups: [], commitments: [], today: today, force: true)
        #expect(forced.status == .signedUp)
        #expect(forced.warnings.count == 1)
    }

    @Test(arguments: [
        ("sat 09:00-13:00", nil, AvailabilityVerdict.available),
        ("sun 09:00-13:00", nil, .outside("not usually free on saturdays")),
        ("sat 10:30-13:00", nil, .outside("free on saturdays only 10:30-13:00")),
        (nil, "2026-12-04", .outside("away from 2026-12-04 to 2026-12-06")),
        (nil, nil, .available),
    ] as [(String?, String?, AvailabilityVerdict)])
    func availability(_ window: String?, _ awayFrom: String?, _ expected: AvailabilityVerdict) throws {
        var offer = VolunteerOffer()
        if let window { offer.availability = [try AvailabilityWindow(parsing: window)] }
        if let awayFrom { offer.absences = [try Absence(from: Fixture.date(awayFrom), to: Fixture.date("2026-12-06"))] }
        #expect(offer.verdict(start: Fixture.local("2026-12-05T10:00"), end: Fixture.local("2026-12-05T12:00")) == expected)
    }

    @Test func missingSkillNeedsForce() throws {
        let shift = try Fixture.shift(1, "2026-12-05T10:00", "2026-12-05T12:00", skill: "Driver")
        #expect(throws: VolunteersError.lacksSkill(VolunteerID(rawValue: 1), shift.id, try Skill(parsing: "driver"))) {
            try decide(shift, volunteer: 1, signups: [])
        }
        let driver = Fixture.volunteer(2, offer: VolunteerOffer(skills: [try Skill(parsing: "driver")]))
        #expect(try SignupRules.decide(shift: shift, volunteer: driver, signups: [], commitments: [], today: today, force: false).status == .signedUp)
    }

    @Test func pastShiftsCannotBeSignedUpTo() throws {
        let shift = try Fixture.shift(1, "2026-11-24T10:00", "2026-11-24T12:00")
        #expect(throws: VolunteersError.shiftInPast(shift.id)) { try decide(shift, volunteer: 1, signups: []) }
    }

    @Test func cancellingABookedPlaceMovesTheWaitingListUpInOrder() throws {
        let shift = try Fixture.shift(1, "2026-12-05T10:00", "2026-12-05T12:00", max: 1)
        let signups = [
            Fixture.signup(1, volunteer: 1, .confirmed, at: 0),
            Fixture.signup(3, volunteer: 3, .waitlisted, at: 20),
            Fixture.signup(2, volunteer: 2, .waitlisted, at: 10),
        ]
        let now = Instant(secondsSince1970: 1_790_000_100)
        let plan = try SignupRules.cancel(VolunteerID(rawValue: 1), on: shift, signups: signups, at: now)
        #expect(plan.cancelled.status == .cancelled)
        #expect(plan.cancelled.cancelledAt == now)
        #expect(plan.promoted?.volunteer == VolunteerID(rawValue: 2))
        #expect(plan.promoted?.status == .signedUp)
        // Leaving the waiting list frees no place.
        let leaving = try SignupRules.cancel(VolunteerID(rawValue: 3), on: shift, signups: signups, at: now)
        #expect(leaving.promoted == nil)
    }

    @Test func confirmAndCancelRefuseWhatTheyCannotDo() throws {
        let shift = try Fixture.shift(1, "2026-12-05T10:00", "2026-12-05T12:00")
        let signups = [Fixture.signup(1, volunteer: 1, .waitlisted), Fixture.signup(2, volunteer: 2, .attended)]
        #expect(throws: VolunteersError.cannotConfirm(VolunteerID(rawValue: 1), shift.id, .waitlisted)) {
            try SignupRules.confirm(VolunteerID(rawValue: 1), on: shift.id, signups: signups)
        }
        #expect(throws: VolunteersError.cannotCancel(VolunteerID(rawValue: 2), shift.id, .attended)) {
            try SignupRules.cancel(VolunteerID(rawValue: 2), on: shift, signups: signups, at: Instant(secondsSince1970: 0))
        }
        #expect(throws: VolunteersError.notSignedUp(VolunteerID(rawValue: 9), shift.id)) {
            try SignupRules.confirm(VolunteerID(rawValue: 9), on: shift.id, signups: signups)
        }
    }

    @Test func attendanceRecordsWalkInsAndRefusesTheFuture() throws {
        let shift = try Fixture.shift(1, "2026-11-21T10:00", "2026-11-21T12:00")
        let signups = [Fixture.signup(1, volunteer: 1, .confirmed), Fixture.signup(2, volunteer: 2, .signedUp)]
        let changes = try SignupRules.attendance(
            on: shift, present: [VolunteerID(rawValue: 1), VolunteerID(rawValue: 5)], absent: [VolunteerID(rawValue: 2)],
            signups: signups, today: today)
        #expect(changes.map(\.status) == [.attended, .attended, .noShow])
        #expect(changes[1].signup == nil)
        #expect(throws: VolunteersError.notExpected(VolunteerID(rawValue: 7), shift.id)) {
            try SignupRules.attendance(on: shift, present: [], absent: [VolunteerID(rawValue: 7)], signups: signups, today: today)
        }
        let future = try Fixture.shift(2, "2026-12-05T10:00", "2026-12-05T12:00")
        #expect(throws: VolunteersError.attendanceBeforeShift(future.id, Fixture.date("2026-12-05"))) {
            try SignupRules.attendance(on: future, present: [], absent: [], signups: [], today: today)
        }
    }

    private func decide(_ shift: Shift, volunteer: Int64, signups: [Signup]) throws -> SignupDecision {
        try SignupRules.decide(
            shift: shift, volunteer: Fixture.volunteer(volunteer), signups: signups, commitments: [], today: today,
            force: false)
    }
}

/// QA: the same supporter could be added twice.
@Suite struct SupporterDuplicateTests {
    typealias Person = (name: String, phone: String?, email: String?)

    @Test(arguments: [
        (("Sam Reid", "07700 900555", nil), ("sam reid", "07700900555", nil), true),
        (("Sam Reid", "07700 900555", nil), ("Alex Reid", "07700 900555", nil), false),  // a household phone
        (("Sam Reid", nil, "sam@example.org"), ("S. Reid", nil, "sam@example.org"), true),
        (("Sam Reid", nil, nil), ("Sam Reid", nil, nil), true),
        (("Sam Reid", "07700 900555", nil), ("Sam Reid", "07700 900556", nil), false),
    ] as [(Person, Person, Bool)])
    func sameEmailOrSameNameAndPhoneIsOnePerson(_ first: Person, _ second: Person, _ same: Bool) throws {
        func supporter(_ person: Person) throws -> Supporter {
            Supporter(
                name: try PersonName(parsing: person.name), phone: try person.phone.map { try PhoneNumber(parsing: $0) },
                email: try person.email.map { try EmailAddress(parsing: $0) })
        }
        #expect(try supporter(first).isSamePerson(as: supporter(second)) == same)
        #expect(try supporter(second).isSamePerson(as: supporter(first)) == same)
    }
}
