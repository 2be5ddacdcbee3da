/// A finding's message with `{placeholders}`: `{component}`, `{flow}`, a property path, or a built-in's figures.
public struct MessageTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        /// A name, and its parts split at the dots for a property path.
        case placeholder(String, [String])
    }

    public let source: String
    let pieces: [Piece]

    /// Splits a template; nil when a brace is left open. The braces are found in the UTF-8 bytes
    /// (they are ASCII, so every piece starts and ends on a character): a rule catalog of a hundred
    /// messages is read at every start, and walking characters cost a millisecond of it.
    public init?(_ source: String) {
        var pieces: [Piece] = []
        let utf8 = source.utf8
        var textStart = utf8.startIndex
        while let open = utf8[textStart...].firstIndex(of: UInt8(ascii: "{")) {
            if textStart < open { pieces.append(.text(String(source[textStart..<open]))) }
            guard let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
            let name = source[utf8.index(after: open)..<close].trimmingSpaces
            guard !name.isEmpty else { return nil }
            pieces.append(.placeholder(name, name.split(separator: ".").map(String.init)))
            textStart = utf8.index(after: close)
        }
        if textStart < utf8.endIndex { pieces.append(.text(String(source[textStart...]))) }
        self.source = source
        self.pieces = pieces
    }

    public var placeholders: [String] {
        pieces.compactMap { if case .placeholder(let name, _) = $0 { name } else { nil } }
    }

    /// The message with each placeholder replaced; one that resolves to nothing reads "not set".
    /// `resolve` gets each placeholder's name and the name split at its dots.
    public func render(_ resolve: (String, [String]) -> String?) -> String {
        var message = ""
        for piece in pieces {
            switch piece {
            case .text(let text): message += text
            case .placeholder(let name, let parts): message += resolve(name, parts) ?? "not set"
            }
        }
        return message
    }
}
