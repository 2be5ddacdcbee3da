#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Pricing

/// The comparison as a table: a row per component and a column per variant, then the totals, what
/// the cheapest saves against each other variant, and each variant's findings; a sweep's table
/// and break-even values after it.
public enum CompareTextReporter {
    public static func report(_ comparison: Comparison, options: ReportOptions) -> String {
        var output = ""
        for problem in comparison.problems {
            output += TextCheckReporter.render(problem.diagnostics, source: problem.source, style: options.style)
        }
        let variants = comparison.variants
        guard !variants.isEmpty, comparison.problems.isEmpty else { return output }
        var paths: [String] = []
        for variant in variants {
            let path = RelativePath.of(variant.path, in: options.workingDirectory)
            if !paths.contains(path) { paths.append(path) }
        }
        output +=
            options.style.bold("\(variants.count) variants") + " (\(paths.joined(separator: ", "))), USD a month\n\n"
        var rows: [[String]] = [["component"] + variants.map(\.name)]
        for name in comparison.componentNames {
            rows.append(
                [name]
                    + variants.map { variant in
                        guard let component = variant.estimate.component(named: name) else { return "-" }
                        return CostFormat.monthly(component)
                    })
        }
        let cheapest = comparison.cheapest
        rows.append(
            ["total"]
                + variants.enumerated().map { index, variant in
                    CompareFormat.total(variant) + (index == cheapest ? " *" : "")
                })
        rows.append(
            ["cheapest saves"]
                + variants.indices.map { index in
                    index == cheapest ? "cheapest" : comparison.saving(against: index).map(CompareFormat.saving) ?? "-"
                })
        for severity in [Severity.error, .warning, .info] {
            rows.append(["\(severity.rawValue) findings"] + variants.map { String($0.count(severity)) })
        }
        output += CompareFormat.table(rows) + "\n"
        for variant in variants {
            output += "  \(variant.name): \(variant.description ?? variant.estimate.design)"
            let missing = variant.estimate.missingRates
            if missing > 0 { output += " (a lower bound: \(missing) line\(missing == 1 ? " has" : "s have") no rate)" }
            output += "\n"
            let open = variant.findings.filter { $0.severity != .info }
            if !open.isEmpty {
                output +=
                    "    "
                    + open.map { "\($0.rule.id) \($0.severity.rawValue) on \($0.component ?? $0.flow ?? "the design")" }
                    .joined(separator: "; ") + "\n"
            }
        }
        output += "\n" + verdict(comparison) + "\n"
        if let sweep = comparison.sweep { output += "\n" + self.sweep(sweep, comparison) }
        return output
    }

    static func verdict(_ comparison: Comparison) -> String {
        let unranked = comparison.variants.indices.filter { !comparison.isRankable($0) }.map {
            comparison.variants[$0].name
        }
        guard let cheapest = comparison.cheapest else {
            return
                "Cheapest: undecided; these variants have lines of their own without a rate, so their totals are "
                + "lower bounds: "
                + unranked.joined(separator: ", ")
        }
        let variant = comparison.variants[cheapest]
        let shared =
            comparison.variants.contains { !$0.isComplete }
            ? "; lines without a rate are in components every variant shares alike, so the ranking and savings hold"
            : ""
        return "Cheapest: \(variant.name), \(CostFormat.money(variant.total)) USD a month (marked *)" + shared
    }

    static func sweep(_ sweep: SweepResult, _ comparison: Comparison) -> String {
        var output = "Sweep of \(sweep.axisLabel), \(sweep.points.count) points:\n\n"
        var rows: [[String]] = [
            [sweep.unit.isEmpty ? sweep.path : sweep.unit] + comparison.variants.map(\.name) + ["cheapest"]
        ]
        for point in sweep.points {
            rows.append(
                [CompareFormat.figure(point.value)] + point.totals.map(CompareFormat.money)
                    + [point.cheapest.map { comparison.variants[$0].name } ?? "undecided"])
        }
        output += CompareFormat.table(rows)
        if !sweep.unaffected.isEmpty {
            output += "\nNot moved by the figure (constant): " + sweep.unaffected.joined(separator: ", ") + "\n"
        }
        output += "\n"
        if sweep.points.allSatisfy({ $0.cheapest == nil }) {
            output += "Break-even: undecided; at no point can every variant be ranked (some lack rates of their own)\n"
        } else if sweep.breakEvens.isEmpty {
            output += "Break-even: none in this range; the cheapest variant does not change\n"
        } else {
            for point in sweep.breakEvens {
                output += "Break-even " + CompareFormat.breakEven(point, in: comparison, sweep: sweep) + "\n"
            }
        }
        return output
    }
}
