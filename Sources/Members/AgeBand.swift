public import RosetteCore

/// The age bands the party reports on. The youth wing is the under-25s, so the bands split there.
public enum AgeBand: String, CaseIterable, Sendable, Codable, Comparable {
    case under18 = "under-18"
    case from18To24 = "18-24"
    case from25To34 = "25-34"
    case from35To49 = "35-49"
    case from50To64 = "50-64"
    case over65 = "65-plus"

    /// The band of a person born on `dateOfBirth`, on `today`.
    public static func of(dateOfBirth: CalendarDate, on today: CalendarDate) -> AgeBand {
        let age = Self.age(dateOfBirth: dateOfBirth, on: today)
        switch age {
        case ..<18: return .under18
        case 18...24: return .from18To24
        case 25...34: return .from25To34
        case 35...49: return .from35To49
        case 50...64: return .from50To64
        default: return .over65
        }
    }

    /// Age in whole years. A person born on 29 February has their birthday on 1 March in common
    /// years, as in UK law (Family Law Reform Act 1969 s.9 counts the anniversary of the birth;
    /// the usual reading for a 29 February birth is 1 March).
    public static func age(dateOfBirth: CalendarDate, on today: CalendarDate) -> Int {
        var years = today.year - dateOfBirth.year
        let birthdayThisYear: (Int, Int) =
            (dateOfBirth.month == 2 && dateOfBirth.day == 29 && !CalendarDate.isLeap(today.year))
            ? (3, 1) : (dateOfBirth.month, dateOfBirth.day)
        if (today.month, today.day) < birthdayThisYear { years -= 1 }
        return years
    }

    /// True for the youth wing (under 25).
    public var isYouth: Bool { self == .under18 || self == .from18To24 }

    /// A label for tables ("18–24", "65+").
    public var label: String {
        switch self {
        case .under18: return "under 18"
        case .over65: return "65+"
        default: return rawValue
        }
    }

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
