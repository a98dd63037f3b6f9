/// Which column of an opt-out file holds what: emails, phones, names and postcodes.
///
/// Opt-out lists come from elsewhere (a mailing service's unsubscribes, the previous
/// organiser's spreadsheet), so the common spellings are recognised; other columns are ignored
/// and reported, so nothing is silently misread.
public struct SuppressionFileLayout: Sendable, Equatable {
    public var email: Int?
    public var phone: Int?
    public var name: Int?
    public var firstName: Int?
    public var lastName: Int?
    public var postcode: Int?
    public var ignoredHeaders: [String] = []

    enum Field: Sendable { case email, phone, name, firstName, lastName, postcode }

    static let spellings: [String: Field] = [
        "email": .email, "email address": .email, "e-mail": .email,
        "phone": .phone, "mobile": .phone, "telephone": .phone, "phone number": .phone,
        "name": .name, "full name": .name,
        "first name": .firstName, "first_name": .firstName, "forename": .firstName,
        "last name": .lastName, "last_name": .lastName, "surname": .lastName,
        "postcode": .postcode, "post code": .postcode,
    ]

    private static func path(_ field: Field) -> WritableKeyPath<SuppressionFileLayout, Int?> {
        switch field {
        case .email: return \.email
        case .phone: return \.phone
        case .name: return \.name
        case .firstName: return \.firstName
        case .lastName: return \.lastName
        case .postcode: return \.postcode
        }
    }

    /// Reads the header row.
    ///
    /// - throws: `PrivacyError.noSuppressionColumns` when no column can identify anyone.
    public init(header: [String]) throws {
        for (index, raw) in header.enumerated() {
            let key = raw.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if let field = Self.spellings[key], self[keyPath: Self.path(field)] == nil {
                let path = Self.path(field)
                self[keyPath: path] = index
            } else {
                ignoredHeaders.append(raw)
            }
        }
        let hasName = name != nil || (firstName != nil && lastName != nil)
        guard email != nil || phone != nil || (hasName && postcode != nil) else {
            throw PrivacyError.noSuppressionColumns
        }
    }
}

/// One row of an opt-out file, checked: the keys it adds to the do-not-contact list.
public enum ImportedSuppression {
    /// The row's keys, or every problem with it (for "line N: reason").
    public static func parse(_ fields: [String], layout: SuppressionFileLayout) -> Result<[SuppressionKey], RowProblems> {
        func cell(_ index: Int?) -> String? {
            guard let index, index < fields.count else { return nil }
            let text = fields[index].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return text.isEmpty ? nil : text
        }
        var keys: [SuppressionKey] = []
        var problems: [String] = []
        if let email = cell(layout.email) {
            if let key = try? SuppressionKey.parse(kind: .email, email) { keys.append(key) } else {
                problems.append("email is not an email address")
            }
        }
        if let phone = cell(layout.phone) {
            if let key = try? SuppressionKey.parse(kind: .phone, phone) { keys.append(key) } else {
                problems.append("phone is not a phone number")
            }
        }
        let name = cell(layout.name) ?? [cell(layout.firstName), cell(layout.lastName)].compactMap { $0 }
            .joined(separator: " ")
        let postcode = cell(layout.postcode)
        if !name.isEmpty, let postcode {
            if let key = try? SuppressionKey.parse(kind: .namePostcode, name, postcode: postcode) {
                keys.append(key)
            } else {
                problems.append("postcode is not a UK postcode")
            }
        } else if !name.isEmpty != (postcode != nil), keys.isEmpty, problems.isEmpty {
            problems.append("a name needs a postcode (and a postcode a name) to identify someone")
        }
        if problems.isEmpty && keys.isEmpty { problems.append("no email, phone, or name and postcode") }
        return problems.isEmpty ? .success(keys) : .failure(RowProblems(problems))
    }
}

/// The reasons one row was rejected, joined for "line N: reason".
public struct RowProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public var reasons: [String]
    public init(_ reasons: [String]) { self.reasons = reasons }
    public var description: String { reasons.joined(separator: "; ") }
}
