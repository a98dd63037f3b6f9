/// An optional that `--json` writes as `null` rather than leaving the key out, so a contract key
/// is always present (synthesised `Encodable` skips `nil` optionals).
struct Nullable<Wrapped: Encodable>: Encodable {
    var value: Wrapped?

    init(_ value: Wrapped?) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
