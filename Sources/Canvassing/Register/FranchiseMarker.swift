import Foundation
/// A franchise marker printed before an elector's name, kept as data: an elector may carry
/// several letters, and their meanings change with the law (canvassing-and-register.md §2.2).
public struct FranchiseMarker: Hashable, Sendable {
    public let letter: Character
    public let meaning: String

    /// The markers Rosette knows. Unknown letters are kept as given and reported as "unknown".
    /// Sources: Electoral Commission register-format guidance; SI 2001/497 reg 41A for `N`.
    public static let known: [Character: String] = [
        "F": "overseas elector: UK Parliament only",
        "L": "peer: local and devolved, not UK Parliament",
        "M": "Scotland: local and Scottish Parliament only",
        "G": "EU citizen: local and devolved only",
        "B": "EU citizen with retained rights",
        "E": "overseas peer (obsolete)",
        "K": "EU citizen, EP and local (obsolete)",
        "N": "anonymous entry (SI 2001/497 reg 41A)",
        "Z": "commonly: aged 76 or over",
    ]

    /// The letter that marks an anonymous entry: such an elector is never stored or shown with a
    /// name or address.
    public static let anonymous: Character = "N"

    /// The letters of a markers cell, upper case, in order, without repeats or separators.
    public static func letters(in cell: String) -> String {
        var seen = Set<Character>()
        var out = ""
        for character in cell.uppercased() where character.isLetter && character.isASCII {
            if seen.insert(character).inserted { out.append(character) }
        }
        return out
    }
}
