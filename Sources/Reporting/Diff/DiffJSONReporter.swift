import Foundation
import Pricing
import Analysis

/// The diff for scripts: totals before and after with the change, each component's change, the
/// findings added and resolved in `check --format json`'s shape, and the gate's verdict.
public enum DiffJSONReporter {
    public static func report(_ report: DiffReport, options: ReportOptions) -> String {
        var fields: [(String, JSONValue)] = [("version", .int(1))]
        if let diff = report.diff, report.problems.isEmpty {
            fields += [
                ("base", .string(RelativePath.of(diff.base.path, in: options.workingDirectory))),
                ("head", .string(RelativePath.of(diff.head.path, in: options.workingDirectory))),
                ("monthly_total", .object([
                    ("before", .string(CostFormat.money(diff.totalBefore))),
                    ("after", .string(CostFormat.money(diff.totalAfter))),
                    ("change", .string(CostFormat.money(diff.totalDelta))),
                    ("percent", .optional(diff.totalPercent.map { $0.plainText(scale: 1) })),
                    ("complete", .bool(diff.complete)),
                    ("exact", .bool(diff.exact)),
                ])),
                ("components", .array(diff.components.map { change in
                    .object([
                        ("component", .string(change.component)),
                        ("type", .string(change.type)),
                        ("before", .optional(change.before.map(CostFormat.money))),
                        ("after", .optional(change.after.map(CostFormat.money))),
                        ("change", .string(CostFormat.money(change.delta))),
                        ("percent", .optional(change.percent.map { $0.plainText(scale: 1) })),
                        ("complete", .bool(change.complete)),
                        ("exact", .bool(change.exact)),
                    ])
                })),
                ("findings_added", .array(diff.added.map { finding(finding: $0, options) })),
                ("findings_resolved", .array(diff.resolved.map { finding(finding: $0, options) })),
                ("fails", .bool(diff.exitCode != 0)),
            ]
        }
        fields.append(("errors", .array(report.errors.map(JSONCheckReporter.diagnostic))))
        return JSONValue.object(fields).serialized()
    }

    static func finding(finding: Finding, _ options: ReportOptions) -> JSONValue {
        .object([
            ("rule", .string(finding.rule.id)),
            ("severity", .string(finding.severity.rawValue)),
            ("title", .string(finding.rule.title)),
            ("message", .string(finding.message)),
            ("path", .string(RelativePath.of(finding.location.file, in: options.workingDirectory))),
            ("line", .int(finding.location.line)),
            ("column", .int(finding.location.column)),
            ("component", .optional(finding.component)),
            ("flow", .optional(finding.flow)),
        ])
    }
}
