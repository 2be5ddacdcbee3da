/// The formats `dataplan check` writes.
public enum CheckFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, github, markdown

    public var reporter: any CheckReporter.Type {
        switch self {
        case .text: TextCheckReporter.self
        case .json: JSONCheckReporter.self
        case .sarif: SARIFCheckReporter.self
        case .junit: JUnitCheckReporter.self
        case .github: GitHubCheckReporter.self
        case .markdown: MarkdownCheckReporter.self
        }
    }
}

/// Renders a check run in one format: pure and deterministic.
public protocol CheckReporter {
    static var identifier: String { get }
    static func report(_ run: CheckReport, options: ReportOptions) -> String
}
