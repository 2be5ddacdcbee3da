/// The formats `dataplan check` writes.
public enum CheckFormat: String, CaseIterable, Sendable {
    case text, json

    public var reporter: any CheckReporter.Type {
        switch self {
        case .text: TextCheckReporter.self
        case .json: JSONCheckReporter.self
        }
    }
}

/// Renders a check run in one format: pure and deterministic.
public protocol CheckReporter {
    static var identifier: String { get }
    static func report(_ run: CheckReport, options: ReportOptions) -> String
}
