extension String {
    /// The text with every `character` (one ASCII character: a quote, a bar, a line break)
    /// replaced by `replacement`, scalar by scalar: a "\n" inside a "\r\n" is replaced too, as
    /// Foundation's `replacingOccurrences(of:with:)` does, though Swift sees one `Character` there.
    public func replacing(every character: Unicode.Scalar, with replacement: String) -> String {
        guard unicodeScalars.contains(character) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + replacement.utf8.count)
        for scalar in unicodeScalars {
            if scalar == character {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The text cut or padded with spaces to `width` characters, for columns of names.
    public func padded(to width: Int) -> String {
        count >= width ? String(prefix(width)) : self + String(repeating: " ", count: width - count)
    }
}
