import Canvassing
import RosetteCore
import Testing

/// Issue 6 §4: turnout history per elector for the next campaign, the dating rule for
/// attempts against an edition's numbers, and households on walk lists.
@Suite struct ElectorHistoryTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? .earliest }

    @Test(arguments: [("2026-27", "2026-12-01"), ("2025-26", "2025-12-01"), ("1999-00", "1999-12-01")])
    func editionsArePublishedOnTheFirstOfDecember(edition: String, published: String) throws {
        #expect(try RegisterEdition(parsing: edition).publishedOn.iso == published)
    }

    /// The edition in force on a day was published on or before it.
    @Test(arguments: ["2026-11-30", "2026-12-01", "2027-05-06"])
    func theEditionInForceIsAlreadyPublished(day: String) {
        #expect(RegisterEdition.inForce(on: Self.day(day)).publishedOn <= Self.day(day))
    }

    @Test(arguments: [
        (edition: "2026-27", on: "2019-05-02", refused: true),  // the brief's typo
        (edition: "2026-27", on: "2026-11-30", refused: true),  // the day before publication
        (edition: "2026-27", on: "2026-12-01", refused: false),
        (edition: "2025-26", on: "2026-11-25", refused: false),
    ])
    func attemptsBeforeTheEditionWasPublishedAreRefused(edition: String, on: String, refused: Bool) throws {
        let number = try RegisterNumber(parsing: "LA-12")
        let check = { try RegisterEdition(parsing: edition).checkAttempt(on: Self.day(on), elector: number) }
        if refused {
            let expected = CanvassHistoryError.attemptBeforeEdition(
                elector: "LA-12", on: on, edition: edition, publishedOn: "\(edition.prefix(4))-12-01")
            #expect(throws: expected, performing: check)
            #expect(expected.description.contains("LA-12") && expected.description.contains(on))
            #expect(expected.kind == .badData)
        } else {
            #expect(throws: Never.self, performing: check)
        }
    }

    static func attempt(_ on: String, _ outcome: ContactOutcome, support: Int? = nil) -> PastAttempt {
        PastAttempt(on: day(on), canvasser: "Ada", method: .door, outcome: outcome, support: support)
    }

    static func history(_ attempts: [PastAttempt], turnout: [String] = [], suppressed: Bool = false) throws
        -> ElectorHistory
    {
        ElectorHistory(
            number: try RegisterNumber(parsing: "LA-12"), edition: "2025-26", name: "Ann Example", address: nil,
            numbers: [], attempts: attempts,
            turnout: turnout.map { TurnoutMark(pollOn: day($0), source: .markedRegister) },
            onDoNotContactList: suppressed)
    }

    @Test func theCurrentStateIsDerivedFromTheAttempts() throws {
        let history = try Self.history(
            [
                Self.attempt("2025-04-10", .spoke, support: 2), Self.attempt("2025-11-01", .spoke, support: 4),
                Self.attempt("2026-11-01", .notIn),
            ], turnout: ["2025-05-01", "2026-05-07"])
        #expect(history.latestOutcome == .notIn)
        #expect(history.latestContactOn == Self.day("2026-11-01"))
        #expect(history.latestSupport == 4)  // the latest answer, not the latest attempt
        #expect(!history.leftOffLists && !history.doNotContact)
        #expect(history.lastVotedOn == Self.day("2026-05-07"))
    }

    @Test(arguments: [
        (outcomes: [ContactOutcome.doNotContact, .notIn], suppressed: false, off: true),
        (outcomes: [.moved], suppressed: false, off: true),
        (outcomes: [.spoke, .deceased], suppressed: false, off: true),
        (outcomes: [.refused, .comeBack], suppressed: false, off: false),
        (outcomes: [], suppressed: true, off: true),
        (outcomes: [], suppressed: false, off: false),
    ])
    func peopleLeftOffListsAreShownSo(outcomes: [ContactOutcome], suppressed: Bool, off: Bool) throws {
        let history = try Self.history(outcomes.map { Self.attempt("2026-11-01", $0) }, suppressed: suppressed)
        #expect(history.leftOffLists == off)
        #expect(history.doNotContact == outcomes.contains(.doNotContact))
        #expect(history.latestOutcome == outcomes.last)
        #expect(history.lastVotedOn == nil)
    }

    static func entry(_ number: String, household: String) throws -> WalkListEntry {
        WalkListEntry(
            number: try RegisterNumber(parsing: number), name: "A", address: "1 Leith Walk", postcode: nil,
            street: "Leith Walk", lastContactOn: nil, lastOutcome: nil, lastSupport: nil, absentVote: nil,
            householdKey: household)
    }

    @Test(arguments: [
        (keys: ["7", "7", "3", "9", "9"], expected: [1, 1, 2, 3, 3]),
        (keys: ["7", "3", "7"], expected: [1, 2, 1]),  // met again: keeps its number
        (keys: [], expected: []),
    ])
    func householdsAreNumberedInWalkingOrder(keys: [String], expected: [Int]) throws {
        let entries = try keys.enumerated().map { try Self.entry("LA-\($0.offset + 1)", household: $0.element) }
        #expect(WalkListEntry.numberingHouseholds(entries).map(\.household) == expected)
        #expect(WalkListResult(entries: entries, suppressed: 0).entries.map(\.household) == expected)
    }

    @Test func walkSheetsKeepTheirColumnsAndAddHouseholdAndVotedAtTheEnd() throws {
        #expect(
            WalkListEntry.csvHeader == [
                "elector_number", "name", "address", "postcode", "last_contact_on", "last_outcome", "last_support",
                "outcome", "support", "notes", "household", "voted",
            ])
        var entry = try Self.entry("LA-1", household: "7")
        entry.household = 4
        entry.lastVotedOn = Self.day("2026-05-07")
        #expect(entry.csvRow.suffix(2) == ["4", "2026-05-07"])
        #expect(entry.csvRow.count == WalkListEntry.csvHeader.count)
    }
}
