#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model
import Pricing

/// Figures as the cost reports print them: money to the cent, quantities exact but short.
enum CostFormat {
    static func money(_ value: Decimal) -> String {
        value.fixedText(scale: 2)
    }

    /// A design's total: "≥ 12.34" when some of its lines have no rate, so the total is a lower bound.
    static func total(_ estimate: DesignEstimate) -> String {
        (estimate.missingRates > 0 ? "≥ " : "") + money(estimate.monthlyTotal)
    }

    /// A component's month: "unpriced" when no line of it has a rate, never 0.00; "≥ 12.34" when some have none.
    static func monthly(_ component: ComponentEstimate) -> String {
        if component.missingRates == component.lineItems.count && component.missingRates > 0 { return "unpriced" }
        return (component.missingRates > 0 ? "≥ " : "") + money(component.monthly)
    }

    static func quantity(_ value: Decimal) -> String {
        value.plainText(scale: 6)
    }

    /// The first line priced at each rate, in the order met: where each rate is published and read.
    static func ratesUsed(_ estimate: DesignEstimate) -> [LineItem] {
        var seen: Set<String> = []
        return estimate.components.flatMap(\.lineItems).filter { item in
            item.unitPriceText != nil && item.source != nil && seen.insert(item.rate).inserted
        }
    }

    /// A rate's price per unit as written, without the minus sign of a discount line.
    static func price(_ item: LineItem) -> String {
        let text = item.unitPriceText ?? ""
        return text.hasPrefix("-") ? String(text.dropFirst()) : text
    }
}
