/// The source line at a position with a caret under its column, as compilers print it.
public enum SourceSnippet {
    public static func render(line: Int, column: Int, in source: String, style: TerminalStyle) -> String? {
        guard line >= 1 else { return nil }
        var current = 1
        var lineText: Substring?
        for candidate in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == line {
                lineText = candidate
                break
            }
            current += 1
        }
        guard var text = lineText else { return nil }
        if text.hasSuffix("\r") { text = text.dropLast() }
        let scalars = Array(text.unicodeScalars)
        let prefix = scalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return String(text) + "\n" + prefix + style.green("^")
    }
}
