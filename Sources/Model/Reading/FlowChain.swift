import Diagnostics
import YAMLLoader

/// Splits a chain such as `web -> clicks -> enrich` into names with the position of each.
enum FlowChain {
    struct Part {
        let name: String
        let mark: Mark
    }

    static func split(_ scalar: YAMLScalar, at mark: Mark) -> [Part] {
        let text = scalar.value
        let singleLine = !text.utf8.contains(UInt8(ascii: "\n"))
        let quoteOffset = (scalar.style == .singleQuoted || scalar.style == .doubleQuoted) ? 1 : 0
        var parts: [Part] = []
        var column = 0
        for piece in pieces(of: text) {
            let leading = piece.prefix { $0 == " " || $0 == "\t" }.count
            let name = piece.trimmingSpaces
            let partMark =
                singleLine ? Mark(line: mark.line, column: mark.column + quoteOffset + column + leading) : mark
            parts.append(Part(name: name, mark: partMark))
            column += piece.count + 2
        }
        return parts
    }

    /// The text between the arrows, empty pieces included, as `components(separatedBy: "->")`
    /// gives them, without Foundation's bridging.
    private static func pieces(of text: String) -> [Substring] {
        let bytes = text.utf8
        var pieces: [Substring] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == UInt8(ascii: "-"), next < bytes.endIndex, bytes[next] == UInt8(ascii: ">") {
                pieces.append(text[start..<index])
                index = bytes.index(after: next)
                start = index
            } else {
                index = next
            }
        }
        pieces.append(text[start...])
        return pieces
    }
}
