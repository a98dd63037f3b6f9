import Members
import RosetteCore
import Volunteers

/// A consented channel and its number or address, in JSON.
struct ChannelJSON: Encodable {
    var channel: String
    var address: String

    init(_ reachable: ReachableChannel) {
        channel = reachable.channel.rawValue
        address = reachable.address
    }
}

/// `shifts signup|cancel|confirm --json`.
struct SignupResultJSON: Encodable {
    var shift_id: Int64
    var volunteer_id: Int64
    var status: String
    var warnings: [String]
    /// Who moved up from the waiting list (cancel only); null when nobody did.
    @Nullable var promoted_volunteer_id: Int64?

    enum CodingKeys: String, CodingKey { case shift_id, volunteer_id, status, warnings, promoted_volunteer_id }
}

/// `shifts gaps --json`: the shift and the phone list.
struct GapJSON: Encodable {
    var shift: ShiftJSON
    var candidates: [Candidate]
    var unreachable: Int

    struct Candidate: Encodable {
        var volunteer_id: Int64
        var name: String
        var channels: [ChannelJSON]
    }

    init(_ gap: ShiftGap) {
        shift = ShiftJSON(gap.overview)
        candidates = gap.candidates.map {
            Candidate(volunteer_id: $0.contact.volunteer.id.rawValue, name: $0.contact.name, channels: $0.channels.map(ChannelJSON.init))
        }
        unreachable = gap.unreachable
    }
}

/// `shifts reminders --json`.
struct ReminderJSON: Encodable {
    var shift_id: Int64
    var start: String
    var end: String
    var activity: String
    var volunteer_id: Int64
    var name: String
    var status: String
    var channels: [ChannelJSON]

    init(_ reminder: ShiftReminder) {
        shift_id = reminder.overview.shift.id.rawValue
        start = reminder.overview.shift.times.start.local.iso
        end = reminder.overview.shift.times.end.local.iso
        activity = reminder.overview.title
        volunteer_id = reminder.contact.volunteer.id.rawValue
        name = reminder.contact.name
        status = reminder.status.rawValue
        channels = reminder.channels.map(ChannelJSON.init)
    }
}

/// `volunteers stats --json`.
struct VolunteerStatsJSON: Encodable {
    var volunteer_id: Int64
    var name: String
    var hours_given: Double
    var shifts_attended: Int
    var no_shows: Int
    @Nullable var no_show_rate: Double?
    var upcoming: Int
    @Nullable var last_active: String?
    var quiet: Bool

    init(_ row: VolunteerStatsRow) {
        volunteer_id = row.contact.volunteer.id.rawValue
        name = row.contact.name
        hours_given = Double(row.minutesGiven) / 60
        shifts_attended = row.attended
        no_shows = row.noShows
        no_show_rate = row.noShowRate
        upcoming = row.upcoming
        last_active = row.lastActive?.iso
        quiet = row.isQuiet
    }

    enum CodingKeys: String, CodingKey {
        case volunteer_id, name, hours_given, shifts_attended, no_shows, no_show_rate, upcoming, last_active, quiet
    }
}
