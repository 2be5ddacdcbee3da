/// A finding's message with `{placeholders}`: `{component}`, `{flow}`, a property path, or a built-in's figures.
public struct MessageTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        /// A name, and its parts split at the dots for a property path.
        case placeholder(String, [String])
    }

    public let source: String
    let pieces: [Piece]

    /// Splits a template; nil when a brace is left open.
    public init?(_ source: String) {
        var pieces: [Piece] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            pieces.append(.text(String(rest[..<open])))
            guard let close = rest[open...].firstIndex(of: "}") else { return nil }
            let name = rest[rest.index(after: open)..<close].trimmingSpaces
            guard !name.isEmpty else { return nil }
            pieces.append(.placeholder(name, name.split(separator: ".").map(String.init)))
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(.text(String(rest)))
        self.source = source
        self.pieces = pieces.filter { if case .text("") = $0 { false } else { true } }
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
