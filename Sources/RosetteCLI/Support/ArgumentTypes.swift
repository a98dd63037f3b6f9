public import ArgumentParser
public import Councillors
public import Canvassing
public import Elections
public import Finance
public import Members
public import RosetteCore
public import RosetteStore
public import Volunteers

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

extension Councillors.CouncilTier: ExpressibleByArgument {
    /// Accepts the everyday names too ("town", "community", "borough").
    public init?(argument: String) { try? self.init(parsing: argument) }
}
extension Councillors.OfficeKind: ExpressibleByArgument {}
extension Councillors.VacancyReason: ExpressibleByArgument {}
extension LocalDateTime: ExpressibleByArgument {
    /// Shift times are Europe/London wall clock in ISO 8601, `2026-12-05T10:00`, and nothing looser.
    public init?(argument: String) { self.init(iso: argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension Volunteers.ActivityKind: ExpressibleByArgument {}
extension Finance.DonorKind: ExpressibleByArgument {}
extension Finance.ExpenseCategory: ExpressibleByArgument {}
extension Finance.SpendingKind: ExpressibleByArgument {}
extension Finance.FilingKind: ExpressibleByArgument {}
extension Canvassing.AbsentVote: ExpressibleByArgument {}
/// Read as a sheet import reads them (`Not In`, `street stall`).
extension Canvassing.ContactOutcome: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}

extension Canvassing.ContactMethod: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}

extension Canvassing.RegisterNumber: ExpressibleByArgument {
    /// `PD-123` or `PD-123/1`; anything else is a usage error (exit 64).
    public init?(argument: String) { try? self.init(parsing: argument) }
}
