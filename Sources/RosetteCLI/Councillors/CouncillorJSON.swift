import Councillors
import Elections
import Members
import RosetteCore

/// Party names for rendering: short name and name by id.
struct PartyNames {
    let byID: [PartyID: Party]
    init(_ parties: [Party]) { byID = Dictionary(uniqueKeysWithValues: parties.map { ($0.id, $0) }) }
    func short(_ id: PartyID?) -> String? { id.flatMap { byID[$0]?.shortName } }
    func name(_ id: PartyID?) -> String? { id.flatMap { byID[$0]?.name } }
}

/// A council for scripts. `composition` is the contract of `councils show --as-of --json`.
struct CouncilJSON: Encodable {
    struct WardJSON: Encodable {
        var id: Int64
        var name: String
        var seats: Int
    }

    struct ShareJSON: Encodable {
        var party: String
        var party_name: String
        var seats: Int
    }

    var id: Int64
    var name: String
    var tier: String
    var nation: String
    var area_code: Nullable<String>
    var next_ordinary_election: Nullable<String>
    var wards: [WardJSON]
    var as_of: String?
    var composition: [ShareJSON]?
    var vacant_seats: Int?
    var councillors: [CouncillorJSON]?

    init(_ council: Council, wards: [Ward]) {
        id = council.id.rawValue
        name = council.details.name
        tier = council.details.tier.rawValue
        nation = council.details.nation.rawValue
        area_code = Nullable(council.details.areaCode)
        next_ordinary_election = Nullable(council.details.nextOrdinaryElection?.iso)
        self.wards = wards.map { WardJSON(id: $0.id.rawValue, name: $0.name, seats: $0.seats) }
    }

    /// With the composition on a day and the councillors then sitting.
    init(
        _ council: Council, wards: [Ward], composition: Composition, councillors: [Councillor], asOf: CalendarDate,
        parties: PartyNames
    ) {
        self.init(council, wards: wards)
        as_of = asOf.iso
        self.composition = composition.shares.map {
            ShareJSON(party: parties.short($0.party) ?? "?", party_name: parties.name($0.party) ?? "?", seats: $0.seats)
        }
        vacant_seats = composition.vacantSeats
        let wardNames = Dictionary(uniqueKeysWithValues: wards.map { ($0.id, $0.name) })
        self.councillors = councillors.map {
            CouncillorJSON($0, council: council, ward: wardNames[$0.wardID], asOf: asOf, parties: parties)
        }
    }
}

/// A councillor for scripts: the party as of the day asked, and the whole history.
struct CouncillorJSON: Encodable {
    struct PeriodJSON: Encodable {
        var party: String
        var from: String
        /// The first day no longer with the party; null while still with it.
        var until: Nullable<String>
    }

    struct OfficeJSON: Encodable {
        var office: String
        var from: String
        var to: Nullable<String>
        var note: Nullable<String>
    }

    var id: Int64
    var name: String
    var council_id: Int64
    var council: String
    var ward: String
    var as_of: String
    var party: Nullable<String>
    var party_name: Nullable<String>
    var member_id: Nullable<Int64>
    var elected_on: String
    var term_ends_on: Nullable<String>
    var left_on: Nullable<String>
    var offices: [OfficeJSON]
    var affiliations: [PeriodJSON]

    init(_ councillor: Councillor, council: Council?, ward: String?, asOf: CalendarDate, parties: PartyNames) {
        id = councillor.id.rawValue
        name = councillor.details.name.value
        council_id = councillor.councilID.rawValue
        self.council = council?.details.name ?? ""
        self.ward = ward ?? ""
        as_of = asOf.iso
        let party = councillor.party(on: asOf)
        self.party = Nullable(parties.short(party))
        party_name = Nullable(parties.name(party))
        member_id = Nullable(councillor.details.memberID?.rawValue)
        elected_on = councillor.details.electedOn.iso
        term_ends_on = Nullable(councillor.details.termEndsOn?.iso)
        left_on = Nullable(councillor.leftOn?.iso)
        offices = councillor.offices.map {
            OfficeJSON(office: $0.office.rawValue, from: $0.startedOn.iso, to: Nullable($0.endedOn?.iso), note: Nullable($0.note))
        }
        affiliations = councillor.affiliations.map {
            PeriodJSON(party: parties.short($0.party) ?? "?", from: $0.startedOn.iso, until: Nullable($0.endedOn?.iso))
        }
    }
}

/// Contact details and consent, shown only by `councillors show` (personal data).
struct CouncillorContactJSON: Encodable {
    var email: Nullable<String>
    var phone: Nullable<String>
    /// Current consent per channel: true, false, or null when never asked.
    var consent: [String: Nullable<Bool>]

    init(_ councillor: Councillor, consent history: [ConsentChange]) {
        email = Nullable(councillor.details.email?.value)
        phone = Nullable(councillor.details.phone?.e164)
        let current = ConsentChange.current(from: history)
        consent = Dictionary(uniqueKeysWithValues: ContactChannel.allCases.map { ($0.rawValue, Nullable(current[$0])) })
    }
}
