#if canImport(FoundationEssentials)
// `NSDecimalRound` is offered to swift-corelibs-foundation only, as SPI; it is the function Foundation's
// public `NSDecimalRound` is, and importing Foundation itself would load ICU at every start.
@_spi(SwiftCorelibsFoundation) import FoundationEssentials
#else
import Foundation
#endif

/// Money and quantities are `Decimal`s, worked with Foundation's own operators; this file adds rounding to a
/// scale and fixed-point text.
extension Decimal {
    /// The value rounded to `scale` decimal places by `NSDecimalRound`: `.plain` half away from zero, `.up`
    /// toward +∞, `.down` toward −∞, `.bankers` half to even. A negative scale rounds to tens, hundreds, ...
    public func rounded(_ scale: Int, _ mode: RoundingMode = .plain) -> Decimal {
        var value = self, result = Decimal()
        #if canImport(FoundationEssentials)
        _NSDecimalRound(&result, &value, scale, mode)
        #else
        NSDecimalRound(&result, &value, scale, mode)
        #endif
        return result
    }

    /// The sign, the whole part's digits and the fraction's digits, as `description` writes the value.
    private var digits: (negative: Bool, whole: String, fraction: String) {
        let text = description
        let negative = text.hasPrefix("-")
        let unsigned = negative ? text.dropFirst() : Substring(text)
        guard let point = unsigned.firstIndex(of: ".") else { return (negative, String(unsigned), "") }
        return (negative, String(unsigned[..<point]), String(unsigned[unsigned.index(after: point)...]))
    }

    public var isWhole: Bool { self == rounded(0) }

    /// The value × 10^power, exactly.
    public func shifted(by power: Int) -> Decimal {
        Decimal(sign: .plus, exponent: power, significand: self)
    }

    /// The value rounded to `scale` places, written without trailing zeros: `plainText(scale: 2)` of 1.5 is "1.5".
    public func plainText(scale: Int) -> String {
        let text = fixedText(scale: scale)
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return trimmed == "-0" ? "0" : String(trimmed)
    }

    /// The value rounded to `scale` places, written with exactly `scale` decimals: "1.50".
    public func fixedText(scale: Int) -> String {
        let (negative, whole, fraction) = rounded(scale).digits
        let decimals = fraction + String(repeating: "0", count: max(scale - fraction.count, 0))
        let sign = negative && (whole + decimals).contains { $0 != "0" } ? "-" : ""
        return sign + whole + (scale > 0 ? "." + decimals : "")
    }

    /// k when the value is 10^k for k in 0...18, which rates use to divide by moving the exponent.
    public var powerOfTen: Int? {
        (0...18).first { Decimal(sign: .plus, exponent: $0, significand: 1) == self }
    }

    /// self > 0 (NaN is not).
    public var isPositive: Bool { !isNaN && self > 0 }

}

extension Sequence<Decimal> {
    /// The sum of the values, added in order; zero when there are none.
    public func sum() -> Decimal {
        reduce(Decimal.zero, +)
    }
}
