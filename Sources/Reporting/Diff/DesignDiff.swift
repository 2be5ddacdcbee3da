#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Model
import Analysis
import Pricing

/// What a change to a design does: the findings it adds and resolves, and its monthly cost per
/// component and in total before and after; held to `--fail-on` and `--max-increase` as a gate.
public struct DesignDiff: Sendable {
    /// One side of the change: the design's estimate and its open findings.
    public struct Side: Sendable {
        public let path: String
        public let estimate: DesignEstimate
        /// Findings that are neither suppressed nor baselined.
        public let findings: [Finding]
        /// The design's graph, for the diagram of the markdown report.
        public let graph: DesignGraph?

        public init(path: String, estimate: DesignEstimate, findings: [Finding], graph: DesignGraph? = nil) {
            self.path = path
            self.estimate = estimate
            self.findings = findings
            self.graph = graph
        }
    }

    /// The head's components the change added or changed, and the base's it removed, for the diagram.
    public var componentChanges: (marks: [Int: MermaidDiagram.Change], removed: [String])? {
        guard let old = base.graph?.design, let new = head.graph?.design else { return nil }
        var marks: [Int: MermaidDiagram.Change] = [:]
        for (index, component) in new.components.enumerated() {
            guard let before = old.index(of: component.name).map({ old.components[$0] }) else {
                marks[index] = .added
                continue
            }
            if before.type != component.type || before.properties != component.properties { marks[index] = .changed }
        }
        let removed = old.components.map(\.name).filter { new.index(of: $0) == nil }
        return (marks, removed)
    }

    /// One component's monthly cost before and after; nil where the component is not on that side.
    public struct ComponentChange: Sendable {
        public let component: String
        public let type: String
        public let before: Decimal?
        public let after: Decimal?
        /// False when a side has lines without a rate, so its figure is a lower bound.
        public let complete: Bool
        /// True when the lines without a rate are the same on both sides, so `delta` is the whole change.
        public let exact: Bool

        public var delta: Decimal { (after ?? 0) - (before ?? 0) }
        /// The change as a percent of `before`, only when both figures are whole.
        public var percent: Decimal? { complete ? DesignDiff.percent(delta, of: before) : nil }
        public var changed: Bool { before != after }
    }

    /// The most the monthly total may grow before the gate fails: money, or a percent of the base's total.
    public enum Increase: Sendable, Equatable {
        case amount(Decimal)
        case percent(Decimal)

        /// Reads `10%`, or money as `Units.moneyOption` does: `500`, `500 USD`, `500 USD/month`.
        public static func parse(_ text: String) -> Increase? {
            let trimmed = text.trimmingSpaces
            if trimmed.hasSuffix("%") {
                return Units.number(trimmed.dropLast().trimmingSpaces).map(Increase.percent)
            }
            return Units.moneyOption(trimmed).map { .amount($0.amount) }
        }
    }

    public let base: Side
    public let head: Side
    public let failOn: FailLevel
    public let maxIncrease: Increase?

    /// Findings of the head that the base does not have, matched by rule, component and flow (as often as each occurs).
    public let added: [Finding]
    /// Findings of the base that the head no longer has.
    public let resolved: [Finding]
    /// Every component of either side: the head's in its order, then those the change removed.
    public let components: [ComponentChange]

    /// Works out the findings and components once: the reporters and the gate read them several times.
    /// Whether `--max-increase` may judge on the priced lines alone (`--allow-unpriced`).
    public let allowUnpriced: Bool

    public init(
        base: Side, head: Side, failOn: FailLevel = .never, maxIncrease: Increase? = nil, allowUnpriced: Bool = false
    ) {
        self.allowUnpriced = allowUnpriced
        self.base = base
        self.head = head
        self.failOn = failOn
        self.maxIncrease = maxIncrease
        added = Self.unmatched(head.findings, against: base.findings)
        resolved = Self.unmatched(base.findings, against: head.findings)
        components = Self.changes(from: base.estimate, to: head.estimate)
    }

    /// `findings` less those `others` also has, by their identity without position (as baselines match them).
    static func unmatched(_ findings: [Finding], against others: [Finding]) -> [Finding] {
        var remaining: [FindingKey: Int] = [:]
        for finding in others { remaining[finding.key(design: ""), default: 0] += 1 }
        return findings.filter { finding in
            let key = finding.key(design: "")
            guard let count = remaining[key], count > 0 else { return true }
            remaining[key] = count - 1
            return false
        }
    }

    static func changes(from base: DesignEstimate, to head: DesignEstimate) -> [ComponentChange] {
        let names =
            head.components.map(\.component)
            + base.components.map(\.component).filter { head.component(named: $0) == nil }
        return names.map { name in
            let old = base.component(named: name)
            let new = head.component(named: name)
            return ComponentChange(
                component: name, type: (new ?? old)!.type, before: old?.monthly, after: new?.monthly,
                complete: !(old?.hasMissingRates ?? false) && !(new?.hasMissingRates ?? false),
                exact: Self.unpricedLines(old) == Self.unpricedLines(new))
        }
    }

    /// One line item before and after, matched by component, rate and description;
    /// nil where the line is not on that side.
    public struct LineChange: Sendable {
        public let component: String
        public let before: LineItem?
        public let after: LineItem?
    }

    /// The line items whose quantity or monthly figure the change moved, component by component.
    public var lineChanges: [LineChange] {
        components.filter(\.changed).flatMap { change -> [LineChange] in
            let before = base.estimate.component(named: change.component)?.lineItems ?? []
            let after = head.estimate.component(named: change.component)?.lineItems ?? []
            let key = { (item: LineItem) in "\(item.rate)|\(item.description)" }
            let keys = after.map(key) + before.map(key).filter { name in !after.contains { key($0) == name } }
            return keys.compactMap { name in
                let was = before.first { key($0) == name }
                let now = after.first { key($0) == name }
                guard was?.quantity != now?.quantity || was?.monthly != now?.monthly else { return nil }
                return LineChange(component: change.component, before: was, after: now)
            }
        }
    }

    /// The lines without a rate, by rate and quantity: equal on both sides, they cancel out of the change.
    static func unpricedLines(_ component: ComponentEstimate?) -> [String] {
        (component?.lineItems ?? []).filter { $0.missing != nil }.map { "\($0.rate)|\($0.quantity)" }
    }

    public var totalBefore: Decimal { base.estimate.monthlyTotal }
    public var totalAfter: Decimal { head.estimate.monthlyTotal }
    public var totalDelta: Decimal { totalAfter - totalBefore }
    /// The change as a percent of the base's total, only when both totals are whole.
    public var totalPercent: Decimal? { complete ? Self.percent(totalDelta, of: totalBefore) : nil }
    /// False when either side has lines without a rate: the totals are lower bounds.
    public var complete: Bool { base.estimate.missingRates == 0 && head.estimate.missingRates == 0 }
    /// True when every line without a rate is the same on both sides, so the change in money is whole.
    public var exact: Bool { components.allSatisfy(\.exact) }

    /// `delta` as a percent of `before`, to one decimal; nil when there was nothing before.
    static func percent(_ delta: Decimal, of before: Decimal?) -> Decimal? {
        guard let before, before != 0 else { return nil }
        return (delta * 100 / before).rounded(1)
    }

    /// The added findings at or above `--fail-on`.
    public var failingFindings: [Finding] { added.filter { failOn.fails($0.severity) } }

    /// How far the increase goes past `--max-increase`, described; nil when within it or no limit was set.
    public var increaseOverLimit: String? {
        guard let maxIncrease, totalDelta > 0 else { return nil }
        switch maxIncrease {
        case .amount(let limit):
            return totalDelta > limit
                ? "+\(CostFormat.money(totalDelta)) USD a month is over the limit of \(CostFormat.money(limit)) USD"
                : nil
        case .percent(let limit):
            guard totalBefore > 0 else {
                return "+\(CostFormat.money(totalDelta)) USD a month from nothing is over any percent limit"
            }
            let percent = totalDelta * 100 / totalBefore
            return percent > limit
                ? "+\(percent.rounded(1).plainText(scale: 1))% is over the limit of \(limit.plainText(scale: 1))%" : nil
        }
    }

    /// The head's lines without a rate that the change added or changed ("component: rate"):
    /// what a cost gate cannot see.
    public var unpricedChanges: [String] {
        var before: [String: Int] = [:]
        for component in base.estimate.components {
            for item in component.lineItems where item.missing != nil {
                before["\(component.component)|\(item.rate)|\(item.quantity)", default: 0] += 1
            }
        }
        var changed: [String] = []
        for component in head.estimate.components {
            for item in component.lineItems where item.missing != nil {
                let key = "\(component.component)|\(item.rate)|\(item.quantity)"
                if let count = before[key], count > 0 {
                    before[key] = count - 1
                } else {
                    changed.append("\(component.component): \(item.rate)")
                }
            }
        }
        return changed
    }

    /// Why `--max-increase` cannot judge the change: lines without a rate that it added or changed; nil when it can,
    /// or when `--allow-unpriced` says to judge on the priced lines alone.
    public var cannotVerify: String? {
        guard maxIncrease != nil, !allowUnpriced else { return nil }
        let lines = unpricedChanges
        guard !lines.isEmpty else { return nil }
        return
            "cannot verify: \(lines.count) \(lines.count == 1 ? "line" : "lines") without a rate "
            + "(\(lines.joined(separator: ", "))); "
            + "--allow-unpriced judges on the priced lines only"
    }

    /// 1 when the gate fails (an added finding at or above `--fail-on`, an increase past `--max-increase`, or an
    /// increase it cannot verify), else 0.
    public var exitCode: Int32 {
        failingFindings.isEmpty && increaseOverLimit == nil && cannotVerify == nil ? 0 : 1
    }
}
