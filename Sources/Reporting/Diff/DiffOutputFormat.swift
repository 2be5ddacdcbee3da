/// The formats `dataplan diff` writes.
public enum DiffOutputFormat: String, CaseIterable, Sendable {
    case text, json, markdown

    public func render(_ report: DiffReport, options: ReportOptions) -> String {
        switch self {
        case .text: DiffTextReporter.report(report, options: options)
        case .json: DiffJSONReporter.report(report, options: options)
        case .markdown: DiffMarkdownReporter.report(report, options: options)
        }
    }
}
