#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Analysis
import Model
import Pricing

/// Alternatives of one workload priced side by side, with the findings of each, the cheapest
/// marked and what it saves against the others; with a sweep when one was asked for.
public struct Comparison: Sendable {
    /// One alternative: a design of `dataplan compare A.yaml B.yaml`, or an entry of a design's `alternatives`.
    public struct Variant: Sendable {
        public let name: String
        public let description: String?
        public let path: String
        public let estimate: DesignEstimate
        /// Findings that are neither suppressed nor baselined.
        public let findings: [Finding]

        public init(name: String, description: String?, path: String, estimate: DesignEstimate, findings: [Finding]) {
            self.name = name
            self.description = description
            self.path = path
            self.estimate = estimate
            self.findings = findings
        }

        public var total: Decimal { estimate.monthlyTotal }
        /// True when every line has a rate, so the total is the whole cost and not a lower bound.
        public var isComplete: Bool { estimate.missingRates == 0 }

        public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
    }

    /// What the cheapest variant saves against another: money a month and percent of the other's total.
    public struct Saving: Sendable, Equatable {
        public let amount: Decimal
        public let percent: Decimal?
    }

    public let variants: [Variant]
    /// Files that could not be compared (not YAML, not valid, a bad rate table), reported as `check` reports them.
    public let problems: [FileReport]
    public let sweep: SweepResult?
    /// Components every variant has with the very same line items: they add the same to every
    /// total, so a rate missing there leaves the ranking and the savings exact.
    public let sharedComponents: Set<String>
    /// Whether each variant's own components, those not shared by all, are priced in full.
    private let rankable: [Bool]

    public init(variants: [Variant], problems: [FileReport], sweep: SweepResult? = nil) {
        self.variants = variants
        self.problems = problems
        self.sweep = sweep
        let shared = Self.shared(variants)
        sharedComponents = shared
        rankable = variants.map { variant in
            !variant.estimate.components.contains { !shared.contains($0.component) && $0.hasMissingRates }
        }
    }

    /// Once per comparison, looking components up by name: a sweep builds one at every step.
    private static func shared(_ variants: [Variant]) -> Set<String> {
        guard let first = variants.first else { return [] }
        return Set(
            first.estimate.components.map(\.component).filter { name in
                let lines = variants.map { $0.estimate.component(named: name).map(signature) }
                return lines.allSatisfy { $0 != nil && $0 == lines[0] }
            })
    }

    static func signature(_ component: ComponentEstimate) -> [String] {
        component.lineItems.map { "\($0.rate)|\($0.quantity)|\($0.unitPriceText ?? "-")|\($0.description)" }
    }

    /// Whether the variant's own components, those not shared by all, are priced in full.
    public func isRankable(_ index: Int) -> Bool { rankable[index] }

    /// The index of the cheapest variant, when every variant can be ranked (its own components
    /// priced in full); nil otherwise, since a lower bound cannot be ranked against a whole. Ties
    /// go to the first written.
    public var cheapest: Int? {
        guard variants.indices.allSatisfy(isRankable) else { return nil }
        return Self.cheapest(of: variants.map(\.total))
    }

    /// The index of the smallest known total, first written on a tie.
    public static func cheapest(of totals: [Decimal?]) -> Int? {
        var best: Int?
        for (index, total) in totals.enumerated() {
            guard let total else { continue }
            if best == nil || total < totals[best!]! { best = index }
        }
        return best
    }

    /// What the cheapest saves against `variants[index]`; nil for the cheapest itself, or when
    /// there is no cheapest. The percent (of the other's total) only when that total is whole.
    public func saving(against index: Int) -> Saving? {
        guard let best = cheapest, best != index else { return nil }
        let other = variants[index].total
        let amount = other - variants[best].total
        let percent = variants[index].isComplete && other != 0 ? (amount * 100 / other).rounded(1) : nil
        return Saving(amount: amount, percent: percent)
    }

    /// Every component of any variant, in the order first met.
    public var componentNames: [String] {
        var seen: Set<String> = []
        return variants.flatMap { $0.estimate.components.map(\.component) }.filter { seen.insert($0).inserted }
    }

    public var errors: [Diagnostic] { problems.flatMap { $0.diagnostics.filter { $0.severity == .error } } }

    /// 2 when an input could not be used, else 0.
    public var exitCode: Int32 { errors.isEmpty ? 0 : 2 }
}
