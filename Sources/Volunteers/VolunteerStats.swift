public import RosetteCore

/// One volunteer's record: what they have given and whether they have gone quiet.
public struct VolunteerStatsRow: Hashable, Sendable {
    public var contact: VolunteerContact
    /// Minutes on shifts they attended, from the instants (so a shift across a clock change
    /// counts its real length).
    public var minutesGiven: Int
    public var attended: Int
    public var noShows: Int
    /// Shifts from today on that they are booked or waiting on.
    public var upcoming: Int
    /// The day of the last shift they attended.
    public var lastActive: CalendarDate?
    /// No upcoming shift, and nothing attended (or, for a new volunteer, no start) within the
    /// quiet period: someone to call before they drift away.
    public var isQuiet: Bool

    /// No-shows as a share of shifts they were expected at; `nil` before any.
    public var noShowRate: Double? {
        attended + noShows == 0 ? nil : Double(noShows) / Double(attended + noShows)
    }
}

/// A sign-up with its shift's times, for the figures.
public struct SignupOnShift: Hashable, Sendable {
    public var signup: Signup
    public var times: ShiftTimes

    public init(signup: Signup, times: ShiftTimes) {
        self.signup = signup
        self.times = times
    }
}

/// Volunteer figures for the organiser.
public enum VolunteerStats {
    /// The default quiet period: eight weeks without a shift.
    public static let defaultQuietAfterDays = 56

    /// One row per volunteer, quiet ones first, then by hours given (most first), then id.
    public static func rows(
        _ contacts: [VolunteerContact], signups: [VolunteerID: [SignupOnShift]], today: CalendarDate,
        quietAfterDays: Int = defaultQuietAfterDays
    ) -> [VolunteerStatsRow] {
        contacts.map { contact in
            let mine = signups[contact.volunteer.id] ?? []
            let attended = mine.filter { $0.signup.status == .attended }
            let upcoming = mine.filter {
                $0.signup.status.commitsTime && $0.signup.status != .attended && $0.times.start.local.date >= today
            }
            let lastActive = attended.map(\.times.start.local.date).max()
            let reference = lastActive ?? contact.volunteer.since
            return VolunteerStatsRow(
                contact: contact, minutesGiven: attended.reduce(0) { $0 + $1.times.minutes }, attended: attended.count,
                noShows: mine.filter { $0.signup.status == .noShow }.count, upcoming: upcoming.count,
                lastActive: lastActive, isQuiet: upcoming.isEmpty && reference.days(to: today) > quietAfterDays)
        }
        .sorted {
            ($0.isQuiet ? 0 : 1, -$0.minutesGiven, $0.contact.volunteer.id) < ($1.isQuiet ? 0 : 1, -$1.minutesGiven, $1.contact.volunteer.id)
        }
    }
}
