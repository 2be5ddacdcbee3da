#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A figure with a unit, or a plain number, read from its UTF-8 bytes with no string made: `Units`
/// reads plain ASCII text this way, every answer the one its reading by strings gives, and every
/// number (`Units.number`, which the reading by strings calls too) this way once trimmed.
///
/// For ASCII, the trimmed spaces are exactly the tab and the space (the other ASCII white space is
/// a line break, which `trimmingSpaces` keeps); a number of more than 18 digits is left to the
/// reading by strings (nil), which hands it to Foundation's parser.
struct UnitBytes {
    private let bytes: UnsafeBufferPointer<UInt8>

    /// Nil when the text is not plain ASCII.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        self.bytes = bytes
    }

    private static let dot = UInt8(ascii: "."), slash = UInt8(ascii: "/")

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// `range` without the spaces and tabs at either end.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, Self.isSpace(bytes[start]) { start += 1 }
        while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// The unit in `units` whose suffix is exactly `range`'s bytes.
    private func unit(in units: [Units.UnitFactor], matching range: Range<Int>) -> Units.UnitFactor? {
        units.first { unit in
            unit.suffixBytes.count == range.count && unit.suffixBytes.indices.allSatisfy { unit.suffixBytes[$0] == bytes[range.lowerBound + $0] }
        }
    }

    /// The whole text as a number and one of `units`: `.some(nil)` when it is not one, nil when
    /// the reading by strings must decide.
    func scaled(by units: [Units.UnitFactor]) -> Decimal?? {
        scaled(trimmed(0..<bytes.count), by: units)
    }

    private func scaled(_ range: Range<Int>, by units: [Units.UnitFactor]) -> Decimal?? {
        var end = range.lowerBound
        while end < range.upperBound, bytes[end] == Self.dot || Self.isDigit(bytes[end]) { end += 1 }
        guard let unit = unit(in: units, matching: trimmed(end..<range.upperBound)) else { return .some(nil) }
        return number(range.lowerBound..<end).map { $0.map(unit.apply) }
    }

    /// The whole text as a plain number, as `Units.number` reads it.
    func number() -> Decimal?? {
        number(0..<bytes.count)
    }

    /// The non-negative decimal number `range` holds: digits and at most one point, neither first
    /// nor last. `.some(nil)` when it is not one; nil when it has more than 18 digits, which
    /// Foundation's parser reads.
    private func number(_ range: Range<Int>) -> Decimal?? {
        guard !range.isEmpty, bytes[range.lowerBound] != Self.dot, bytes[range.upperBound - 1] != Self.dot else { return .some(nil) }
        var whole: UInt64 = 0
        var digits = 0, decimals = 0, points = 0
        for index in range {
            if bytes[index] == Self.dot {
                points += 1
                guard points == 1 else { return .some(nil) }
            } else if Self.isDigit(bytes[index]) {
                whole = whole &* 10 &+ UInt64(bytes[index] - UInt8(ascii: "0"))
                digits += 1
                if points > 0 { decimals += 1 }
            } else {
                return .some(nil)
            }
        }
        guard digits <= 18 else { return nil }
        return DecimalParts(mantissa: UInt128(whole), exponent: -decimals, isNegative: false).compactDecimal
            ?? Decimal(whole).shifted(by: -decimals)
    }

    /// An amount in `units`, one `/`, and one of `per`: the amount over the seconds of that unit.
    func rate(by units: [Units.UnitFactor], per: [Units.UnitFactor]) -> Decimal?? {
        guard let cut = bytes.firstIndex(of: Self.slash) else { return .some(nil) }
        guard !bytes[(cut + 1)...].contains(Self.slash),
              let seconds = unit(in: per, matching: trimmed((cut + 1)..<bytes.count))?.factor else { return .some(nil) }
        guard let quantity = scaled(trimmed(0..<cut), by: units) else { return nil }
        return quantity.map { seconds.equals(1) ? $0 : $0.divided(by: seconds) }
    }
}
