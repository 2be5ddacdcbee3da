#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Pricing

/// The comparison as a Markdown table for a review: variants as columns, the cheapest in bold,
/// then the break-even values of a sweep.
public enum CompareMarkdownReporter {
    public static func report(_ comparison: Comparison, options: ReportOptions) -> String {
        guard comparison.problems.isEmpty else {
            return "**Dataplan compare could not run:**\n\n"
                + comparison.errors.map {
                    "- `\(MarkdownCheckReporter.place($0.location, options))` \(MarkdownCheckReporter.cell($0.message))"
                }.joined(separator: "\n") + "\n"
        }
        let variants = comparison.variants
        let cheapest = comparison.cheapest
        var output = "### Dataplan compare\n\n" + CompareTextReporter.verdict(comparison) + "\n\n"
        output +=
            "| component | "
            + variants.enumerated().map { index, variant in index == cheapest ? "**\(variant.name)**" : variant.name }
            .joined(separator: " | ") + " |\n"
        output += "|---|" + String(repeating: "---:|", count: variants.count) + "\n"
        for name in comparison.componentNames {
            output +=
                "| \(name) | "
                + variants.map { variant in
                    guard let component = variant.estimate.component(named: name) else { return "–" }
                    let monthly = CostFormat.monthly(component)
                    if monthly == "unpriced" { return monthly }
                    return monthly.hasPrefix("≥ ") ? "≥ $" + monthly.dropFirst(2) : "$" + monthly
                }.joined(separator: " | ") + " |\n"
        }
        output +=
            "| **total** | "
            + variants.enumerated().map { index, variant in
                let text = (variant.isComplete ? "$" : "≥ $") + CostFormat.money(variant.total)
                return index == cheapest ? "**\(text)**" : text
            }.joined(separator: " | ") + " |\n"
        output +=
            "| cheapest saves | "
            + variants.indices.map { index in
                index == cheapest
                    ? "–" : comparison.saving(against: index).map { "$" + CompareFormat.saving($0) } ?? "–"
            }.joined(separator: " | ") + " |\n"
        output +=
            "| findings | "
            + variants.map { "\($0.count(.error)) E · \($0.count(.warning)) W · \($0.count(.info)) I" }.joined(
                separator: " | ") + " |\n"
        if let sweep = comparison.sweep {
            output += "\n**Sweep of `\(sweep.path)`**" + (sweep.unit.isEmpty ? "" : " (\(sweep.unit))") + ": "
            output +=
                sweep.breakEvens.isEmpty
                ? "no break-even in this range.\n"
                : sweep.breakEvens.map { "break-even " + CompareFormat.breakEven($0, in: comparison, sweep: sweep) }
                    .joined(separator: "; ") + ".\n"
        }
        return output
    }
}
