#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Model
import Pricing

/// What one `dataplan cost` run produced: an estimate per valid design, the problems of the others.
public struct CostReport: Sendable {
    public struct Entry: Sendable {
        public let file: FileReport
        public let estimate: DesignEstimate?
        /// The budget the estimate is held to (`--budget`, else `requirements.budget`, else the config's).
        public let budget: Money?

        public init(file: FileReport, estimate: DesignEstimate?, budget: Money?) {
            self.file = file
            self.estimate = estimate
            self.budget = budget
        }

        /// How much the estimate exceeds the budget, when it does.
        public var overBudget: Decimal? {
            guard let estimate, let budget, estimate.monthlyTotal > budget.amount else { return nil }
            return estimate.monthlyTotal - budget.amount
        }

        /// Why the budget cannot be judged: the priced lines are within it, but some lines have no rate.
        public func cannotVerify(allowingUnpriced: Bool) -> String? {
            guard !allowingUnpriced, let estimate, budget != nil, overBudget == nil, estimate.missingRates > 0 else {
                return nil
            }
            let keys = estimate.components.flatMap { component in
                component.lineItems.filter { $0.missing != nil }.map { "\(component.component): \($0.rate)" }
            }
            return
                "cannot verify: \(keys.count) \(keys.count == 1 ? "line" : "lines") without a rate "
                + "(\(keys.joined(separator: ", "))); "
                + "--allow-unpriced judges on the priced lines only"
        }
    }

    public let entries: [Entry]
    /// Problems with the rate tables or the config, reported like files.
    public let problems: [FileReport]
    /// A folder's YAML files that are not designs.
    public var skipped: [SkippedFile]
    /// Whether the budget may be judged on the priced lines alone (`--allow-unpriced`).
    public var allowUnpriced = false

    public init(entries: [Entry], problems: [FileReport] = [], skipped: [SkippedFile] = []) {
        self.entries = entries
        self.problems = problems
        self.skipped = skipped
    }

    public var errors: [Diagnostic] {
        (problems + entries.map(\.file)).flatMap { $0.diagnostics.filter { $0.severity == .error } }
    }

    /// 2 when an input could not be used, 1 when an estimate is over its budget or cannot be held to it, else 0.
    public var exitCode: Int32 {
        if !errors.isEmpty { return 2 }
        return entries.contains { $0.overBudget != nil || $0.cannotVerify(allowingUnpriced: allowUnpriced) != nil }
            ? 1 : 0
    }
}
