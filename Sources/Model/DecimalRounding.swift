import Foundation

extension Decimal {
    /// The value rounded to `scale` decimal places, half away from zero (`.plain`), or up (`.up`).
    ///
    /// Half away from zero is worked out on the mantissa (`DecimalParts`), giving Foundation's
    /// bytes: the value itself when it has no more places, else the rounded value, compact. A
    /// zero result, another mode, or a value whose parts cannot be read take Foundation's path.
    public func rounded(_ scale: Int, _ mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        if mode == .plain, let parts = DecimalParts(self) {
            if parts.exponent >= -scale && parts.mantissa != 0 { return self }
            if let units = parts.units(scale: scale), units != 0,
               let result = DecimalParts(mantissa: units, exponent: -scale, isNegative: parts.isNegative).compactDecimal {
                return result
            }
        }
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, mode)
        return result
    }

    public var isWhole: Bool { self == rounded(0) }

    /// The value × 10^power, exactly: only the exponent moves, where a division would cost far more.
    /// Moved on the parts (`DecimalParts`), giving Foundation's bytes; Foundation's path where
    /// they cannot be read or the exponent would leave its range.
    public func shifted(by power: Int) -> Decimal {
        if let parts = DecimalParts(self) {
            if parts.mantissa == 0 { return .zero }
            if let result = DecimalParts(mantissa: parts.mantissa, exponent: parts.exponent + power, isNegative: parts.isNegative).compactDecimal {
                return result
            }
        }
        var input = self
        var result = Decimal()
        _ = NSDecimalMultiplyByPowerOf10(&result, &input, Int16(power), .plain)
        return result
    }

    /// The value rounded to `scale` places and written without trailing zeros: "2.5", "87600".
    public func plainText(scale: Int) -> String {
        writtenFromParts(scale: scale, trimmingZeros: true) ?? Self.trimmed(fixedText(scale: scale))
    }

    /// The value rounded to `scale` places and written with exactly `scale` decimals: "2.50".
    ///
    /// Written from the rounded value's integer count of 10^-scale units, worked out on the
    /// value's own mantissa (`DecimalParts`): rounding a quotient's 38 digits as a `Decimal` and
    /// writing it cost a microsecond or two, and reports write hundreds of thousands of figures.
    /// Where the parts cannot be read, or the count passes 128 bits, Foundation rounds and writes it.
    public func fixedText(scale: Int) -> String {
        if let text = writtenFromParts(scale: scale, trimmingZeros: false) { return text }
        var text = "\(rounded(scale))"
        let decimals = text.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        if scale > 0 && decimals == 0 { text += "." }
        return text + String(repeating: "0", count: max(scale - decimals, 0))
    }

    /// The value rounded to `scale` places and written by `FixedPointText` from its count of
    /// 10^-scale units; nil where the parts cannot be read or the count passes 128 bits.
    private func writtenFromParts(scale: Int, trimmingZeros: Bool) -> String? {
        guard scale >= 0, let parts = DecimalParts(self), let units = parts.units(scale: scale) else { return nil }
        return FixedPointText.write(units: units, negative: parts.isNegative, scale: scale, trimmingZeros: trimmingZeros)
    }

    /// k when the value is exactly 10^k for k from 0 to 18, else nil: a factor that is one moves an
    /// exponent instead of multiplying or dividing.
    public var powerOfTen: Int? {
        guard let parts = DecimalParts(self) else { return (0...18).first { Decimal(1).shifted(by: $0) == self } }
        guard !parts.isNegative, parts.mantissa > 0 else { return nil }
        var mantissa = parts.mantissa, zeros = 0
        while mantissa % 10 == 0 {
            mantissa /= 10
            zeros += 1
        }
        let power = parts.exponent + zeros
        return mantissa == 1 && (0...18).contains(power) ? power : nil
    }

    /// Without trailing zeros after a decimal point, nor the point itself if nothing follows it.
    private static func trimmed(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: ".")) else { return text }
        var end = bytes.endIndex
        while bytes[bytes.index(before: end)] == UInt8(ascii: "0") { end = bytes.index(before: end) }
        if bytes[bytes.index(before: end)] == UInt8(ascii: ".") { end = bytes.index(before: end) }
        return String(text[..<end])
    }
}
