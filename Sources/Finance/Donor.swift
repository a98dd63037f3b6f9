public import RosetteCore

/// A check that an individual donor is on an electoral register, as the treasurer recorded it.
///
/// Rosette does not yet hold the register (that arrives with canvassing, issue 7); until then the
/// treasurer records the date checked and what was seen ("Edinburgh ERO register, elector
/// LW-1021"), and the check is evidence, not a link.
public struct RegisterCheck: Sendable, Hashable {
    public var checkedOn: CalendarDate
    public var evidence: String

    public init(checkedOn: CalendarDate, evidence: String) {
        self.checkedOn = checkedOn
        self.evidence = evidence
    }
}

/// Who gave. The name and address are personal data (and reveal a political opinion): they appear
/// in reports the law requires and nowhere else, never in errors or logs.
public struct DonorDetails: Sendable, Hashable {
    public var kind: DonorKind
    public var name: String
    /// As shown on the electoral register for an individual (EC: "Records").
    public var address: String?
    /// Companies House number (companies and LLPs).
    public var companyNumber: String?
    public var registerCheck: RegisterCheck?

    public init(
        kind: DonorKind, name: String, address: String? = nil, companyNumber: String? = nil,
        registerCheck: RegisterCheck? = nil
    ) {
        self.kind = kind
        self.name = name
        self.address = address
        self.companyNumber = companyNumber
        self.registerCheck = registerCheck
    }

    /// Trims the text fields, refuses an empty name, and requires a company number for a company
    /// or LLP (PPERA s.54(2)(b): the treasurer must be able to show it is UK-registered).
    public func validated() throws -> DonorDetails {
        var checked = self
        checked.name = name.trimmingWhitespace
        guard !checked.name.isEmpty else {
            throw InvalidInput(field: "name", value: name, expected: "the donor's name")
        }
        checked.address = address?.trimmingWhitespace.nilIfEmpty
        checked.companyNumber = companyNumber?.trimmingWhitespace.uppercased().nilIfEmpty
        if kind == .company || kind == .llp, checked.companyNumber == nil {
            throw FinanceError.companyNumberRequired
        }
        if let number = checked.companyNumber, !Self.isCompanyNumber(number) {
            throw FinanceError.badCompanyNumber(number)
        }
        return checked
    }

    /// A Companies House registration number: 8 characters, all digits (England and Wales) or a
    /// two-letter prefix and 6 digits (SC Scotland, NI Northern Ireland, OC an LLP...).
    /// Companies House "Company registration numbers" guidance.
    public static func isCompanyNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 8 else { return false }
        func digit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        func letter(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
        return bytes.allSatisfy(digit) || (bytes.prefix(2).allSatisfy(letter) && bytes.dropFirst(2).allSatisfy(digit))
    }
}

/// A donor as stored.
public struct Donor: Sendable, Hashable {
    public var id: DonorID
    public var details: DonorDetails

    public init(id: DonorID, details: DonorDetails) {
        self.id = id
        self.details = details
    }

    /// Whether the evidence for `kind` is on record. Only individuals (register check) and
    /// companies/LLPs (company number) have evidence Rosette can see; other kinds rely on the
    /// treasurer's check when accepting.
    public var hasEvidence: Bool {
        switch details.kind {
        case .individual: details.registerCheck != nil
        case .company, .llp: details.companyNumber != nil
        case .impermissible: false
        default: true
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
