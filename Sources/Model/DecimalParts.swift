#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A `Decimal`'s sign, power of ten and 128-bit whole mantissa, read from its storage.
///
/// Foundation's public API offers the parts only as `Decimal`s again (`significand`, `exponent`), and
/// every way out to an integer or a `Double` goes through an `NSDecimalNumber` or the value's
/// description, which cost a microsecond a figure; reports write hundreds of thousands. The storage
/// is NSDecimal's 20 bytes: the exponent in the first byte, the length in 16-bit words in the high
/// half of the second (the sign in its 0x08 bit), the mantissa's words, least significant first,
/// from the fifth. `isReadable` checks that layout once, against the public API, on values that
/// use every field; where it does not hold, `init` gives nil and callers take Foundation's path.
public struct DecimalParts: Equatable, Sendable {
    /// The whole number the value is a multiple of 10^exponent of.
    public let mantissa: UInt128
    public let exponent: Int
    public let isNegative: Bool

    /// Reads `value`'s parts; nil for NaN or when the storage is not laid out as expected.
    public init?(_ value: Decimal) {
        guard Self.isReadable, let parts = Self.read(value) else { return nil }
        self = parts
    }

    init(mantissa: UInt128, exponent: Int, isNegative: Bool) {
        self.mantissa = mantissa
        self.exponent = exponent
        self.isNegative = isNegative
    }

    private static func read(_ value: Decimal) -> DecimalParts? {
        withUnsafeBytes(of: value) { bytes -> DecimalParts? in
            guard bytes.count == 20 else { return nil }
            let flags = bytes[1], length = Int(flags >> 4)
            guard length <= 8 else { return nil }
            var mantissa: UInt128 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                mantissa = mantissa << 16 | UInt128(bytes[4 + 2 * word]) | UInt128(bytes[5 + 2 * word]) << 8
            }
            let isNegative = flags & 0x08 != 0
            if length == 0 && isNegative { return nil }
            return DecimalParts(mantissa: mantissa, exponent: Int(Int8(bitPattern: bytes[0])), isNegative: isNegative)
        }
    }

    private static let layoutSamples = [
        "0", "1", "-2", "123.456", "-0.000001", "1e20", "65536", "4294967296.5", "-18446744073709551616",
        "340282366920938463463374607431768211455", "12345678901234567890123456789012345678e-40",
    ]

    /// Whether this Foundation lays a `Decimal` out as `read` expects: checked on values with
    /// every length of mantissa, both signs, and exponents either side of zero.
    static let isReadable: Bool = {
        layoutSamples.allSatisfy { text in
            guard let value = Decimal(string: text), let parts = read(value) else { return false }
            let whole = Decimal(string: String(parts.mantissa))
            return whole == value.significand && (parts.mantissa == 0 || parts.exponent == value.exponent)
                && parts.isNegative == (value < 0)
        }
    }()

    /// The value in 10^-scale units, rounded half away from zero, as a magnitude; nil when it
    /// does not fit 128 bits.
    public func units(scale: Int) -> UInt128? {
        let shift = exponent + scale
        if shift >= 0 { return mantissa.timesPowerOfTen(shift) }
        return units(scale: scale, mode: .plain)
    }

    /// The magnitude in 10^-scale units for a value with more places than `scale`, rounded as
    /// `mode` rounds the signed value (`.up` toward +∞, `.down` toward −∞).
    func units(scale: Int, mode: Decimal.RoundingMode) -> UInt128 {
        let places = -(exponent + scale)
        guard places > 0 else { return mantissa.timesPowerOfTen(-places) ?? mantissa }
        guard places < Self.powersOfTen.count else {
            let awayFromZero = mantissa != 0 && (mode == .up && !isNegative || mode == .down && isNegative)
            return awayFromZero ? 1 : 0
        }
        let divisor = Self.powersOfTen[places]
        let (quotient, remainder) = mantissa.quotientAndRemainder(dividingBy: divisor)
        let roundsAway: Bool
        switch mode {
        case .plain: roundsAway = remainder >= divisor - remainder
        case .up: roundsAway = remainder != 0 && !isNegative
        case .down: roundsAway = remainder != 0 && isNegative
        case .bankers:
            let half = divisor - remainder
            roundsAway = remainder > half || remainder == half && quotient & 1 == 1
        @unknown default: roundsAway = remainder >= divisor - remainder
        }
        return roundsAway ? quotient + 1 : quotient
    }

    /// The value written out in full, for `Decimal(string:)`: "-12345e-3".
    var text: String {
        (isNegative ? "-" : "") + String(mantissa) + "e" + String(exponent)
    }

    /// 10^0 through 10^38, every power of ten below 2^128.
    fileprivate static let powersOfTen: [UInt128] = (0...38).reduce(into: []) { powers, index in
        powers.append(index == 0 ? 1 : powers[index - 1] * 10)
    }

    /// The value as a `Double`: the mantissa converted (one rounding, two past 64 bits), then
    /// multiplied or divided by exact powers of ten, 10^22 at most each (one rounding each, eight
    /// in all for the widest exponent): within a relative 10^-15 of mantissa × 10^exponent, and
    /// within three roundings where |exponent| ≤ 22.
    public var double: Double {
        // UInt128's own conversion is generic code, ten times slower than two of UInt64's.
        var magnitude = mantissa <= UInt64.max
            ? Double(UInt64(mantissa))
            : Double(UInt64(mantissa >> 64)) * 0x1p64 + Double(UInt64(truncatingIfNeeded: mantissa))
        var power = exponent
        while power > 22 {
            magnitude *= Self.doublePowers[22]
            power -= 22
        }
        while power < -22 {
            magnitude /= Self.doublePowers[22]
            power += 22
        }
        magnitude = power >= 0 ? magnitude * Self.doublePowers[power] : magnitude / Self.doublePowers[-power]
        return isNegative ? -magnitude : magnitude
    }

    /// 10^0 through 10^22, the powers of ten a `Double` holds exactly.
    private static let doublePowers: [Double] = (0...22).map { power in (0..<power).reduce(1.0) { value, _ in value * 10 } }

    /// −1, 0 or 1 as the value is below, equal to or above `other`: signs first, then the
    /// magnitudes at one exponent (a mantissa that passes 128 bits when aligned is the larger).
    func order(against other: DecimalParts) -> Int {
        let leftZero = mantissa == 0, rightZero = other.mantissa == 0
        if leftZero || rightZero {
            if leftZero && rightZero { return 0 }
            return leftZero ? (other.isNegative ? 1 : -1) : (isNegative ? -1 : 1)
        }
        if isNegative != other.isNegative { return isNegative ? -1 : 1 }
        let magnitudeOrder: Int
        if exponent >= other.exponent {
            guard let aligned = mantissa.timesPowerOfTen(exponent - other.exponent) else { return isNegative ? -1 : 1 }
            magnitudeOrder = aligned < other.mantissa ? -1 : (aligned == other.mantissa ? 0 : 1)
        } else {
            guard let aligned = other.mantissa.timesPowerOfTen(other.exponent - exponent) else { return isNegative ? 1 : -1 }
            magnitudeOrder = mantissa < aligned ? -1 : (mantissa == aligned ? 0 : 1)
        }
        return isNegative ? -magnitudeOrder : magnitudeOrder
    }

    /// The same magnitude with the other sign.
    var negated: DecimalParts {
        DecimalParts(mantissa: mantissa, exponent: exponent, isNegative: !isNegative)
    }

    /// The exact sum, or nil when aligning the exponents or adding passes 128 bits.
    func plus(_ other: DecimalParts) -> DecimalParts? {
        let (high, low) = exponent >= other.exponent ? (self, other) : (other, self)
        guard let aligned = high.mantissa.timesPowerOfTen(high.exponent - low.exponent) else { return nil }
        if high.isNegative == low.isNegative {
            let (sum, overflow) = aligned.addingReportingOverflow(low.mantissa)
            return overflow ? nil : DecimalParts(mantissa: sum, exponent: low.exponent, isNegative: high.isNegative)
        }
        return aligned >= low.mantissa
            ? DecimalParts(mantissa: aligned - low.mantissa, exponent: low.exponent, isNegative: high.isNegative)
            : DecimalParts(mantissa: low.mantissa - aligned, exponent: low.exponent, isNegative: low.isNegative)
    }

    /// The exact product, or nil when it passes 128 bits.
    func times(_ other: DecimalParts) -> DecimalParts? {
        let (product, overflow) = mantissa.multipliedReportingOverflow(by: other.mantissa)
        return overflow ? nil : DecimalParts(mantissa: product, exponent: exponent + other.exponent, isNegative: isNegative != other.isNegative)
    }

    /// The product as Foundation's `*` gives it when the exact product passes 128 bits: the
    /// 256-bit product cut to eight 16-bit words, four digits at a time while it has more than
    /// nine words, then one digit at a time, the digits cut dropped (Foundation's `_fitMantissa`
    /// does not round them). Nil where the exponent would leave its range, or where this
    /// Foundation is found to cut otherwise (`cutsAsFoundation`): Foundation's own path then.
    func timesCut(_ other: DecimalParts) -> DecimalParts? {
        guard Self.cutsAsFoundation else { return nil }
        return product(other)
    }

    private func product(_ other: DecimalParts) -> DecimalParts? {
        let (high, low) = mantissa.multipliedFullWidth(by: other.mantissa)
        return Self.cut(high: high, low: low, exponent: exponent + other.exponent, isNegative: isNegative != other.isNegative)
    }

    /// A 256-bit mantissa cut to eight 16-bit words as Foundation's `_fitMantissa` cuts it (rounding
    /// down): four digits at a time while it has more than nine words, then one digit at a time.
    /// Nil where the exponent leaves -128...127.
    private static func cut(high: UInt128, low: UInt128, exponent: Int, isNegative: Bool) -> DecimalParts? {
        var high = high, low = low, exponent = exponent
        func words() -> Int {
            high != 0 ? 8 + high.words : low.words
        }
        func cut(by divisor: UInt128) {
            let (highQuotient, highRemainder) = high.quotientAndRemainder(dividingBy: divisor)
            high = highQuotient
            low = divisor.dividingFullWidth((highRemainder, low)).quotient
        }
        while words() > 9 {
            cut(by: 10_000)
            exponent += 4
        }
        while words() > 8 {
            cut(by: 10)
            exponent += 1
        }
        guard exponent >= -128 && exponent <= 127 else { return nil }
        return DecimalParts(mantissa: low, exponent: exponent, isNegative: isNegative)
    }

    /// Whether this Foundation's `*` cuts a product past 128 bits as `product` does: checked once,
    /// on products of 38-digit quotients, whole numbers and a 128-bit maximum, byte for byte.
    static let cutsAsFoundation: Bool = isWritable && [("19.6666666666666666666666666666666666666", "3"),
        ("0.5", "0.71428571428571428571428571428571428571"), ("1024", "340282366920938463463374607431768211455"),
        ("-7.3333333333333333333333333333333333333", "8.5714285714285714285714285714285714285")].allSatisfy { left, right in
        guard let left = Decimal(string: left), let right = Decimal(string: right),
              let a = read(left), let b = read(right), a.times(b) == nil,
              let cut = a.product(b)?.written else { return false }
        return withUnsafeBytes(of: cut) { Array($0) } == withUnsafeBytes(of: left * right) { Array($0) }
    }

    /// The exact quotient, or nil when it does not end within 128 bits of mantissa (a third, say).
    ///
    /// A quotient ends exactly when the divisor's mantissa, rid of its factors 2 and 5, divides
    /// the dividend's; then the dividend is scaled by ten, at most as many times as the divisor has
    /// factors 2 or 5, until the division leaves nothing over.
    func divided(by divisor: DecimalParts) -> DecimalParts? {
        guard divisor.mantissa != 0 else { return nil }
        var coprime = divisor.mantissa
        var twos = 0, fives = 0
        while coprime & 1 == 0 { coprime >>= 1; twos += 1 }
        while coprime % 5 == 0 { coprime /= 5; fives += 1 }
        let factorsOfTen = max(twos, fives)
        guard mantissa % coprime == 0 else { return nil }
        var dividend = mantissa
        for shift in 0...factorsOfTen {
            let (quotient, remainder) = dividend.quotientAndRemainder(dividingBy: divisor.mantissa)
            if remainder == 0 {
                return DecimalParts(mantissa: quotient, exponent: exponent - divisor.exponent - shift,
                                    isNegative: isNegative != divisor.isNegative)
            }
            let (scaled, overflow) = dividend.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            dividend = scaled
        }
        return nil
    }

    /// The quotient as Foundation's `/` gives it where it does not end within 128 bits (a third,
    /// a volume over a rate): the dividend's mantissa times 10^38, divided by the divisor's, the
    /// 256-bit quotient cut as `product` cuts. Nil where Foundation first brings the exponents
    /// together (the dividend's exponent 19 or more above the divisor's), where the quotient is
    /// zero or its exponent leaves its range, or where this Foundation is found to divide
    /// otherwise (`dividesAsFoundation`): Foundation's own path then.
    func dividedCut(by divisor: DecimalParts) -> DecimalParts? {
        guard Self.dividesAsFoundation else { return nil }
        return quotient(divisor)
    }

    private func quotient(_ divisor: DecimalParts) -> DecimalParts? {
        guard mantissa != 0, divisor.mantissa != 0, exponent - divisor.exponent < 19 else { return nil }
        let (high, low) = mantissa.multipliedFullWidth(by: Self.powersOfTen[38])
        let (highQuotient, highRemainder) = high.quotientAndRemainder(dividingBy: divisor.mantissa)
        let lowQuotient = divisor.mantissa.dividingFullWidth((highRemainder, low)).quotient
        guard highQuotient != 0 || lowQuotient != 0 else { return nil }
        return Self.cut(high: highQuotient, low: lowQuotient, exponent: exponent - divisor.exponent - 38,
                        isNegative: isNegative != divisor.isNegative)
    }

    /// Whether this Foundation's `/` gives what `quotient` gives, byte for byte: checked once, on
    /// quotients that do not end, of every length of dividend and divisor, both signs, and
    /// exponents that differ either way.
    static let dividesAsFoundation: Bool = isWritable && [("1", "3"), ("2", "3"), ("-10", "7"), ("1024", "0.3"),
        ("340282366920938463463374607431768211455", "7"), ("1", "340282366920938463463374607431768211"),
        ("123.456", "-0.000789"), ("0.000001", "98765432109876543210.12345"), ("5e10", "3e-8"),
        ("19.6666666666666666666666666666666666666", "2.9")].allSatisfy { left, right in
        guard let left = Decimal(string: left), let right = Decimal(string: right),
              let a = read(left), let b = read(right), a.divided(by: b) == nil,
              let cut = a.quotient(b)?.written else { return false }
        return withUnsafeBytes(of: cut) { Array($0) } == withUnsafeBytes(of: left / right) { Array($0) }
    }

    /// The `Decimal` of these parts as Foundation's arithmetic leaves its results: zero as all
    /// zero bytes, else compact (the mantissa's trailing zeros moved into the exponent, while it
    /// stays below 128) with its length in 16-bit words. Nil when the exponent leaves -128...127,
    /// or Foundation's layout is not the one `isReadable` checked.
    var compactDecimal: Decimal? {
        Self.isWritable ? written : nil
    }

    /// Whether `written` lays a value out as this Foundation does: checked on the compact values
    /// `Decimal(string:)` gives, with every length of mantissa, both signs and exponents either
    /// side of zero.
    static let isWritable: Bool = isReadable && layoutSamples.allSatisfy { text in
        guard let value = Decimal(string: text), let parts = read(value), let written = parts.written else { return false }
        return withUnsafeBytes(of: value) { Array($0) } == withUnsafeBytes(of: written) { Array($0) }
    }

    private var written: Decimal? {
        guard mantissa != 0 else { return Decimal.zero }
        var mantissa = mantissa, exponent = exponent
        if mantissa <= UInt64.max {
            // Most figures fit 64 bits, where a division by ten is a multiplication, not a call.
            var small = UInt64(mantissa)
            while exponent < 127 && small % 10 == 0 {
                small /= 10
                exponent += 1
            }
            mantissa = UInt128(small)
        } else {
            while exponent < 127 {
                let (quotient, remainder) = mantissa.quotientAndRemainder(dividingBy: 10)
                guard remainder == 0 else { break }
                mantissa = quotient
                exponent += 1
            }
        }
        guard exponent >= -128 && exponent <= 127 else { return nil }
        let length = mantissa.words
        var value = Decimal.zero
        withUnsafeMutableBytes(of: &value) { bytes in
            bytes[0] = UInt8(bitPattern: Int8(exponent))
            bytes[1] = UInt8(length << 4) | (isNegative ? 0x08 : 0) | 0x04
            for word in 0..<length {
                let bits = UInt16(truncatingIfNeeded: mantissa >> (16 * word))
                bytes[4 + 2 * word] = UInt8(truncatingIfNeeded: bits)
                bytes[5 + 2 * word] = UInt8(truncatingIfNeeded: bits >> 8)
            }
        }
        return value
    }
}

extension UInt128 {
    /// The 16-bit words a `Decimal` needs for this mantissa: its length.
    var words: Int {
        (128 - leadingZeroBitCount + 15) / 16
    }

    /// self × 10^power (power ≥ 0), or nil when it passes 128 bits: one multiplication.
    func timesPowerOfTen(_ power: Int) -> UInt128? {
        guard self != 0 else { return 0 }
        guard power < DecimalParts.powersOfTen.count else { return nil }
        let (product, overflow) = multipliedReportingOverflow(by: DecimalParts.powersOfTen[power])
        return overflow ? nil : product
    }
}
