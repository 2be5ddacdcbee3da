#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// The figures a comparison prints: money to the cent (a lower bound marked `≥`), savings with
/// their percent, swept values short but exact enough to find again.
enum CompareFormat {
    static func total(_ variant: Comparison.Variant) -> String {
        (variant.isComplete ? "" : "≥ ") + CostFormat.money(variant.total)
    }

    static func money(_ value: Decimal?) -> String {
        value.map(CostFormat.money) ?? "unpriced"
    }

    static func saving(_ saving: Comparison.Saving) -> String {
        CostFormat.money(saving.amount) + (saving.percent.map { " (\($0.plainText(scale: 1))%)" } ?? "")
    }

    /// A swept value: up to four decimals, trailing zeros dropped.
    static func figure(_ value: Decimal) -> String {
        value.plainText(scale: 4)
    }

    static func findings(_ variant: Comparison.Variant) -> String {
        "\(variant.count(.error)) errors, \(variant.count(.warning)) warnings, \(variant.count(.info)) info"
    }

    /// One sentence per break-even: which variant is cheapest on each side, and the cost where they meet.
    static func breakEven(_ point: SweepResult.BreakEven, in comparison: Comparison, sweep: SweepResult) -> String {
        let below = comparison.variants[point.below].name
        let above = comparison.variants[point.above].name
        let unit = sweep.unit.isEmpty ? "" : " \(sweep.unit)"
        return
            "at \(figure(point.value))\(unit): \(above) becomes cheaper than \(below) (both about "
            + "\(CostFormat.money(point.total)) USD a month)"
    }

    /// Rows of cells as columns padded to their widest cell, the first column left-aligned, the others right.
    static func table(_ rows: [[String]]) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return index == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
