import Pricing

/// A table per component (description, quantity, unit, unit price, monthly), its assumptions, then
/// the design's total; lines without a rate say so instead of showing a zero.
public enum CostTextReporter {
    public static func report(_ report: CostReport, options: ReportOptions) -> String {
        var output = ""
        for problem in report.problems {
            output += TextCheckReporter.render(problem.diagnostics, source: problem.source, style: options.style)
        }
        for skipped in report.skipped {
            output += "\(RelativePath.of(skipped.path, in: options.workingDirectory)): skipped: \(skipped.reason)\n"
        }
        for entry in report.entries {
            output += TextCheckReporter.render(
                entry.file.diagnostics.filter { $0.severity == .error }, source: entry.file.source, style: options.style
            )
            guard let estimate = entry.estimate else { continue }
            output +=
                options.style.bold("\(estimate.design)")
                + " (\(RelativePath.of(estimate.path, in: options.workingDirectory))), "
                + "\(CostFormat.quantity(estimate.hoursPerMonth)) h a month\n\n"
            for component in estimate.components {
                output += options.style.bold(component.component) + "  \(component.type), \(component.region)\n"
                for item in component.lineItems {
                    let price =
                        item.unitPriceText.map { "× \($0)" } ?? (item.needsFigure ? "figure missing" : "× rate missing")
                    let monthly = item.monthly.map { CostFormat.money($0) } ?? "unpriced"
                    output +=
                        "  " + pad(item.description, 42) + pad(CostFormat.quantity(item.quantity), 18, left: true) + " "
                        + pad(item.unit, 22)
                        + pad(price, 20) + pad(monthly, 12, left: true) + "\n"
                }
                let missing = component.lineItems.filter { $0.missing != nil }.count
                output +=
                    "  " + pad("monthly", 104) + pad(CostFormat.monthly(component), 12, left: true)
                    + (missing > 0 ? "  (\(missing) of \(component.lineItems.count) lines unpriced)" : "") + "\n"
                for item in component.lineItems where item.needsFigure {
                    output += "    - \(item.description) \(item.missing ?? "")\n"
                }
                for assumption in component.assumptions { output += "    - \(assumption)\n" }
                output += "\n"
            }
            if !estimate.unpriced.isEmpty {
                output +=
                    "Not priced: " + estimate.unpriced.map { "\($0.component) (\($0.reason))" }.joined(separator: "; ")
                    + "\n"
            }
            var total = "Total: \(CostFormat.total(estimate)) \(estimate.currency) a month"
            if estimate.missingRates > 0 {
                let figures = estimate.components.flatMap(\.lineItems).filter(\.needsFigure).count
                let rates = estimate.missingRates - figures
                var why: [String] = []
                if rates > 0 {
                    why.append(
                        "\(rates) line\(rates == 1 ? " has" : "s have") no rate in the table (PricingTables/, or "
                            + "--pricing DIR)"
                    )
                }
                if figures > 0 {
                    why.append(
                        "\(figures) line\(figures == 1 ? " needs a figure" : "s need figures") the design does not give"
                    )
                }
                total += ", a lower bound: " + why.joined(separator: "; ")
            }
            output += options.style.bold(total) + "\n"
            output += ratesUsed(estimate)
            if let budget = entry.budget {
                if let over = entry.overBudget {
                    output +=
                        options.style.red(
                            "Over the budget of \(CostFormat.money(budget.amount)) USD a month by "
                                + "\(CostFormat.money(over)) USD"
                        ) + "\n"
                } else if let unverified = entry.cannotVerify(allowingUnpriced: report.allowUnpriced) {
                    output +=
                        options.style.red("The budget of \(CostFormat.money(budget.amount)) USD a month \(unverified)")
                        + "\n"
                } else if estimate.missingRates > 0 {
                    output +=
                        "The priced lines are within the budget of \(CostFormat.money(budget.amount)) USD a month; "
                        + "with \(estimate.missingRates) lines unpriced, the whole may not be\n"
                } else {
                    output += "Within the budget of \(CostFormat.money(budget.amount)) USD a month\n"
                }
            }
            output += "\n"
        }
        return output
    }

    /// Each priced rate once, with its price, where it is published and where it was read.
    static func ratesUsed(_ estimate: DesignEstimate) -> String {
        let lines = CostFormat.ratesUsed(estimate).map { item in
            "  \(item.rate) = \(CostFormat.price(item)) per \(item.unit): \(item.source!)"
                + (item.read.map { ", read \($0)" } ?? "") + (item.via.map { " via \($0)" } ?? "") + "\n"
        }
        return lines.isEmpty ? "" : "Rates:\n" + lines.joined()
    }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        guard text.count < width else { return text + " " }
        let padding = String(repeating: " ", count: width - text.count)
        return left ? padding + text : text + padding
    }
}
