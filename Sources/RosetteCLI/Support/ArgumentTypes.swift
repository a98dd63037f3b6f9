import ArgumentParser
import Members
import RosetteCore
import RosetteStore

extension CalendarDate: @retroactive ExpressibleByArgument {
    /// Dates on the command line are ISO 8601 only: `1/2/2026` means different days to a
    /// British and an American reader.
    public init?(argument: String) { self.init(iso: argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension MembershipStatus: @retroactive ExpressibleByArgument {}
extension AgeBand: @retroactive ExpressibleByArgument {}
extension ContactChannel: @retroactive ExpressibleByArgument {}
extension MembershipEnding.EndReason: @retroactive ExpressibleByArgument {}
extension DuplicatePolicy: @retroactive ExpressibleByArgument {}
