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

    /// `render`'s UTF-8, byte for byte, for writing out; JSON without making a string of it first.
    public func renderUTF8(_ report: CostReport, options: ReportOptions) -> [UInt8] {
        switch self {
        case .json: CostJSONReporter.reportUTF8(report, options: options)
        default: Array(render(report, options: options).utf8)
        }
    }
}
