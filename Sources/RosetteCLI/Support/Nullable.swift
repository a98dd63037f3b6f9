/// Writes `null` for an absent value instead of leaving its key out, so scripts can rely on
/// every contract key being present (`"date_of_birth": null`). Synthesised `Encodable` would
/// otherwise omit a `nil` optional. Use it as a property wrapper (`@Nullable var x: String?`) or
/// as a value (`Nullable(x)`).
@propertyWrapper
struct Nullable<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    init(_ value: Value?) { wrappedValue = value }

    /// The wrapped value, for code that holds a `Nullable` as a value.
    var value: Value? { wrappedValue }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
