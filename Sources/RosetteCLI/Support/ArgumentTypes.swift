public import ArgumentParser
public import Canvassing
public import Elections
public import Members
public import RosetteCore
public import RosetteStore

extension CalendarDate: ExpressibleByArgument {
    /// Dates on the command line are ISO 8601 only: `1/2/2026` means different days to a
    /// British and an American reader.
    public init?(argument: String) { self.init(iso: argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension MembershipStatus: ExpressibleByArgument {}
extension AgeBand: ExpressibleByArgument {}
extension ContactChannel: ExpressibleByArgument {}
extension MembershipEnding.EndReason: ExpressibleByArgument {}
extension DuplicatePolicy: ExpressibleByArgument {}
extension Elections.ElectionKind: ExpressibleByArgument {}
extension Elections.Nation: ExpressibleByArgument {}
extension Elections.GeneralElectionCalendar: ExpressibleByArgument {}
extension Elections.MailOption: ExpressibleByArgument {}
extension Elections.FormStatus: ExpressibleByArgument {}
extension Elections.SubscriberRole: ExpressibleByArgument {}
extension Canvassing.AbsentVote: ExpressibleByArgument {}
extension Canvassing.ContactOutcome: ExpressibleByArgument {}
extension Canvassing.ContactMethod: ExpressibleByArgument {}

extension Canvassing.RegisterNumber: ExpressibleByArgument {
    /// `PD-123` or `PD-123/1`; anything else is a usage error (exit 64).
    public init?(argument: String) { try? self.init(parsing: argument) }
}
