/// The source line at a position with a caret under its column, as compilers print it.
/// A line longer than `widestLine` characters (minified JSON, a generated file) is cut to that many around the
/// column, with `…` where it was cut.
public enum SourceSnippet {
    public static let widestLine = 160

    public static func render(line: Int, column: Int, in source: SourceLines, style: TerminalStyle) -> String? {
        guard let text = source.line(line) else { return nil }
        var shown = Substring.UnicodeScalarView(text.unicodeScalars)
        var caretAt = max(0, column - 1)
        var before = "", after = ""
        if text.unicodeScalars.count > widestLine {
            let scalars = text.unicodeScalars
            let first = max(0, min(caretAt - widestLine / 2, scalars.count - widestLine))
            let start = scalars.index(scalars.startIndex, offsetBy: first)
            let end = scalars.index(start, offsetBy: widestLine)
            shown = scalars[start..<end]
            caretAt -= first
            if first > 0 { before = "…" }
            if end < scalars.endIndex { after = "…" }
        }
        let prefix = before.isEmpty ? "" : " "
        let indent = prefix + shown.prefix(caretAt).map { $0 == "\t" ? "\t" : " " }.joined()
        return before + String(shown) + after + "\n" + indent + style.green("^")
    }
}

/// A file's text with where each of its lines starts, found in one pass, so that quoting a line
/// under each of thousands of findings does not read the file from its top every time.
public struct SourceLines {
    private let text: String
    /// Where each line starts, line 1 first.
    private let starts: [String.Index]

    public init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = utf8.index(after: newline)
            starts.append(index)
        }
        self.starts = starts
    }

    /// Line `number` (from 1) without its line break (`\n` or `\r\n`), or nil past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? text.utf8.index(before: starts[number]) : text.endIndex
        if end > start, text.utf8[text.utf8.index(before: end)] == UInt8(ascii: "\r") {
            end = text.utf8.index(before: end)
        }
        return text[start..<end]
    }
}
