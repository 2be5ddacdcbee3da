extension StringProtocol {
    /// The text without the spaces and tabs (any Unicode space, not line breaks) at either end,
    /// as `trimmingCharacters(in: .whitespaces)` gives it, without Foundation's bridging, which
    /// costs a design of 10,000 components tens of milliseconds in unit parsing alone.
    public var trimmingSpaces: String {
        // Most scalars start and end with a visible ASCII character: nothing to trim, no Unicode tables.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first),
            (0x21...0x7E).contains(last)
        {
            return text
        }
        let isSpace = { (character: Character) in character.isWhitespace && !character.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
