import Foundation
import Model

/// Figures as the cost reports print them: money to the cent, quantities exact but short.
enum CostFormat {
    static func money(_ value: Decimal) -> String {
        let rounded = value.rounded(2)
        var text = "\(rounded)"
        if !text.contains(".") { text += ".00" }
        let decimals = text.split(separator: ".").last?.count ?? 0
        if decimals == 1 { text += "0" }
        return text
    }

    static func quantity(_ value: Decimal) -> String {
        value.plainText(scale: 6)
    }
}
