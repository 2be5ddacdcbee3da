/// A bundled rule file's text without its `examples`, for runs that never read them.
enum RuleExamples {
    /// The text up to the line `examples:` when that is the file's last top-level key (every line
    /// after it indented, blank or a comment), so every line kept keeps its number; else the text
    /// whole, and the reader reads the examples as usual.
    static func cut(from text: String) -> String {
        let utf8 = Array(text.utf8)
        let key = Array("examples:".utf8)
        var lineStart = 0
        var cutAt: Int?
        while lineStart < utf8.count {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.count
            let first = utf8[lineStart..<lineEnd].first
            if cutAt == nil {
                if utf8[lineStart..<lineEnd].starts(with: key) { cutAt = lineStart }
            } else if let first, first != UInt8(ascii: " "), first != UInt8(ascii: "#"), first != UInt8(ascii: "\r") {
                return text
            }
            lineStart = lineEnd + 1
        }
        guard let cutAt else { return text }
        return String(decoding: utf8[..<cutAt], as: UTF8.self)
    }
}
