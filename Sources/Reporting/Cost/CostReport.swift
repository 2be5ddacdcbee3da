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
    }

    public let entries: [Entry]
    /// Problems with the rate tables or the config, reported like files.
    public let problems: [FileReport]
    /// A folder's YAML files that are not designs.
    public var skipped: [SkippedFile]

    public init(entries: [Entry], problems: [FileReport] = [], skipped: [SkippedFile] = []) {
        self.entries = entries
        self.problems = problems
        self.skipped = skipped
    }

    public var errors: [Diagnostic] {
        (problems + entries.map(\.file)).flatMap { $0.diagnostics.filter { $0.severity == .error } }
    }

    /// 2 when an input could not be used, 1 when an estimate is over its budget, else 0.
    public var exitCode: Int32 {
        if !errors.isEmpty { return 2 }
        return entries.contains { $0.overBudget != nil } ? 1 : 0
    }
}
