extension String {
    /// The string without leading or trailing Unicode whitespace (no-break spaces included),
    /// without needing Foundation's `CharacterSet`.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
