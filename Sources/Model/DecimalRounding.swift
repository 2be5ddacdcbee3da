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

    /// The value × 10^power, exactly: only the exponent moves, where a division would cost far more.
    public func shifted(by power: Int) -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalMultiplyByPowerOf10(&result, &input, Int16(power), .plain)
        return result
    }

    /// The value rounded to `scale` places and written without trailing zeros: "2.5", "87600".
    public func plainText(scale: Int) -> String {
        Self.trimmed(fixedText(scale: scale))
    }

    /// The value rounded to `scale` places and written with exactly `scale` decimals: "2.50".
    ///
    /// Written from the rounded value's integer count of 10^-scale units, which is several times
    /// faster than Decimal's own description (reports write hundreds of thousands of figures);
    /// values too large for that take the description.
    public func fixedText(scale: Int) -> String {
        let rounded = rounded(scale)
        let units = abs(rounded.shifted(by: scale))
        guard scale >= 0, scale <= 18, let magnitude = Self.digits(of: units) else {
            var text = "\(rounded)"
            let decimals = text.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
            if scale > 0 && decimals == 0 { text += "." }
            return text + String(repeating: "0", count: max(scale - decimals, 0))
        }
        var digits = magnitude
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return (rounded < 0 && magnitude != "0" ? "-" : "") + digits
    }

    /// The decimal digits of a whole, non-negative value below 10^34, through two Int64 halves;
    /// nil for larger values.
    private static func digits(of whole: Decimal) -> String? {
        if whole < exactIntegerLimit { return String(NSDecimalNumber(decimal: whole).int64Value) }
        guard whole < twoHalvesLimit else { return nil }
        let high = whole.shifted(by: -17).rounded(0, .down)
        let low = whole - high.shifted(by: 17)
        let lowDigits = String(NSDecimalNumber(decimal: low).int64Value)
        return String(NSDecimalNumber(decimal: high).int64Value) + String(repeating: "0", count: 17 - lowDigits.count) + lowDigits
    }

    /// Integers below this convert to Int64 exactly.
    static let exactIntegerLimit = Decimal(string: "100000000000000000")!
    static let twoHalvesLimit = Decimal(string: "10000000000000000000000000000000000")!

    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var text = text
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
