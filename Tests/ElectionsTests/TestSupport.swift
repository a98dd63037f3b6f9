import RosetteCore

/// Parses an ISO date in a test vector; an unparseable literal is a bug in the test table, which
/// shows up as a far-past date that fails the assertion rather than as a crash.
func day(_ iso: String) -> CalendarDate {
    CalendarDate(iso: iso) ?? CalendarDate(dayNumber: -1_000_000)
}
