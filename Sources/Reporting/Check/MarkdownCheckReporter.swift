import Diagnostics
import Analysis

/// A pull-request comment: a verdict line, a table of counts, then the findings by severity, each
/// group folded in `<details>`.
public enum MarkdownCheckReporter: CheckReporter {
    public static let identifier = "markdown"

    public static func report(_ run: CheckReport, options: ReportOptions) -> String {
        let designs = run.files.filter { $0.designName != nil && !$0.hasErrors }.count
        let failed = run.exitCode != 0
        var output = "### Dataplan: \(failed ? "❌ failed" : "✅ passed")\n\n"
        output +=
            "\(designs) valid \(designs == 1 ? "design" : "designs") of \(run.files.count) "
            + "\(run.files.count == 1 ? "file" : "files") checked"
        output += "; the gate fails on \(run.failOn.rawValue)\(run.failOn == .never ? "" : " and above").\n\n"
        if !run.skipped.isEmpty {
            let paths = run.skipped.map { "`\(RelativePath.of($0.path, in: options.workingDirectory))`" }.joined(
                separator: ", ")
            output += "Skipped, not designs (no top-level `dataplan` key): \(paths).\n\n"
        }
        output += "| | count |\n|---|---:|\n"
        output += "| input errors | \(run.errors.count) |\n"
        output +=
            "| errors | \(run.count(.error)) |\n| warnings | \(run.count(.warning)) |\n| info | \(run.count(.info)) |\n"
        output += "| suppressed | \(run.suppressedCount) |\n"
        if run.baselinedCount > 0 { output += "| baselined | \(run.baselinedCount) |\n" }
        for file in run.files {
            guard let graph = file.graph, let name = file.designName else { continue }
            let diagram = MermaidDiagram.render(DiagramInput(graph: graph, findings: file.findings))
            output +=
                "\n<details><summary>Diagram: \(cell(name))</summary>\n\n```mermaid\n\(diagram)```\n\n</details>\n"
        }
        if !run.errors.isEmpty {
            output += "\n<details open><summary>Input errors (\(run.errors.count))</summary>\n\n"
            for diagnostic in run.errors {
                output += "- `\(place(diagnostic.location, options))` \(cell(diagnostic.message))\n"
            }
            output += "\n</details>\n"
        }
        for severity in [Severity.error, .warning, .info] {
            let findings = run.activeFindings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            let title =
                switch severity {
                case .error: "Errors"
                case .warning: "Warnings"
                case .info: "Info"
                }
            output +=
                "\n<details\(severity == .error ? " open" : "")><summary>\(title) (\(findings.count))</summary>\n\n"
            output += "| rule | where | finding | fix |\n|---|---|---|---|\n"
            for finding in findings {
                output +=
                    "| \(finding.rule.id) | `\(place(finding.location, options))` | "
                    + "\(cell(finding.message + (finding.note.map { " (\($0))" } ?? ""))) | "
                    + "\(cell(finding.rule.remediation)) |\n"
            }
            output += "\n</details>\n"
        }
        if !run.suppressedFindings.isEmpty {
            output +=
                "\n<details><summary>Suppressed (\(run.suppressedFindings.count))</summary>\n\n| rule | where | "
                + "reason |\n|---|---|---|\n"
            for finding in run.suppressedFindings {
                output +=
                    "| \(finding.rule.id) | `\(place(finding.location, options))` | "
                    + "\(cell(finding.suppression?.reason ?? "")) |\n"
            }
            output += "\n</details>\n"
        }
        return output
    }

    static func place(_ location: SourceLocation, _ options: ReportOptions) -> String {
        "\(RelativePath.of(location.file, in: options.workingDirectory)):\(location.line):\(location.column)"
    }

    /// Text safe inside a table cell: pipes escaped, newlines as spaces.
    static func cell(_ text: String) -> String {
        text.replacing(every: "|", with: "\\|").replacing(every: "\n", with: " ")
    }
}
