/// How a report is rendered, beyond its format.
public struct ReportOptions: Sendable {
    public var style: TerminalStyle
    /// Problems only: no summary line.
    public var quiet: Bool

    public init(style: TerminalStyle = .plain, quiet: Bool = false) {
        self.style = style
        self.quiet = quiet
    }

    public static let plain = ReportOptions()
}
