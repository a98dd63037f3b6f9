import Foundation

/// How a person on a new register edition is recognised as someone on the previous one, so their
/// canvass history follows them through the annual renumbering.
///
/// First the exact key: surname, forenames and household, lower-cased (`RegisterEntry.personKey`).
/// Failing that, a loose match: same surname and household, and the forenames agree on the first
/// name while one adds middle names or initials (`John` and `John A`, `Mary` and `Mary Ann`):
/// EROs' exports differ in whether they print middle names, and the same council's system
/// can print them one year and not the next. The loose match is taken only when exactly one
/// unclaimed person fits, so two Johns at one address are never merged on a guess; a move of
/// house or a change of surname starts a new person (matching on name alone merges strangers,
/// the failure `../shared/domain/canvassing-and-register.md` records in other tools).
public enum PersonMatching {
    /// The start every loosely matching key shares (`smith|john`), for an indexed range lookup.
    public static func loosePrefix(of key: String) -> String? {
        guard let parts = Parts(key), let first = parts.forenames.first else { return nil }
        return parts.surname + "|" + first
    }

    /// True when `candidate` (a previous edition's key) is the same person as `key` by the
    /// loose rule: same surname and household, forenames agreeing word by word as far as the
    /// shorter goes, and an initial agreeing with a name it abbreviates.
    public static func looselyMatches(_ candidate: String, _ key: String) -> Bool {
        guard candidate != key, let a = Parts(candidate), let b = Parts(key), a.surname == b.surname,
            a.household == b.household, let firstA = a.forenames.first, firstA == b.forenames.first
        else { return false }
        for (x, y) in zip(a.forenames, b.forenames).dropFirst() where x != y {
            guard x.count == 1 || y.count == 1, x.first == y.first else { return false }
        }
        return true
    }

    private struct Parts {
        var surname: String
        var forenames: [String]
        var household: String

        init?(_ key: String) {
            let fields = key.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            surname = String(fields[0])
            forenames = fields[1].split(whereSeparator: { $0 == " " || $0 == "." }).map(String.init)
            household = String(fields[2])
        }
    }
}
