internal import GRDB
import Finance
import RosetteCore

/// One row of `donor`. Internal: the rest of Rosette sees `Donor`.
struct DonorRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "donor"

    var id: Int64?
    var kind: String
    var name: String
    var address: String?
    var companyNumber: String?
    var registerCheckedOn: String?
    var registerEvidence: String?
    var createdAt: String
    var updatedAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ details: DonorDetails, now: String) {
        kind = details.kind.rawValue
        name = details.name
        address = details.address
        companyNumber = details.companyNumber
        registerCheckedOn = details.registerCheck?.checkedOn.iso
        registerEvidence = details.registerCheck?.evidence
        createdAt = now
        updatedAt = now
    }

    func donor() throws -> Donor {
        guard let id else { throw StoredDataError(kind: "donor", id: 0, field: "id") }
        guard let kind = DonorKind(rawValue: kind) else { throw StoredDataError(kind: "donor", id: id, field: "kind") }
        var check: RegisterCheck?
        if let registerCheckedOn, let registerEvidence {
            guard let day = CalendarDate(iso: registerCheckedOn) else {
                throw StoredDataError(kind: "donor", id: id, field: "registerCheckedOn")
            }
            check = RegisterCheck(checkedOn: day, evidence: registerEvidence)
        }
        return Donor(
            id: DonorID(rawValue: id),
            details: DonorDetails(
                kind: kind, name: name, address: address, companyNumber: companyNumber, registerCheck: check))
    }
}

/// One row of `accountingUnit`.
struct AccountingUnitRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "accountingUnit"

    var id: Int64?
    var name: String
    var reference: String?
    var createdAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func unit() throws -> AccountingUnit {
        guard let id else { throw StoredDataError(kind: "accountingUnit", id: 0, field: "id") }
        return AccountingUnit(id: AccountingUnitID(rawValue: id), name: name, reference: reference)
    }
}

/// One row of `financeFiling`.
struct FinanceFilingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "financeFiling"

    var report: String
    var period: String
    var filedOn: String
    var recordedAt: String

    func filing() throws -> Filing {
        guard let kind = FilingKind(rawValue: report), let day = CalendarDate(iso: filedOn) else {
            throw StoredDataError(kind: "financeFiling", id: 0, field: "report")
        }
        return Filing(kind: kind, period: period, filedOn: day)
    }
}
