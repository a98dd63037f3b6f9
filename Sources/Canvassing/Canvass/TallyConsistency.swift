import Foundation

/// The rule `doctor` applies between the canvass tallies and the attempts they count.
///
/// `canvass summary` reads only the tallies (kept up to date by every write), so a tally
/// edited by hand, or left by a write outside Rosette, makes the summary quietly wrong. The
/// all-time attempt count of each polling district must equal its stored attempts.
public enum TallyConsistency {
    /// One sentence per polling district whose counts differ, in district order.
    ///
    /// - parameter tallied: all-time attempts per district as the tallies say.
    /// - parameter stored: attempts per district as stored.
    public static func problems(tallied: [String: Int], stored: [String: Int]) -> [String] {
        Set(tallied.keys).union(stored.keys).sorted().compactMap { district in
            let counted = tallied[district] ?? 0
            let actual = stored[district] ?? 0
            guard counted != actual else { return nil }
            return "canvass tallies for polling district \(district) count \(counted) attempt"
                + "\(counted == 1 ? "" : "s") but \(actual) \(actual == 1 ? "is" : "are") stored; "
                + "canvass summary is wrong there"
        }
    }
}
