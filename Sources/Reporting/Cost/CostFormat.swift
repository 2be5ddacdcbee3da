import Foundation
import Model

/// Figures as the cost reports print them: money to the cent, quantities exact but short.
enum CostFormat {
    static func money(_ value: Decimal) -> String {
        value.fixedText(scale: 2)
    }

    static func quantity(_ value: Decimal) -> String {
        value.plainText(scale: 6)
    }
}
