#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Every variant priced at each step of one figure's range, and the exact values where the
/// cheapest variant changes.
public struct SweepResult: Sendable {
    /// One step: the figure's value (in the unit FROM was written in) and each variant's monthly
    /// total there, nil where the variant is not priced in full.
    public struct Point: Sendable {
        public let value: Decimal
        public let totals: [Decimal?]

        public init(value: Decimal, totals: [Decimal?]) {
            self.value = value
            self.totals = totals
        }

        /// The cheapest variant here; nil when some variant cannot be ranked at this value.
        public var cheapest: Int? { totals.contains { $0 == nil } ? nil : Comparison.cheapest(of: totals) }
    }

    /// Where the cheapest variant changes: below `value`, `below` is cheapest; above it, `above`.
    public struct BreakEven: Sendable {
        public let value: Decimal
        public let below: Int
        public let above: Int
        /// The monthly total of both at the break-even value.
        public let total: Decimal

        public init(value: Decimal, below: Int, above: Int, total: Decimal) {
            self.value = value
            self.below = below
            self.above = above
            self.total = total
        }
    }

    /// PATH as written (`landing->transform.volume`, `rate:glue/dpu-hour`).
    public let path: String
    /// The unit values are shown in (`GB/day`); empty for a plain number.
    public let unit: String
    public let points: [Point]
    public let breakEvens: [BreakEven]
    /// Variants the figure does not reach (no such component or flow) or does not move: their totals stay constant.
    public let unaffected: [String]

    public init(path: String, unit: String, points: [Point], breakEvens: [BreakEven], unaffected: [String]) {
        self.path = path
        self.unit = unit
        self.points = points
        self.breakEvens = breakEvens
        self.unaffected = unaffected
    }

    /// The figure's axis label: its path and unit.
    public var axisLabel: String { unit.isEmpty ? path : "\(path) (\(unit))" }
}
