import Foundation
/// Canvass results for an area and period: counts, derived shares and "what messaging works".
///
/// Built by the store from maintained tallies, so it answers in milliseconds however many
/// attempts there are; every share keeps the counts behind it.
public struct CanvassSummary: Sendable, Equatable {
    public var attempts = 0
    /// Attempts where someone was spoken to.
    public var contacts = 0
    /// Attempts made at the door.
    public var doors = 0
    public var byOutcome: [ContactOutcome: Int] = [:]
    /// Scale point → conversations giving it.
    public var support: [Int: Int] = [:]
    /// Election type → answer → conversations giving it.
    public var intentions: [String: [String: Int]] = [:]
    public var issues: [String: Int] = [:]
    public var byCanvasser: [String: Tally] = [:]
    /// Ward and polling district → counts.
    public var byArea: [Area: Tally] = [:]
    /// Message tried → conversations.
    public var byMessage: [String: Int] = [:]
    /// Message tried → support point → conversations, so "supporters" follows the party's
    /// promise range as it is now, not as it was when the attempt was recorded.
    public var messageSupport: [String: [Int: Int]] = [:]
    /// The scheme's points counted as supporters (1-2 by default).
    public var promises: ClosedRange<Int>

    public init(promises: ClosedRange<Int> = CanvassScheme.standard.promises) { self.promises = promises }

    /// Attempts and contacts.
    public struct Tally: Sendable, Equatable {
        public var attempts = 0
        public var contacts = 0
        public init(attempts: Int = 0, contacts: Int = 0) {
            self.attempts = attempts
            self.contacts = contacts
        }
    }

    public struct Area: Hashable, Sendable, Comparable {
        public var ward: String
        public var district: String
        public init(ward: String, district: String) {
            self.ward = ward
            self.district = district
        }
        public static func < (lhs: Area, rhs: Area) -> Bool { (lhs.ward, lhs.district) < (rhs.ward, rhs.district) }
    }

    /// Contacts per attempt.
    public var contactRate: Double? { attempts == 0 ? nil : Double(contacts) / Double(attempts) }

    /// Issues by how often they were raised, most first (ties by name).
    public var topIssues: [(issue: String, count: Int)] {
        issues.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }

    /// Conversations per support point: every point of `scale` (0 when nobody gave it), and
    /// any point recorded outside it, so a report shows the whole scale in order.
    public func supportCounts(on scale: ClosedRange<Int>) -> [(point: Int, count: Int)] {
        Set(scale).union(support.keys).sorted().map { ($0, support[$0] ?? 0) }
    }

    /// The election types with intentions, the party's in its order first, then any others
    /// (recorded before a type was taken off the list) by name.
    public func intentionTypes(orderedAs types: [String]) -> [String] {
        types.filter { intentions[$0] != nil } + intentions.keys.filter { !types.contains($0) }.sorted()
    }

    /// Intention answers for one election type, most given first (ties by answer), with the
    /// share of that type's answers.
    public func intentionShares(_ type: String) -> [(answer: String, count: Int, share: Double)] {
        let answers = intentions[type] ?? [:]
        let total = answers.values.reduce(0, +)
        return answers.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
            ($0.key, $0.value, total == 0 ? 0 : Double($0.value) / Double(total))
        }
    }

    /// What messaging works: per message, the share of conversations that ended in support
    /// (a point in `promises`), with a 95% Wilson interval so a small sample is not read as a win.
    public var messageResults: [MessageResult] {
        byMessage.keys.sorted().compactMap { message in
            guard let conversations = byMessage[message] else { return nil }
            let supporters = (messageSupport[message] ?? [:]).filter { promises.contains($0.key) }.values.reduce(0, +)
            return MessageResult(
                message: message, conversations: conversations, supporters: supporters,
                interval: ProportionInterval.wilson(successes: supporters, trials: conversations))
        }
    }
}

/// One message's result.
public struct MessageResult: Sendable, Equatable {
    public var message: String
    public var conversations: Int
    public var supporters: Int
    public var interval: ProportionInterval?
}

/// A confidence interval for a proportion.
public struct ProportionInterval: Sendable, Equatable {
    public var estimate: Double
    public var lower: Double
    public var upper: Double

    /// The Wilson score interval (Wilson 1927; recommended over the normal approximation for
    /// small samples by Brown, Cai & DasGupta 2001). `z` = 1.96 gives 95%.
    public static func wilson(successes: Int, trials: Int, z: Double = 1.96) -> ProportionInterval? {
        guard trials > 0, (0...trials).contains(successes) else { return nil }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z * ((p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()) / (1 + z2 / n)
        return ProportionInterval(estimate: p, lower: max(0, centre - half), upper: min(1, centre + half))
    }
}
