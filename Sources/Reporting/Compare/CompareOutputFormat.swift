/// The formats `dataplan compare` writes; `svg` is the sweep's chart.
public enum CompareOutputFormat: String, CaseIterable, Sendable {
    case text, json, markdown, svg

    public func render(_ comparison: Comparison, options: ReportOptions) -> String {
        switch self {
        case .text: CompareTextReporter.report(comparison, options: options)
        case .json: CompareJSONReporter.report(comparison, options: options)
        case .markdown: CompareMarkdownReporter.report(comparison, options: options)
        case .svg:
            comparison.problems.isEmpty
                ? SweepChart.render(comparison) : CompareTextReporter.report(comparison, options: options)
        }
    }
}
