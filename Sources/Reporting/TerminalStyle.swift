/// ANSI colour for terminals, or none at all.
public struct TerminalStyle: Sendable {
    public let colored: Bool

    public init(colored: Bool) {
        self.colored = colored
    }

    public static let plain = TerminalStyle(colored: false)

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func red(_ text: String) -> String { wrap(text, "1;31") }
    public func yellow(_ text: String) -> String { wrap(text, "1;33") }
    public func cyan(_ text: String) -> String { wrap(text, "1;36") }
    public func green(_ text: String) -> String { wrap(text, "1;32") }
    public func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
