public import RosetteCore

/// One validated row of a members file.
public struct ImportedMember: Sendable, Equatable {
    /// The member id a Rosette export carries. It identifies the member only together with the
    /// same name (see `MemberRepository.importMembers`), so a file from another database cannot
    /// overwrite a different person who happens to have that id here.
    public var id: MemberID?
    public var details: MemberDetails
    public var paidUntil: CalendarDate?
    public var ending: MembershipEnding?
    /// The columns the file has. On `--on-duplicate update` only these replace stored values:
    /// a file without a phone column must not wipe members' phone numbers.
    public var columns: Set<MemberColumn> = []

    /// The stored details with this row's values for the columns the file has.
    public func merged(into stored: MemberDetails) -> MemberDetails {
        var result = stored
        for column in columns {
            switch column {
            case .firstName: result.firstName = details.firstName
            case .lastName: result.lastName = details.lastName
            case .email: result.email = details.email
            case .phone: result.phone = details.phone
            case .postcode: result.postcode = details.postcode
            case .address: result.address = details.address
            case .dateOfBirth: result.dateOfBirth = details.dateOfBirth
            case .joinedOn: result.joinedOn = details.joinedOn
            case .branch: result.branch = details.branch
            case .membershipType: result.membershipType = details.membershipType
            case .duesPence: result.duesPence = details.duesPence
            case .notes: result.notes = details.notes
            case .id, .paidUntil, .status, .endedOn, .endReason, .roles, .consentEmail, .consentPhone,
                .consentSMS, .consentPost:
                break
            }
        }
        return result
    }

    /// Validates one row against the layout.
    ///
    /// Every problem in the row is reported, not just the first, so a volunteer can fix a
    /// spreadsheet in one pass. Cells are passed through `SpreadsheetSafety.restore` first, so a
    /// file that Rosette exported (with formula-like cells neutralised) reads back unchanged.
    ///
    /// - parameter defaultJoinedOn: the joining date for rows that do not give one (the import day).
    /// - returns: the member, or the list of reasons the row is bad.
    public static func parse(
        _ fields: [String], layout: MemberFileLayout, defaultJoinedOn: CalendarDate
    ) -> Result<ImportedMember, RowProblems> {
        var problems: [String] = []
        func cell(_ column: MemberColumn) -> String? {
            guard let index = layout.index(of: column), index < fields.count else { return nil }
            let value = SpreadsheetSafety.restore(fields[index]).trimmingWhitespace
            return value.isEmpty ? nil : value
        }
        func parse<T>(_ column: MemberColumn, _ make: (String) throws -> T) -> T? {
            guard let text = cell(column) else { return nil }
            do { return try make(text) } catch {
                problems.append(String(describing: error))
                return nil
            }
        }
        func date(_ column: MemberColumn) -> CalendarDate? {
            parse(column) { text in
                guard let date = CalendarDate(iso: text) else {
                    throw InvalidInput(
                        field: column.rawValue, value: text, expected: "a date as YYYY-MM-DD")
                }
                return date
            }
        }
        let first = parse(.firstName) { try PersonName(parsing: $0, field: "first_name") }
        let last = parse(.lastName) { try PersonName(parsing: $0, field: "last_name") }
        if cell(.firstName) == nil { problems.append("first_name is empty") }
        if cell(.lastName) == nil { problems.append("last_name is empty") }
        let email = parse(.email) { try EmailAddress(parsing: $0) }
        let phone = parse(.phone) { try PhoneNumber(parsing: $0) }
        let postcode = parse(.postcode) { try Postcode(parsing: $0) }
        let dateOfBirth = date(.dateOfBirth)
        let joinedOn = date(.joinedOn)
        let type = parse(.membershipType) { try MembershipType(parsing: $0) }
        let dues = parse(.duesPence) { text in
            guard let pence = Int(text), pence >= 0 else {
                throw InvalidInput(
                    field: "dues_pence", value: text, expected: "a whole number of pence, 0 or more")
            }
            return pence
        }
        let id = parse(.id) { text in
            guard let value = Int64(text), value > 0 else {
                throw InvalidInput(field: "id", value: text, expected: "a member id from a Rosette export")
            }
            return MemberID(rawValue: value)
        }
        let paidUntil = date(.paidUntil)
        let endedOn = date(.endedOn)
        let endReason = parse(.endReason) { text in
            guard let reason = MembershipEnding.EndReason(rawValue: text.lowercased()) else {
                throw InvalidInput(
                    field: "end_reason", value: text, expected: "resigned, expelled or deceased")
            }
            return reason
        }
        let joined = joinedOn ?? defaultJoinedOn
        if let dateOfBirth, dateOfBirth > joined {
            problems.append("date_of_birth \(dateOfBirth) is after joined_on \(joined)")
        }
        if (endedOn == nil) != (endReason == nil) {
            problems.append("ended_on and end_reason must be given together")
        }
        if fields.count > layout.width {
            problems.append("\(fields.count) cells but the header has \(layout.width)")
        }
        if let paidUntil, paidUntil < (joinedOn ?? defaultJoinedOn) {
            problems.append("paid_until \(paidUntil) is before joined_on \(joinedOn ?? defaultJoinedOn)")
        }
        if let endedOn, endedOn < (joinedOn ?? defaultJoinedOn) {
            problems.append("ended_on \(endedOn) is before joined_on \(joinedOn ?? defaultJoinedOn)")
        }
        guard problems.isEmpty, let first, let last else { return .failure(RowProblems(problems)) }
        let details = MemberDetails(
            firstName: first, lastName: last, email: email, phone: phone, postcode: postcode,
            address: cell(.address), dateOfBirth: dateOfBirth, joinedOn: joined,
            branch: cell(.branch), membershipType: type ?? .standard, duesPence: dues,
            notes: cell(.notes))
        let ending = endReason.flatMap { reason in endedOn.map { MembershipEnding(reason: reason, on: $0) } }
        var member = ImportedMember(id: id, details: details, paidUntil: paidUntil, ending: ending)
        member.columns = layout.columns
        return .success(member)
    }
}

/// The reasons one row was rejected.
public struct RowProblems: Error, Equatable, CustomStringConvertible {
    public var reasons: [String]
    public init(_ reasons: [String]) { self.reasons = reasons }
    public var description: String { reasons.joined(separator: "; ") }
}
