import RosetteCore

/// A skill a volunteer offers or a shift needs ("driver", "welsh-speaker", "team-leader",
/// "data-entry"). An open set: a lower-case slug, so "Welsh speaker" and "welsh-speaker" match.
public struct Skill: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let slug: String

    public init(parsing text: String) throws {
        slug = try Tag.make(text, field: "skill", example: "driver or welsh-speaker")
    }

    public var description: String { slug }
    public static func < (lhs: Skill, rhs: Skill) -> Bool { lhs.slug < rhs.slug }
}

/// A ward (or division) by name, compared without regard to case or spacing, so "Leith Walk"
/// and "leith-walk" are one ward.
public struct Ward: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// As first typed, for display.
    public let name: String
    /// The slug two spellings share.
    public let key: String

    public init(parsing text: String) throws {
        key = try Tag.make(text, field: "ward", example: "Leith Walk")
        name = text.trimmingWhitespace
    }

    public var description: String { name }
    public static func == (lhs: Ward, rhs: Ward) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
    public static func < (lhs: Ward, rhs: Ward) -> Bool { lhs.key < rhs.key }
}

/// Lower-case slugs for open sets of names.
enum Tag {
    static func make(_ text: String, field: String, example: String) throws -> String {
        var slug = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(character)
            } else if character == " " || character == "-" || character == "_" || character == "/" {
                pendingHyphen = true
            } else if character != "'" && character != "." {
                throw InvalidInput(field: field, value: text, expected: "a name such as \(example)")
            }
        }
        guard !slug.isEmpty, slug.count <= 60 else {
            throw InvalidInput(field: field, value: text, expected: "a name such as \(example)")
        }
        return slug
    }
}
