#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Pricing
import Analysis

/// The diff for scripts: totals before and after with the change, each component's change, the
/// findings added and resolved in `check --format json`'s shape, and the gate's verdict.
public enum DiffJSONReporter {
    public static func report(_ report: DiffReport, options: ReportOptions) -> String {
        var json = JSONWriter()
        json.object { json in
            json.field("version", 1)
            if let diff = report.diff, report.problems.isEmpty {
                json.field("base", RelativePath.of(diff.base.path, in: options.workingDirectory))
                json.field("head", RelativePath.of(diff.head.path, in: options.workingDirectory))
                json.key("monthly_total")
                JSONValue.object([
                    ("before", .string(CostFormat.money(diff.totalBefore))),
                    ("after", .string(CostFormat.money(diff.totalAfter))),
                    ("change", .string(CostFormat.money(diff.totalDelta))),
                    ("percent", .optional(diff.totalPercent.map { $0.plainText(scale: 1) })),
                    ("complete", .bool(diff.complete)),
                    ("exact", .bool(diff.exact)),
                ]).write(to: &json)
                json.key("components")
                JSONValue.array(
                    diff.components.map { change in
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
                    }
                ).write(to: &json)
                // The findings in `check --format json`'s shape, written by its reporter.
                for (key, findings) in [("findings_added", diff.added), ("findings_resolved", diff.resolved)] {
                    json.key(key)
                    json.array { json in
                        for finding in findings {
                            JSONCheckReporter.write(
                                finding, path: RelativePath.of(finding.location.file, in: options.workingDirectory),
                                to: &json)
                        }
                    }
                }
                json.field("cannot_verify", diff.cannotVerify)
                json.key("fails")
                json.bool(diff.exitCode != 0)
            }
            json.key("errors")
            json.array { json in for error in report.errors { JSONCheckReporter.diagnostic(error).write(to: &json) } }
        }
        return json.finish()
    }
}
