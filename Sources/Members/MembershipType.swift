public import RosetteCore

/// A membership type ("standard", "concession", "youth", "life"...).
///
/// Parties name their own types, so this is an open set: a short lower-case slug, normalised from
/// what was typed ("Student Concession" becomes `student-concession`).
public struct MembershipType: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let slug: String

    /// The type a member gets when none is given.
    public static let standard = MembershipType(uncheckedSlug: "standard")

    /// Normalises and validates a type name.
    public init(parsing text: String, field: String = "membership_type") throws {
        slug = try Slug.make(text, field: field, example: "standard or concession")
    }

    private init(uncheckedSlug: String) { slug = uncheckedSlug }

    public var description: String { slug }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.slug < rhs.slug }
}

/// A role a member holds in the party ("treasurer", "nominating-officer", "branch-secretary").
///
/// The well-known ones are listed so that other areas can ask for them by name (Elections needs
/// the nominating officer); any other slug is accepted, as parties invent their own offices.
public struct Role: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let slug: String

    public static let steeringGroup = Role(uncheckedSlug: "steering-group")
    public static let treasurer = Role(uncheckedSlug: "treasurer")
    public static let nominatingOfficer = Role(uncheckedSlug: "nominating-officer")
    public static let branchSecretary = Role(uncheckedSlug: "branch-secretary")
    public static let leader = Role(uncheckedSlug: "leader")
    public static let chair = Role(uncheckedSlug: "chair")

    /// The roles Rosette knows by name, for help text.
    public static let wellKnown: [Role] = [
        .steeringGroup, .treasurer, .nominatingOfficer, .branchSecretary, .leader, .chair,
    ]

    public init(parsing text: String, field: String = "role") throws {
        slug = try Slug.make(text, field: field, example: "treasurer or nominating-officer")
    }

    private init(uncheckedSlug: String) { slug = uncheckedSlug }

    public var description: String { slug }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.slug < rhs.slug }
}

/// Turns a typed label into a slug: lower-case ASCII letters and digits joined by single hyphens.
enum Slug {
    static func make(_ text: String, field: String, example: String) throws -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "_" || scalar == "/" {
                pendingHyphen = true
            } else {
                throw InvalidInput(field: field, value: text, expected: "a name such as \(example)")
            }
        }
        guard !slug.isEmpty, slug.count <= 40 else {
            throw InvalidInput(field: field, value: text, expected: "a name such as \(example)")
        }
        return slug
    }
}
