import Pricing

/// For a pull request or a design review: a total per design, a table of components, the line items
/// and assumptions folded in `<details>`.
public enum CostMarkdownReporter {
    public static func report(_ report: CostReport, options: ReportOptions) -> String {
        var output = ""
        for entry in report.entries {
            guard let estimate = entry.estimate else { continue }
            output += "### \(estimate.design): \(CostFormat.total(estimate)) \(estimate.currency) a month\n\n"
            if estimate.missingRates > 0 {
                output +=
                    "A lower bound: \(estimate.missingRates) line "
                    + "item\(estimate.missingRates == 1 ? " has" : "s have") no rate in the table.\n\n"
            }
            if let budget = entry.budget {
                if let over = entry.overBudget {
                    output +=
                        "**Over the budget** of \(CostFormat.money(budget.amount)) USD by \(CostFormat.money(over)) "
                        + "USD.\n\n"
                } else {
                    output +=
                        estimate.missingRates > 0
                        ? "The priced lines are within the budget of \(CostFormat.money(budget.amount)) USD; the "
                            + "unpriced ones may not be.\n\n"
                        : "Within the budget of \(CostFormat.money(budget.amount)) USD.\n\n"
                }
            }
            output += "| component | type | monthly | unpriced lines |\n|---|---|---:|---:|\n"
            for component in estimate.components {
                output +=
                    "| \(component.component) | \(component.type) | \(CostFormat.monthly(component)) | "
                    + "\(component.missingRates) |\n"
            }
            output += "\n<details><summary>Line items and assumptions</summary>\n\n"
            for component in estimate.components {
                output +=
                    "**\(component.component)**\n\n| item | quantity | unit | unit price | monthly "
                    + "|\n|---|---:|---|---:|---:|\n"
                for item in component.lineItems {
                    output +=
                        "| \(item.description) | \(CostFormat.quantity(item.quantity)) | \(item.unit) | "
                        + "\(item.unitPriceText ?? "missing") | "
                        + "\(item.monthly.map { CostFormat.money($0) } ?? "unpriced") |\n"
                }
                output += component.assumptions.map { "\n- \($0)" }.joined() + "\n\n"
            }
            output += "</details>\n\n"
            let rates = CostFormat.ratesUsed(estimate)
            if !rates.isEmpty {
                output +=
                    "<details><summary>Rates</summary>\n\n| rate | price | unit | source | read | via "
                    + "|\n|---|---:|---|---|---|---|\n"
                for item in rates {
                    output +=
                        "| `\(item.rate)` | \(CostFormat.price(item)) | \(item.unit) | \(item.source!) | "
                        + "\(item.read ?? "") | \(item.via.map { "[copy](\($0))" } ?? "") |\n"
                }
                output += "\n</details>\n\n"
            }
            if !estimate.unpriced.isEmpty {
                output +=
                    "Not priced: "
                    + estimate.unpriced.map { "`\($0.component)` (\($0.reason))" }.joined(separator: ", ") + ".\n\n"
            }
        }
        return output
    }
}
