import Foundation

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

    private init(mantissa: UInt128, exponent: Int, isNegative: Bool) {
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

    /// Whether this Foundation lays a `Decimal` out as `read` expects: checked on values with
    /// every length of mantissa, both signs, and exponents either side of zero.
    static let isReadable: Bool = {
        let samples = ["0", "1", "-2", "123.456", "-0.000001", "1e20", "65536", "4294967296.5", "-18446744073709551616",
                       "340282366920938463463374607431768211455", "12345678901234567890123456789012345678e-40"]
        return samples.allSatisfy { text in
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
        if shift >= 0 {
            var units = mantissa
            for _ in 0..<shift {
                let (product, overflow) = units.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                units = product
            }
            return units
        }
        guard -shift < Self.powersOfTen.count else { return 0 }
        let divisor = Self.powersOfTen[-shift]
        let (quotient, remainder) = mantissa.quotientAndRemainder(dividingBy: divisor)
        return remainder >= divisor - remainder ? quotient + 1 : quotient
    }

    /// 10^0 through 10^38, every power of ten below 2^128.
    private static let powersOfTen: [UInt128] = (0...38).reduce(into: []) { powers, index in
        powers.append(index == 0 ? 1 : powers[index - 1] * 10)
    }

    /// The value as the nearest `Double` to mantissa × 10^exponent, within three roundings (a
    /// relative 4 × 10^-16); nil where 10^|exponent| is not exact in a `Double`.
    public var double: Double? {
        guard (-22...22).contains(exponent) else { return nil }
        let magnitude = exponent >= 0 ? Double(mantissa) * Self.doublePowers[exponent] : Double(mantissa) / Self.doublePowers[-exponent]
        return isNegative ? -magnitude : magnitude
    }

    /// 10^0 through 10^22, the powers of ten a `Double` holds exactly.
    private static let doublePowers: [Double] = (0...22).map { power in (0..<power).reduce(1.0) { value, _ in value * 10 } }
}
