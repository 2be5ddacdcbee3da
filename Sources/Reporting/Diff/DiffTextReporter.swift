#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Pricing

/// The diff for a terminal: the verdict, the components whose cost changed, the findings added and resolved.
public enum DiffTextReporter {
    public static func report(_ report: DiffReport, options: ReportOptions) -> String {
        var output = ""
        for problem in report.problems {
            output += TextCheckReporter.render(problem.diagnostics, source: problem.source, style: options.style)
        }
        guard let diff = report.diff, report.problems.isEmpty else { return output }
        let base = RelativePath.of(diff.base.path, in: options.workingDirectory)
        let head = RelativePath.of(diff.head.path, in: options.workingDirectory)
        output += options.style.bold("\(base) → \(head)") + "\n" + DiffFormat.verdict(diff) + "\n\n"
        let changed = diff.components.filter(\.changed)
        if changed.isEmpty {
            output += "No component's monthly cost changed.\n"
        } else {
            var rows = [["component", "type", "before", "after", "change", "%"]]
            for change in changed {
                rows.append([
                    change.component + (change.complete ? "" : " (≥)"), change.type, DiffFormat.money(change.before),
                    DiffFormat.money(change.after),
                    DiffFormat.change(change), DiffFormat.percent(change.percent),
                ])
            }
            rows.append([
                "total", "", CostFormat.money(diff.totalBefore), CostFormat.money(diff.totalAfter),
                DiffFormat.signed(diff.totalDelta), DiffFormat.percent(diff.totalPercent),
            ])
            output += CompareFormat.table(rows)
        }
        for (title, findings) in [("Added", diff.added), ("Resolved", diff.resolved)] where !findings.isEmpty {
            output += "\n\(title) findings:\n"
            for finding in findings {
                output +=
                    "  \(finding.severity.rawValue) \(finding.rule.id) "
                    + "\(finding.component ?? finding.flow ?? "design"): \(finding.message)\n"
            }
        }
        return output
    }
}
