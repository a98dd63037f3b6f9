extension String {
    /// The string without leading or trailing Unicode whitespace (no-break spaces included),
    /// without needing Foundation's `CharacterSet`.
    public var trimmingWhitespace: String {
        // Fast path for the common case (an import cell): no space at either end.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20,
            last < 0x80
        {
            return self
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
