/// How a report is rendered, beyond its format.
public struct ReportOptions: Sendable {
    public var style: TerminalStyle
    /// Problems only: no summary line.
    public var quiet: Bool
    /// The folder paths are made relative to (SARIF URIs); nil leaves paths as given.
    public var workingDirectory: String?

    public init(style: TerminalStyle = .plain, quiet: Bool = false, workingDirectory: String? = nil) {
        self.style = style
        self.quiet = quiet
        self.workingDirectory = workingDirectory
    }

    public static let plain = ReportOptions()
}
