public import RosetteCore
import Members

/// A reminder to send: who, for which shift, and the channels they consented to.
public struct ShiftReminder: Hashable, Sendable {
    public var overview: ShiftOverview
    public var contact: VolunteerContact
    public var status: SignupStatus
    /// Empty when they consented to no channel Rosette holds details for: remind them in person.
    public var channels: [ReachableChannel]
}

/// Who to remind about a day's shifts.
public enum ShiftReminders {
    /// Everyone expected (signed up or confirmed) on shifts starting on `day`, by shift start
    /// then volunteer. Channels are only those with consent (PECR reg. 22: texts and emails
    /// need it), texts first as the likeliest to be read on the day.
    public static func due(on day: CalendarDate, _ overviews: [ShiftOverview], contacts: [VolunteerID: VolunteerContact])
        -> [ShiftReminder]
    {
        overviews.filter { $0.shift.times.start.local.date == day }
            .sorted { ($0.shift.times.start.instant, $0.shift.id) < ($1.shift.times.start.instant, $1.shift.id) }
            .flatMap { overview in
                overview.signups.filter(\.status.isExpected).sorted { $0.volunteer < $1.volunteer }
                    .compactMap { signup -> ShiftReminder? in
                        guard let contact = contacts[signup.volunteer] else { return nil }
                        let order: [ContactChannel] = [.sms, .email, .phone]
                        let channels = contact.reachableChannels.sorted {
                            (order.firstIndex(of: $0.channel) ?? 9) < (order.firstIndex(of: $1.channel) ?? 9)
                        }
                        return ShiftReminder(overview: overview, contact: contact, status: signup.status, channels: channels)
                    }
            }
    }
}
