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
}
