#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A `Double` standing in for an exact `Decimal` figure, used only where it provably gives the
/// same answer: a `Decimal` division or rounding of a quotient's 38 digits costs microseconds, and
/// reports and messages write hundreds of thousands of figures.
///
/// A `Decimal` is converted from its parts (`DecimalParts.double`) with at most eight roundings,
/// so a converted value, or a quotient of two, is well within a relative 10^-13 of the exact
/// figure (the bound was set for Foundation's own conversion, up to 136 roundings). Below 10^8 that is an absolute error under 10^-5, so
/// rounding the `Double` agrees with rounding the `Decimal` unless the `Double` lies within 10^-3
/// of where the rounding changes; then, and for larger figures, the answer is nil and the caller
/// takes the exact path.
struct NearDouble {
    let value: Double

    init(_ decimal: Decimal) {
        value = Self.double(decimal)
    }

    init(_ numerator: Decimal, over divisor: Decimal) {
        value = Self.double(numerator) / Self.double(divisor)
    }

    /// From the value's parts (eight roundings at most, well inside the bound above); NaN,
    /// whose parts cannot be read, stays NaN.
    private static func double(_ decimal: Decimal) -> Double {
        DecimalParts(decimal)?.double ?? .nan
    }

    /// The figure in 10^-scale units, rounded half away from zero.
    func units(scale: Int) -> Int64? {
        guard (0..<Self.powersOfTen.count).contains(scale) else { return nil }
        let units = value * Self.powersOfTen[scale]
        let magnitude = units.magnitude
        guard magnitude < Self.limit, abs(magnitude - magnitude.rounded(.down) - 0.5) > Self.margin else { return nil }
        return Int64(units.rounded(.toNearestOrAwayFromZero))
    }

    /// The least whole number at or above the figure.
    var ceiling: Int64? {
        guard value.magnitude < Self.limit, abs(value - value.rounded()) > Self.margin else { return nil }
        return Int64(value.rounded(.up))
    }

    /// The whole number the figure is within 10^-3 of, if any (so the exact figure is within one of it).
    var nearestWhole: Int64? {
        guard value.magnitude < Self.limit, abs(value - value.rounded()) <= Self.margin else { return nil }
        return Int64(value.rounded())
    }

    /// Whether the figure is at or above `bound` (a value a `Double` holds exactly); nil when the
    /// two are within a relative 10^-12, where the error could tip the comparison.
    func isAtLeast(_ bound: Double) -> Bool? {
        abs(value - bound) > 1e-12 * max(value.magnitude, bound.magnitude) ? value >= bound : nil
    }

    private static let limit = 1e8
    private static let margin = 1e-3
    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
}
