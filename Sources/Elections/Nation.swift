/// The four nations of the UK, each with its own election law and bank-holiday calendar.
public enum Nation: String, CaseIterable, Sendable, Codable {
    case england
    case wales
    case scotland
    case northernIreland = "northern-ireland"

    /// The gov.uk bank-holiday list the nation uses (England and Wales share one).
    public var bankHolidayRegion: BankHolidayRegion {
        switch self {
        case .england, .wales: .englandAndWales
        case .scotland: .scotland
        case .northernIreland: .northernIreland
        }
    }

    /// Human name for messages.
    public var displayName: String {
        switch self {
        case .england: "England"
        case .wales: "Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        }
    }
}

/// The three bank-holiday calendars published by gov.uk (Banking and Financial Dealings Act 1971,
/// Sch 1: one list per part of the UK).
public enum BankHolidayRegion: String, CaseIterable, Sendable, Codable {
    case englandAndWales = "england-and-wales"
    case scotland
    case northernIreland = "northern-ireland"
}
