import Foundation
public import RosetteCore

/// The answers the party's canvass sheet offers: its support scale, which points count as
/// promises, the issues a canvasser can tick and the elections a voting intention is asked for.
///
/// Parties differ here (a 1-5 scale is common, some use 1-10, some ask the Westminster and the
/// council question separately: `../shared/domain/canvassing-and-register.md`), so the scheme is
/// configuration, stored as settings and passed in; the defaults are `standard`. A closed issue
/// list is what keeps "top issues" meaningful: free text would split `cost-of-living` from
/// `cost of living crisis` and `COL`.
public struct CanvassScheme: Sendable, Equatable {
    /// 1 (definitely us) to the top point (definitely not).
    public var supportScale: ClosedRange<Int>
    /// The points counted as promises: knocked up on polling day, "supporters" in results.
    public var promises: ClosedRange<Int>
    /// Issue codes a canvasser may record.
    public var issues: [String]
    /// Election types a voting intention can be given for; the first is the one a bare
    /// `--intention ours` means.
    public var electionTypes: [String]

    /// The most points a scale may have: the database keeps support as 1 to 10.
    public static let largestScale = 10

    public static let standard = CanvassScheme(
        supportScale: 1...5, promises: 1...2,
        issues: [
            "housing", "jobs", "cost-of-living", "environment", "transport", "nhs", "social-care",
            "education", "crime", "immigration", "local-services", "other",
        ],
        electionTypes: ["westminster", "local", "devolved", "mayor"])

    public init(supportScale: ClosedRange<Int>, promises: ClosedRange<Int>, issues: [String], electionTypes: [String]) {
        self.supportScale = supportScale
        self.promises = promises
        self.issues = issues
        self.electionTypes = electionTypes
    }

    /// The election type a voting intention without one is for.
    public var defaultElectionType: String { electionTypes.first ?? "westminster" }

    /// Checks a support answer against the scale.
    public func checkSupport(_ support: Int) throws(InvalidInput) {
        guard supportScale.contains(support) else {
            throw InvalidInput(
                field: "support", value: "\(support)",
                expected: "a point on the support scale \(Self.text(supportScale)) (1 is definitely us)")
        }
    }

    /// Checks an issue code (already made a code) against the list.
    public func checkIssue(_ code: String) throws(InvalidInput) {
        guard issues.contains(code) else {
            throw InvalidInput(
                field: "issue \"\(code)\"", value: code,
                expected: "one of the party's issues: \(issues.joined(separator: ", ")) "
                    + "(settings set canvass.issues to change the list)")
        }
    }

    /// Checks a support range asked for on a list (`--support 1-2`) against the scale.
    public func checkRange(_ range: ClosedRange<Int>) throws(InvalidInput) {
        guard supportScale.contains(range.lowerBound), supportScale.contains(range.upperBound) else {
            throw InvalidInput(
                field: "support", value: Self.text(range), expected: "points on the support scale \(Self.text(supportScale))")
        }
    }

    /// `1-2`, or `1` for a single point.
    public static func text(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
    }
}

extension CanvassScheme {
    /// The setting `canvass.support_scale`: its top point, 2 to 10.
    public static func scale(settingValue text: String) -> ClosedRange<Int>? {
        guard let top = Int(text.trimmingWhitespace), (2...largestScale).contains(top) else { return nil }
        return 1...top
    }

    /// The setting `canvass.promises`: `1-2` or `1`, always starting at 1 (the supportive end).
    public static func promises(settingValue text: String) -> ClosedRange<Int>? {
        let parts = text.trimmingWhitespace.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.first == "1", let top = Int(parts[parts.count - 1]),
            (1...largestScale).contains(top)
        else { return nil }
        return 1...top
    }

    /// A settings list of codes (`canvass.issues`, `canvass.election_types`): comma-separated,
    /// each a code, no repeats, at least one. Nil when any entry is not a code.
    public static func codes(settingValue text: String) -> [String]? {
        var codes: [String] = []
        for part in CanvassContact.list(text) {
            guard let code = try? CanvassContact.code(part, field: "code") else { return nil }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes.isEmpty ? nil : codes
    }
}

extension CanvassScheme {
    /// Checks a recorded attempt's answers against this scheme: a contact validated against
    /// another scheme (or before a setting changed) must not slip a point or code past it.
    public func check(_ contact: CanvassContact) throws(InvalidInput) {
        if let support = contact.support { try checkSupport(support) }
        for issue in contact.issues { try checkIssue(issue) }
        for type in contact.intentions.answers.keys where !electionTypes.contains(type) {
            throw InvalidInput(
                field: "election type", value: type, expected: "one of \(electionTypes.joined(separator: ", "))")
        }
    }
}
