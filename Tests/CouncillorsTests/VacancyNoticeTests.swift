import Councillors
import Elections
import Members
import RosetteCore
import Testing

/// QA: a vacancy dated before later events on the record, request dates, one person two seats.
@Suite struct VacancyNoticeTests {
    /// Elected 2019-05-02 for Labour, crossed to Rosette 2022-03-01; group leader from
    /// 2022-06-01 to 2023-01-31.
    func councillor() throws -> Councillor {
        var councillor = try crossedCouncillor()
        councillor.offices = [OfficeTerm(office: .groupLeader, startedOn: day("2022-06-01"), endedOn: day("2023-01-31"))]
        return councillor
    }

    /// (notice, refused?): the latest later event is leaving the office on 2023-01-31, which is
    /// still a day in office, so a notice that day is fine.
    @Test(arguments: [
        ("2022-02-01", true), ("2022-03-01", true), ("2022-06-01", true), ("2023-01-30", true),
        ("2023-01-31", false), ("2023-02-01", false),
    ])
    func aNoticeMustComeAfterEveryLaterEvent(_ notice: String, _ refused: Bool) throws {
        let councillor = try councillor()
        if refused {
            #expect(throws: CouncillorsError.vacancyBeforeLaterEvent(
                CouncillorID(rawValue: 1), notice: day(notice), event: "leaving the office of group leader",
                on: day("2023-01-31"))) { try councillor.checkVacancyNotice(day(notice)) }
        } else {
            #expect(throws: Never.self) { try councillor.checkVacancyNotice(day(notice)) }
        }
    }

    @Test func theLatestLaterEventIsNamed() throws {
        var councillor = try crossedCouncillor()
        councillor.offices = [OfficeTerm(office: .groupLeader, startedOn: day("2022-07-08"))]
        #expect(throws: CouncillorsError.vacancyBeforeLaterEvent(
            CouncillorID(rawValue: 1), notice: day("2022-01-01"), event: "taking up the office of group leader",
            on: day("2022-07-08"))) { try councillor.checkVacancyNotice(day("2022-01-01")) }
        #expect(throws: CouncillorsError.vacancyBeforeElection(CouncillorID(rawValue: 1))) {
            try councillor.checkVacancyNotice(day("2019-05-02"))
        }
    }

    static let vacancy = CasualVacancy(
        id: 1, councillorID: CouncillorID(rawValue: 1), councilID: CouncilID(rawValue: 1), wardID: WardID(rawValue: 1),
        reason: .resignation, noticeOn: day("2026-11-17"))

    @Test func aRequestComesAfterTheNoticeAndIsNotSilentlyReplaced() throws {
        #expect(throws: CouncillorsError.requestBeforeNotice(vacancy: 1, request: day("2026-11-05"), notice: day("2026-11-17"))) {
            try Self.vacancy.requested(on: day("2026-11-05"), replacing: false)
        }
        let requested = try Self.vacancy.requested(on: day("2026-11-20"), replacing: false)
        #expect(requested.requestedOn == day("2026-11-20"))
        #expect(throws: CouncillorsError.requestAlreadyRecorded(vacancy: 1, on: day("2026-11-20"))) {
            try requested.requested(on: day("2026-11-21"), replacing: false)
        }
        #expect(try requested.requested(on: day("2026-11-21"), replacing: true).requestedOn == day("2026-11-21"))
    }

    typealias Person = (name: String, email: String?, member: Int64?)

    /// Two entries for one council, and whether they are one person.
    @Test(arguments: [
        (("Ann One", nil, nil), ("ann one", nil, nil), true),
        (("Ann One", "a@example.org", nil), ("Ann One", "a@example.org", nil), true),
        (("Ann One", "a@example.org", nil), ("Ann One", "b@example.org", nil), false),
        (("Ann One", "a@example.org", nil), ("Ann One", nil, nil), false),
        (("Ann One", nil, 7), ("Bob Two", nil, 7), true),
        (("Ann One", nil, nil), ("Bob Two", nil, nil), false),
    ] as [(Person, Person, Bool)])
    func onePersonOneSeat(_ first: Person, _ second: Person, _ same: Bool) throws {
        func details(_ person: Person) throws -> CouncillorDetails {
            CouncillorDetails(
                name: try PersonName(parsing: person.name), memberID: person.member.map(MemberID.init(rawValue:)),
                electedOn: day("2022-05-05"), email: try person.email.map { try EmailAddress(parsing: $0) })
        }
        #expect(try details(first).isSamePerson(as: details(second)) == same)
        #expect(try details(second).isSamePerson(as: details(first)) == same)
    }
}
