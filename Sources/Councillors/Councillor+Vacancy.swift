public import RosetteCore

extension Councillor {
    /// Checks a vacancy notice date against the record: the seat empties on the notice date, so
    /// the notice must come after the election and after every later event on the record (a
    /// party change, an office taken up or given up). A notice dated before them would leave a
    /// councillor defecting or becoming group leader after leaving the council.
    public func checkVacancyNotice(_ noticeOn: CalendarDate) throws(CouncillorsError) {
        guard noticeOn > details.electedOn else { throw .vacancyBeforeElection(id) }
        if let (event, day) = lastEvent(onOrAfter: noticeOn) {
            throw .vacancyBeforeLaterEvent(id, notice: noticeOn, event: event, on: day)
        }
    }

    /// The latest event dated on or after `day` (an office ended on `day` was still held that
    /// day, so only ends after it count), described for a message, or `nil`.
    func lastEvent(onOrAfter day: CalendarDate) -> (String, CalendarDate)? {
        var events: [(String, CalendarDate)] = []
        for period in affiliations.dropFirst() where period.startedOn >= day {
            events.append(("party change", period.startedOn))
        }
        for term in offices {
            if term.startedOn >= day { events.append(("taking up the office of \(term.office.displayName)", term.startedOn)) }
            if let end = term.endedOn, end > day { events.append(("leaving the office of \(term.office.displayName)", end)) }
        }
        return events.max { $0.1 < $1.1 }
    }
}

extension CasualVacancy {
    /// Records the day electors asked for an election: not before the notice, and not over an
    /// earlier request unless `replacing` (the first request starts the by-election clock, so
    /// a second must not move it silently).
    public func requested(on day: CalendarDate, replacing: Bool) throws(CouncillorsError) -> CasualVacancy {
        if day < noticeOn { throw .requestBeforeNotice(vacancy: id, request: day, notice: noticeOn) }
        if let earlier = requestedOn, !replacing { throw .requestAlreadyRecorded(vacancy: id, on: earlier) }
        var changed = self
        changed.requestedOn = day
        return changed
    }
}
