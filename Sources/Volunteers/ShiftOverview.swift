import RosetteCore

/// A shift with its activity and sign-ups: one line of the rota.
public struct ShiftOverview: Hashable, Sendable {
    public var shift: Shift
    public var activity: Activity
    /// Every sign-up, cancelled ones included, in the order they were made.
    public var signups: [Signup]

    public init(shift: Shift, activity: Activity, signups: [Signup]) {
        self.shift = shift
        self.activity = activity
        self.signups = signups
    }

    /// Places taken (signed up, confirmed, attended or no-show).
    public var filled: Int { signups.filter(\.status.takesPlace).count }
    /// Volunteers on the waiting list.
    public var waiting: Int { signups.filter { $0.status == .waitlisted }.count }
    /// How many more are needed to reach the minimum.
    public var short: Int { max(0, shift.details.capacity.minimum - filled) }
    /// Below its minimum: a gap for the organiser to fill.
    public var isUnderstaffed: Bool { short > 0 }

    /// The title used in tables and calendars: "Street stall: Saturday stall (stall lead)".
    public var title: String {
        "\(activity.details.kind.label): \(activity.details.name)" + (shift.details.role.map { " (\($0))" } ?? "")
    }
}
