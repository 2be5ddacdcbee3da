import Foundation

extension Decimal {
    /// The value rounded to `scale` decimal places, half away from zero (`.plain`), or up (`.up`).
    public func rounded(_ scale: Int, _ mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, mode)
        return result
    }

    public var isWhole: Bool { self == rounded(0) }

    /// The value rounded to `scale` places and written without trailing zeros: "2.5", "87600".
    public func plainText(scale: Int) -> String {
        var text = "\(rounded(scale))"
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
