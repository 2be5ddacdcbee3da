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
        for piece in text.components(separatedBy: "->") {
            let leading = piece.prefix { $0 == " " || $0 == "\t" }.count
            let name = piece.trimmingSpaces
            let partMark = singleLine ? Mark(line: mark.line, column: mark.column + quoteOffset + column + leading) : mark
            parts.append(Part(name: name, mark: partMark))
            column += piece.count + 2
        }
        return parts
    }
}
