#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Decimal {
    /// self + other: the value, and the very bytes, of Foundation's `+`.
    ///
    /// Worked out on the two 128-bit mantissas (`DecimalParts`) when neither is zero and the exact
    /// sum fits 128 bits, as nearly every figure of a design does; Foundation's `+` otherwise (it
    /// gives a zero operand's partner back as it is). Foundation's own
    /// arithmetic normalises and compacts 16-bit words one division by ten at a time, which
    /// costs more than the rest of carrying a figure along a flow.
    public func plus(_ other: Decimal) -> Decimal {
        guard let left = DecimalParts(self), let right = DecimalParts(other), left.mantissa != 0, right.mantissa != 0,
              let sum = left.plus(right), let result = sum.compactDecimal else { return self + other }
        return result
    }

    /// self − other: the value, and the very bytes, of Foundation's `-`, which adds the negated
    /// operand: `plus` with the sign of `other` turned, on the mantissas under the same conditions.
    public func minus(_ other: Decimal) -> Decimal {
        guard let left = DecimalParts(self), let right = DecimalParts(other), left.mantissa != 0, right.mantissa != 0,
              let difference = left.plus(right.negated), let result = difference.compactDecimal else { return self - other }
        return result
    }

    /// self × other: the value, and the very bytes, of Foundation's `*`, worked out on the
    /// mantissas: exactly when the product fits 128 bits, else cut to 128 bits as Foundation
    /// cuts it (`DecimalParts.timesCut`; a 38-digit quotient times anything passes 128 bits, and
    /// Foundation's `*` works on arrays of 16-bit words); Foundation's `*` where neither applies.
    public func times(_ other: Decimal) -> Decimal {
        guard let left = DecimalParts(self), let right = DecimalParts(other),
              let product = left.times(right) ?? left.timesCut(right), let result = product.compactDecimal else { return self * other }
        return result
    }

    /// self ÷ other: the value, and the very bytes, of Foundation's `/`, worked out on the
    /// mantissas: exactly when the quotient ends within 128 bits (bytes to gibibytes, seconds to
    /// hours), else cut to 128 bits as Foundation cuts it (`DecimalParts.dividedCut`: a volume over
    /// a rate, a third). Tests compare tens of thousands of quotients with Foundation's. Foundation's
    /// `/` where neither applies; it takes 6,000 to 60,000 instructions a division.
    public func divided(by other: Decimal) -> Decimal {
        guard let left = DecimalParts(self), let right = DecimalParts(other), left.mantissa != 0,
              let quotient = left.divided(by: right) ?? left.dividedCut(by: right),
              let result = quotient.compactDecimal else { return self / other }
        return result
    }
}

extension Decimal {
    /// self == other, Foundation's answer: values stored alike are equal (a figure carried along
    /// a path meets copies of itself), others are compared on their mantissas (`order(against:)`).
    public func equals(_ other: Decimal) -> Bool {
        let alike = withUnsafeBytes(of: self) { left in
            withUnsafeBytes(of: other) { right in
                left.count == 20 && right.count == 20
                    && left.loadUnaligned(as: UInt64.self) == right.loadUnaligned(as: UInt64.self)
                    && left.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == right.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    && left.loadUnaligned(fromByteOffset: 16, as: UInt32.self) == right.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
            }
        }
        if alike { return true }
        guard let left = DecimalParts(self), let right = DecimalParts(other) else { return self == other }
        return left.order(against: right) == 0
    }

    /// self > 0, read from the sign and length rather than compared (NaN is neither).
    public var isPositive: Bool {
        !isZero && !isNaN && sign == .plus
    }
}

extension Sequence<Decimal> {
    /// The sum of the values, added in order with `plus`; zero when there are none. Inlinable, so
    /// that callers in other modules get it specialised, without generic metadata at every call.
    @inlinable
    public func sum() -> Decimal {
        var iterator = makeIterator()
        guard var total = iterator.next() else { return .zero }
        while let value = iterator.next() { total = total.plus(value) }
        return total
    }
}
