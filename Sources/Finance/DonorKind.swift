/// Who gave: the donor categories of PPERA s.54(2) plus trusts and an explicit "impermissible
/// source" (foreign company, unregistered overseas person, anonymous giver...). Raw values are the
/// command-line and JSON spellings.
public enum DonorKind: String, CaseIterable, Sendable, Codable {
    case individual
    case company
    case tradeUnion = "trade-union"
    case registeredParty = "registered-party"
    case unincorporatedAssociation = "unincorporated-association"
    case llp
    case friendlySociety = "friendly-society"
    case buildingSociety = "building-society"
    case trust
    case impermissible

    /// False only for a source the law never allows: such a gift must go back within 30 days
    /// (EC "What do you do if you receive a donation from an impermissible or unidentifiable
    /// source?").
    public var canBePermissible: Bool { self != .impermissible }

    /// What the treasurer must hold before accepting over £500 from this kind of donor (PPERA
    /// s.54(2); EC "Individuals": check the register for the date of receipt).
    public var evidenceNeeded: String {
        switch self {
        case .individual: "on a UK electoral register on the day the donation was received"
        case .company: "a UK-registered company carrying on business in the UK (Companies House number)"
        case .tradeUnion: "on the Certification Officer's list of trade unions"
        case .registeredParty: "on the Electoral Commission's register of political parties"
        case .unincorporatedAssociation: "carrying on activities wholly or mainly in the UK, main office in the UK"
        case .llp: "a UK-registered LLP carrying on business in the UK"
        case .friendlySociety: "a registered friendly or co-operative society"
        case .buildingSociety: "a building society under the Building Societies Act 1986"
        case .trust: "an exempt trust (set up before 27 July 1999, or by a permissible donor's will)"
        case .impermissible: "nothing: it cannot be accepted and must be returned"
        }
    }

    /// Label in the Electoral Commission's "donor status" column of the quarterly report.
    public var reportLabel: String {
        switch self {
        case .individual: "Individual"
        case .company: "Company"
        case .tradeUnion: "Trade union"
        case .registeredParty: "Registered political party"
        case .unincorporatedAssociation: "Unincorporated association"
        case .llp: "Limited liability partnership"
        case .friendlySociety: "Friendly society"
        case .buildingSociety: "Building society"
        case .trust: "Trust"
        case .impermissible: "Impermissible donor"
        }
    }
}
