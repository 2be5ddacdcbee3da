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
