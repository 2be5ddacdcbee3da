/// The formats `dataplan cost` writes.
public enum CostOutputFormat: String, CaseIterable, Sendable {
    case text, json, csv, markdown

    public func render(_ report: CostReport, options: ReportOptions) -> String {
        switch self {
        case .text: CostTextReporter.report(report, options: options)
        case .json: CostJSONReporter.report(report, options: options)
        case .csv: CostCSVReporter.report(report, options: options)
        case .markdown: CostMarkdownReporter.report(report, options: options)
        }
    }
}
