#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Model
import Parallel
import Pricing
import Reporting

/// Runs `dataplan cost`: every design priced with the rate tables, held to its budget.
public struct CostRunner: Sendable {
    public var pipeline: DesignPipeline
    public var book: RateBook
    public var settings: EstimateSettings
    /// `--budget`, over each design's `requirements.budget`, over the config's `budget`.
    public var budget: Money?
    public var configBudget: Money?

    public init(
        pipeline: DesignPipeline = DesignPipeline(), book: RateBook = .bundled(),
        settings: EstimateSettings = EstimateSettings(),
        budget: Money? = nil, configBudget: Money? = nil
    ) {
        self.pipeline = pipeline
        self.book = book
        self.settings = settings
        self.budget = budget
        self.configBudget = configBudget
    }

    /// Prices every design the paths name, the files on every core, reported in the order a
    /// sequential run would report them.
    public func run(paths: [String], problems: [Diagnostic] = []) -> CostReport {
        let estimator = Estimator(book: book, settings: settings)
        let candidates = FileDiscovery.candidates(for: paths)
        let entries = Concurrently.map(candidates) { candidate -> CostReport.Entry? in
            pipeline.load(candidate).map { entry($0, estimator) }
        }
        let skipped = FileDiscovery.skipped(candidates, results: entries)
        return CostReport(
            entries: entries.compactMap { $0 }, problems: CheckRunner.reports(for: problems + book.diagnostics),
            skipped: skipped)
    }

    /// One loaded design priced, with the budget that applies to it.
    public func entry(_ loaded: LoadedDesign, _ estimator: Estimator? = nil) -> CostReport.Entry {
        let estimate = loaded.graph.map {
            (estimator ?? Estimator(book: book, settings: settings)).estimate($0, path: loaded.report.path)
        }
        return CostReport.Entry(
            file: loaded.report, estimate: estimate,
            budget: budget ?? loaded.design?.requirements.budget ?? configBudget)
    }
}
