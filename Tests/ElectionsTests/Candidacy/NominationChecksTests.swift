import RosetteCore
import Testing

@testable import Elections

@Suite struct ElectorNumberTests {
    @Test(arguments: [
        ("AB-123", "AB-123"), ("AB123", "AB-123"), ("AB 123/4", "AB-123/4"), ("PD-123/1", "PD-123/1"),
        ("pd-0123 / 1", "PD-123/1"), ("  ab - 7 ", "AB-7"), ("ABCD-999999/999", "ABCD-999999/999"), ("a1", "A-1"),
        // District codes with digits, separated from the number (a QA finding: EA1, KA2 are real).
        ("EA1-123", "EA1-123"), ("ka2 5", "KA2-5"), ("2AB-5", "2AB-5"), ("E1 123/2", "E1-123/2"),
    ])
    func normalises(_ typed: String, _ expected: String) throws {
        #expect(try ElectorNumber.normalise(typed) == expected)
    }

    @Test(arguments: [
        "", "123", "AB", "AB-", "ABCDE-1", "AB-1234567", "AB-12/", "AB-12/1234", "AB--12", "AB-12-3", "AB-12/X",
        "Jane Smith", "AB-½", "ÅB-12", "AB-0", "12-34",
    ])
    func refuses(_ typed: String) {
        #expect(throws: InvalidInput.self) { try ElectorNumber(parsing: typed) }
    }

    @Test func errorTextDoesNotRepeatTheInput() {
        do {
            _ = try ElectorNumber(parsing: "Jane Smith")
            Issue.record("should have thrown")
        } catch {
            #expect(!error.description.contains("Jane"))
            #expect(error.kind == .badData)
            #expect(error.value == "Jane Smith")
        }
    }

    @Test func codableUsesTheNormalisedForm() throws {
        let number = try ElectorNumber(parsing: "ab 12/3")
        #expect(number.district == "AB" && number.number == 12 && number.suffix == 3)
        #expect(number.description == "AB-12/3")
    }
}

/// One trap on a nomination paper and the warnings it must raise.
struct PaperCase: Sendable, CustomTestStringConvertible {
    let name: String
    let subscribers: [Subscriber]
    var required = 2
    var otherPapers: [String: [String]] = [:]
    var description: String? = nil
    var certificate: String? = nil
    let expected: [SubscriberWarning]

    var testDescription: String { name }
}

@Suite struct NominationChecksTests {
    static func sub(_ number: String, _ role: SubscriberRole = .assentor, name: String = "Alex Example") -> Subscriber {
        Subscriber(name: name, electorNumber: number, role: role)
    }

    static let pair = [sub("AB-1", .proposer), sub("AB-2", .seconder)]
    static let ten = pair + (3...10).map { sub("AB-\($0)") }

    static let cases: [PaperCase] = [
        PaperCase(name: "clean council paper", subscribers: pair, expected: []),
        PaperCase(name: "clean UKP paper", subscribers: ten, required: 10, expected: []),
        PaperCase(name: "too few", subscribers: Array(ten.prefix(9)), required: 10, expected: [.tooFew(have: 9, need: 10)]),
        PaperCase(
            name: "too many: only the first count", subscribers: pair + [sub("AB-3")],
            expected: [.tooMany(have: 3, counted: 2)]),
        PaperCase(
            name: "no seconder", subscribers: [sub("AB-1", .proposer), sub("AB-2")],
            expected: [.missingProposerOrSeconder]),
        PaperCase(
            name: "two proposers and no seconder", subscribers: [sub("AB-1", .proposer), sub("AB-2", .proposer)],
            expected: [.missingProposerOrSeconder, .moreThanOneProposerOrSeconder]),
        PaperCase(
            name: "the same elector twice, typed differently",
            subscribers: [sub("AB-1", .proposer), sub("ab 0001", .seconder)],
            expected: [.duplicate(electorNumber: "AB-1")]),
        PaperCase(
            name: "a duplicate is reported once", subscribers: pair + [sub("AB1"), sub("AB-1")], required: 4,
            expected: [.duplicate(electorNumber: "AB-1")]),
        PaperCase(
            name: "unreadable elector number", subscribers: [sub("AB-1", .proposer), sub("12", .seconder)],
            expected: [.invalidElectorNumber(position: 2)]),
        PaperCase(
            name: "elector on another paper", subscribers: pair,
            otherPapers: ["Ward 3: Jones": ["ab 2", "CD-9"], "Ward 1: Khan": ["EF-1"]],
            expected: [.onAnotherPaper(electorNumber: "AB-2", otherPaper: "Ward 3: Jones")]),
        PaperCase(
            name: "title before a name",
            subscribers: [sub("AB-1", .proposer, name: "Cllr. Pat Doe"), sub("AB-2", .seconder, name: "Mrs Lee Roe")],
            expected: [.titleInName(electorNumber: "AB-1"), .titleInName(electorNumber: "AB-2")]),
        PaperCase(
            name: "a name that merely starts like a title is fine",
            subscribers: [sub("AB-1", .proposer, name: "Misty Drummond"), sub("AB-2", .seconder, name: "Mrsa Y")],
            expected: []),
        PaperCase(
            name: "missing name", subscribers: [sub("AB-1", .proposer, name: "  "), sub("AB-2", .seconder)],
            expected: [.missingName(electorNumber: "AB-1")]),
        PaperCase(
            name: "description matches ignoring case and spacing", subscribers: pair,
            description: "  rosette   party of  the North", certificate: "Rosette Party of the North", expected: []),
        PaperCase(
            name: "description differs by punctuation", subscribers: pair, description: "Rosette Party.",
            certificate: "Rosette Party",
            expected: [.descriptionMismatch(paper: "Rosette Party.", certificate: "Rosette Party")]),
        PaperCase(
            name: "description differs by apostrophe", subscribers: pair, description: "People’s Rosette",
            certificate: "People's Rosette",
            expected: [.descriptionMismatch(paper: "People’s Rosette", certificate: "People's Rosette")]),
        PaperCase(
            name: "description differs by a word", subscribers: pair, description: "Rosette Party",
            certificate: "The Rosette Party",
            expected: [.descriptionMismatch(paper: "Rosette Party", certificate: "The Rosette Party")]),
        PaperCase(
            name: "description without certificate", subscribers: pair, description: "Rosette Party",
            expected: [.descriptionWithoutCertificate]),
        PaperCase(
            name: "certificate but no description on the paper is no trap", subscribers: pair,
            certificate: "Rosette Party", expected: []),
        PaperCase(
            name: "description over six words", subscribers: pair, description: "One two three four five six seven",
            certificate: "One two three four five six seven", expected: [.descriptionTooLong(words: 7)]),
    ]

    @Test(arguments: cases)
    func trap(_ test: PaperCase) {
        let warnings = NominationChecks.warnings(
            subscribers: test.subscribers, required: test.required, otherPapers: test.otherPapers,
            description: test.description, certificateDescription: test.certificate)
        #expect(warnings == test.expected)
    }

    @Test func warningTextNamesTheNumberNeverTheName() {
        let subscribers = [
            Subscriber(name: "Dr Zebedee Quill", electorNumber: "QQ-5", role: .proposer),
            Subscriber(name: "Zebedee Quill", electorNumber: "qq5", role: .seconder),
            Subscriber(name: "", electorNumber: "QQ-6", role: .assentor),
        ]
        let warnings = NominationChecks.warnings(
            subscribers: subscribers, required: 10, otherPapers: ["Other": ["QQ-5"]], description: nil,
            certificateDescription: nil)
        #expect(warnings.count == 5)
        for warning in warnings {
            #expect(!warning.description.contains("Zebedee"))
            #expect(!warning.description.contains("Quill"))
            #expect(warning.description.hasSuffix("."))
        }
        #expect(warnings.contains(.titleInName(electorNumber: "QQ-5")))
        #expect(SubscriberWarning.duplicate(electorNumber: "QQ-5").description.contains("QQ-5"))
    }
}
