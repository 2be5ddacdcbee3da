#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Pricing
import Model

/// The diff as a pull-request comment: a one-line verdict, a short table of the components whose
/// cost changed, and the findings folded in `<details>`.
public enum DiffMarkdownReporter {
    public static func report(_ report: DiffReport, options: ReportOptions) -> String {
        guard let diff = report.diff, report.problems.isEmpty else {
            return "**Dataplan diff could not run:**\n\n"
                + report.errors.map {
                    "- `\(MarkdownCheckReporter.place($0.location, options))` \(MarkdownCheckReporter.cell($0.message))"
                }.joined(separator: "\n") + "\n"
        }
        var output =
            "### Dataplan diff\n\n" + (diff.exitCode == 0 ? "" : "❌ ")
            + MarkdownCheckReporter.cell(DiffFormat.verdict(diff)) + "\n\n"
        let changed = diff.components.filter(\.changed)
        if !changed.isEmpty {
            output += "| component | before | after | change |\n|---|---:|---:|---:|\n"
            for change in changed {
                output +=
                    "| \(change.component)\(change.complete ? "" : " (≥)") | \(DiffFormat.money(change.before)) | "
                    + "\(DiffFormat.money(change.after)) | \(DiffFormat.change(change)) "
                    + "(\(DiffFormat.percent(change.percent))) |\n"
            }
            output +=
                "| **total** | **\(CostFormat.money(diff.totalBefore))** | **\(CostFormat.money(diff.totalAfter))** "
                + "| **\(DiffFormat.signed(diff.totalDelta)) (\(DiffFormat.percent(diff.totalPercent)))** |\n\n"
        }
        let lines = diff.lineChanges
        if !lines.isEmpty {
            output += "<details><summary>\(lines.count) line item\(lines.count == 1 ? "" : "s") changed</summary>\n\n"
            output +=
                "| component | line | quantity before | quantity after | unit | monthly before | monthly after "
                + "|\n|---|---|---:|---:|---|---:|---:|\n"
            for line in lines {
                let item = (line.after ?? line.before)!
                output +=
                    "| \(line.component) | \(MarkdownCheckReporter.cell(item.description)) | "
                    + "\(line.before.map { CostFormat.quantity($0.quantity) } ?? "–") | "
                    + "\(line.after.map { CostFormat.quantity($0.quantity) } ?? "–") | \(item.unit) | "
                    + "\(line.before.map { DiffFormat.money($0.monthly) } ?? "–") | "
                    + "\(line.after.map { DiffFormat.money($0.monthly) } ?? "–") |\n"
            }
            output += "\n</details>\n\n"
        }
        for (title, findings) in [("added", diff.added), ("resolved", diff.resolved)] where !findings.isEmpty {
            output +=
                "<details><summary>\(findings.count) finding\(findings.count == 1 ? "" : "s") \(title)</summary>\n\n"
            output += "| severity | rule | where | message |\n|---|---|---|---|\n"
            for finding in findings {
                output +=
                    "| \(finding.severity.rawValue) | \(finding.rule.id) | "
                    + "`\(MarkdownCheckReporter.place(finding.location, options))` | "
                    + "\(MarkdownCheckReporter.cell(finding.message)) |\n"
            }
            output += "\n</details>\n\n"
        }
        if let graph = diff.head.graph, let changes = diff.componentChanges {
            let diagram = MermaidDiagram.render(
                DiagramInput(graph: graph, findings: diff.head.findings), changes: changes.marks,
                removed: changes.removed)
            output += "<details><summary>Diagram of the head, changes marked</summary>\n\n```mermaid\n\(diagram)```\n\n"
            output += "</details>\n\n"
        }
        return output
    }
}
