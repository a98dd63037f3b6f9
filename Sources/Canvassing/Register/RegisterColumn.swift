import Foundation
/// The columns of a register file that Rosette reads, with the header spellings councils' EMS
/// exports use (canvassing-and-register.md §2.1: the common layout, its 14-field variant with
/// separate names, and the monthly-update layout).
public enum RegisterColumn: String, CaseIterable, Sendable {
    case prefix
    case number
    case suffix
    /// `PD-123/1` in one cell (the monthly-update layout).
    case combinedNumber = "elector_number"
    case markers
    case dateOfBirth = "dob"
    /// "Surname Forename Initials" in one cell.
    case fullName = "name"
    case surname
    case forename
    case postcode
    case address1, address2, address3, address4, address5, address6
    case ward
    /// Monthly alterations: A (addition), D (deletion), C or M (change).
    case alteration
    /// Absent-voter lists: postal, proxy, proxy postal.
    case absentVote = "absent_vote"

    /// The address columns, in order.
    public static let addressLines: [RegisterColumn] = [.address1, .address2, .address3, .address4, .address5, .address6]

    /// Header spellings, compared after `headerKey` folding.
    var aliases: [String] {
        switch self {
        case .prefix: return ["electornumberprefix", "pdcode", "pollingdistrict", "prefix", "districtcode"]
        case .number: return ["electornumber", "electorno", "number"]
        case .suffix: return ["electornumbersuffix", "suffix"]
        case .combinedNumber: return ["electornumber", "electorno", "fullelectornumber", "electorid"]
        case .markers:
            return ["electormarkers", "markersregistertext", "markers", "franchisemarker", "franchise"]
        case .dateOfBirth: return ["electordob", "electordateofbirth", "dob", "dateofattainment", "attainmentdate"]
        case .fullName: return ["electorname", "name", "fullname"]
        case .surname: return ["electorsurname", "surname", "lastname"]
        case .forename: return ["electorforename", "electorforenames", "forename", "forenames", "firstname"]
        case .postcode: return ["postcode", "propertypostcode", "electorpostcode"]
        case .address1: return ["address1", "propertyaddress1", "addressline1"]
        case .address2: return ["address2", "propertyaddress2", "addressline2"]
        case .address3: return ["address3", "propertyaddress3", "addressline3"]
        case .address4: return ["address4", "propertyaddress4", "addressline4"]
        case .address5: return ["address5", "propertyaddress5", "addressline5"]
        case .address6: return ["address6", "propertyaddress6", "addressline6"]
        case .ward: return ["ward", "wardname"]
        case .alteration: return ["alteration", "changetype", "updatetype", "alterationtype", "status"]
        case .absentVote: return ["absentvote", "absentvotetype", "avtype", "absentvotertype", "votingmethod"]
        }
    }

    /// Lower case, letters and digits only: `Elector Number Prefix` and `ElectorNumberPrefix`
    /// are one spelling.
    public static func headerKey(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter {
            ("a"..."z").contains($0) || ("0"..."9").contains($0)
        }.map(Character.init))
    }
}
