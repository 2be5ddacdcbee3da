#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Decimal {
    /// The value rounded to `scale` decimal places as Foundation's `NSDecimalRound` rounds it:
    /// `.plain` half away from zero, `.up` toward +∞, `.down` toward −∞, `.bankers` half to even.
    ///
    /// Worked out on the mantissa (`DecimalParts`), giving `NSDecimalRound`'s bytes (a test
    /// compares them with Foundation's): the value itself when it has no more places, a zero
    /// at exponent −`scale`, else the rounded value, compact. NaN is given back as it is.
    public func rounded(_ scale: Int, _ mode: RoundingMode = .plain) -> Decimal {
        guard let parts = DecimalParts(self) else { return self }
        if parts.exponent >= -scale { return self }
        let units = parts.units(scale: scale, mode: mode)
        if units == 0 { return Decimal.zero(exponent: -scale) }
        let result = DecimalParts(mantissa: units, exponent: -scale, isNegative: parts.isNegative)
        return result.compactDecimal ?? Decimal(string: result.text) ?? self
    }

    /// Zero stored at an exponent, as `NSDecimalRound` leaves a value rounded away.
    private static func zero(exponent: Int) -> Decimal {
        guard DecimalParts.isWritable, (-128...127).contains(exponent) else { return .zero }
        var zero = Decimal.zero
        withUnsafeMutableBytes(of: &zero) { $0[0] = UInt8(bitPattern: Int8(exponent)) }
        return zero
    }

    public var isWhole: Bool { self == rounded(0) }

    /// The value × 10^power, exactly: only the exponent moves, where a division would cost far more.
    /// Moved on the parts (`DecimalParts`), giving Foundation's bytes; a multiplication by the
    /// power where the exponent would leave its range.
    public func shifted(by power: Int) -> Decimal {
        guard let parts = DecimalParts(self) else { return self }
        if parts.mantissa == 0 { return .zero }
        if let result = DecimalParts(mantissa: parts.mantissa, exponent: parts.exponent + power, isNegative: parts.isNegative).compactDecimal {
            return result
        }
        return self * Decimal(sign: .plus, exponent: power, significand: 1)
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
