public import RosetteCore

/// A council's seats by party on one day.
public struct Composition: Hashable, Sendable {
    public struct Share: Hashable, Sendable {
        public var party: PartyID
        public var seats: Int
    }

    /// Parties with at least one seat, most seats first (ties by party id, for a stable order).
    public var shares: [Share]
    /// Seats on the council's wards with nobody sitting.
    public var vacantSeats: Int
    public var totalSeats: Int

    /// Counts who sat for whom on `day`, from the councillors' histories.
    public static func on(_ day: CalendarDate, councillors: [Councillor], wards: [Ward]) -> Composition {
        var seats: [PartyID: Int] = [:]
        var sitting = 0
        for councillor in councillors {
            guard let party = councillor.party(on: day) else { continue }
            seats[party, default: 0] += 1
            sitting += 1
        }
        let total = wards.reduce(0) { $0 + $1.seats }
        let shares = seats.map { Share(party: $0.key, seats: $0.value) }
            .sorted { ($0.seats, $1.party) > ($1.seats, $0.party) }
        return Composition(shares: shares, vacantSeats: max(0, total - sitting), totalSeats: max(total, sitting))
    }
}
