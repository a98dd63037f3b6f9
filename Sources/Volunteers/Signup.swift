public import RosetteCore

/// Identifies one sign-up row.
public struct SignupID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: SignupID, rhs: SignupID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where a sign-up is in its life: signed up, then confirmed, then attended or no-show; or on
/// the waiting list until a place frees up; or cancelled (with the time) at any point before.
/// The raw values are the `--json` contract scripts read.
public enum SignupStatus: String, CaseIterable, Sendable, Codable {
    case signedUp = "signed_up"
    case confirmed
    case waitlisted
    case cancelled
    case attended
    case noShow = "no_show"

    /// Holds one of the shift's places (counts towards filled).
    public var takesPlace: Bool { self == .signedUp || self == .confirmed || self == .attended || self == .noShow }

    /// Commits the volunteer's time, so an overlapping shift would clash. A waiting-list place
    /// counts: it may turn into a booking without asking them again.
    public var commitsTime: Bool { self == .signedUp || self == .confirmed || self == .waitlisted || self == .attended }

    /// Not cancelled: the current sign-up of that volunteer on that shift.
    public var isLive: Bool { self != .cancelled }

    /// Expected to turn up (reminders go to them).
    public var isExpected: Bool { self == .signedUp || self == .confirmed }
}

/// A volunteer's sign-up to a shift. A volunteer who cancels and signs up again gets a new
/// sign-up; the cancelled one stays as history.
public struct Signup: Hashable, Sendable {
    public var id: SignupID
    public var shift: ShiftID
    public var volunteer: VolunteerID
    public var status: SignupStatus
    /// When they signed up: the waiting list moves up in this order.
    public var signedUpAt: Instant
    public var cancelledAt: Instant?

    public init(
        id: SignupID, shift: ShiftID, volunteer: VolunteerID, status: SignupStatus, signedUpAt: Instant,
        cancelledAt: Instant? = nil
    ) {
        self.id = id
        self.shift = shift
        self.volunteer = volunteer
        self.status = status
        self.signedUpAt = signedUpAt
        self.cancelledAt = cancelledAt
    }
}

/// A shift a volunteer has committed time to, for the clash check.
public struct Commitment: Hashable, Sendable {
    public var shift: ShiftID
    public var times: ShiftTimes

    public init(shift: ShiftID, times: ShiftTimes) {
        self.shift = shift
        self.times = times
    }
}

/// The outcome of a sign-up: booked or waitlisted, and any warnings that `--force` overrode.
public struct SignupDecision: Hashable, Sendable {
    public var status: SignupStatus
    public var warnings: [String]
}

/// The outcome of a cancellation: who moves up from the waiting list, if anyone.
public struct CancellationPlan: Hashable, Sendable {
    public var cancelled: Signup
    public var promoted: Signup?
}

/// One attendance change to store.
public struct AttendanceChange: Hashable, Sendable {
    public var volunteer: VolunteerID
    /// The sign-up to update, or `nil` for someone who turned up without one (a walk-in).
    public var signup: SignupID?
    public var status: SignupStatus
}
