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
    public var intentions: [String: Int] = [:]
    public var issues: [String: Int] = [:]
    public var byCanvasser: [String: Tally] = [:]
    /// Ward and polling district → counts.
    public var byArea: [Area: Tally] = [:]
    /// Message tried → conversations and supporters.
    public var byMessage: [String: Tally] = [:]

    public init() {}

    /// Attempts and contacts; for messages, conversations and supporters (support 1–2).
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

    /// Supporters: scale points counted as "ours" (1 and 2 on the default 1–5 scale).
    public static let supporterPoints = 1...2

    /// Contacts per attempt.
    public var contactRate: Double? { attempts == 0 ? nil : Double(contacts) / Double(attempts) }

    /// Issues by how often they were raised, most first (ties by name).
    public var topIssues: [(issue: String, count: Int)] {
        issues.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }

    /// What messaging works: per message, the share of conversations that ended in support,
    /// with a 95% Wilson interval so a small sample is not read as a win.
    public var messageResults: [MessageResult] {
        byMessage.keys.sorted().compactMap { message in
            guard let tally = byMessage[message] else { return nil }
            return MessageResult(
                message: message, conversations: tally.attempts, supporters: tally.contacts,
                interval: ProportionInterval.wilson(successes: tally.contacts, trials: tally.attempts))
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
