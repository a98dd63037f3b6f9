internal import GRDB
import Finance
import RosetteCore

/// One row of `donation`. Internal: the rest of Rosette sees `Donation`.
struct DonationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "donation"

    var id: Int64?
    var donorId: Int64
    var accountingUnitId: Int64?
    var amountPence: Int
    var form: String
    var nature: String?
    var receivedOn: String
    var acceptedOn: String?
    var returnedOn: String?
    var returnMethod: String?
    var note: String?
    var createdAt: String
    var updatedAt: String
    /// A permissible gift sent back (v0008): stored as a return, not reported as impermissible.
    var declined = false
    /// Entered by mistake (v0008): kept for the audit trail, left out of the book.
    var voidedOn: String?
    var voidReason: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ details: NewDonation, now: String) {
        donorId = details.donor.rawValue
        accountingUnitId = details.unit?.rawValue
        amountPence = details.amount.value
        form = details.form.key
        if case .inKind(let what) = details.form { nature = what }
        receivedOn = details.received.iso
        note = details.note
        createdAt = now
        updatedAt = now
    }

    mutating func apply(_ decision: DonationDecision?) {
        switch decision {
        case .accepted(let on): (acceptedOn, returnedOn, returnMethod, declined) = (on.iso, nil, nil, false)
        case .returned(let on, let method): (acceptedOn, returnedOn, returnMethod, declined) = (nil, on.iso, method, false)
        case .declined(let on, let method): (acceptedOn, returnedOn, returnMethod, declined) = (nil, on.iso, method, true)
        case nil: (acceptedOn, returnedOn, returnMethod, declined) = (nil, nil, nil, false)
        }
    }

    func donation() throws -> Donation {
        guard let id else { throw StoredDataError(kind: "donation", id: 0, field: "id") }
        func date(_ field: String, _ text: String) throws -> CalendarDate {
            guard let day = CalendarDate(iso: text) else { throw StoredDataError(kind: "donation", id: id, field: field) }
            return day
        }
        let details = NewDonation(
            donor: DonorID(rawValue: donorId), unit: accountingUnitId.map(AccountingUnitID.init(rawValue:)),
            amount: Pence(amountPence), form: nature.map { .inKind(nature: $0) } ?? .cash,
            received: try date("receivedOn", receivedOn), note: note)
        var decision: DonationDecision?
        if let acceptedOn { decision = .accepted(on: try date("acceptedOn", acceptedOn)) }
        if let returnedOn {
            let day = try date("returnedOn", returnedOn)
            decision = declined ? .declined(on: day, method: returnMethod ?? "") : .returned(on: day, method: returnMethod ?? "")
        }
        return Donation(id: DonationID(rawValue: id), details: details, decision: decision)
    }
}
