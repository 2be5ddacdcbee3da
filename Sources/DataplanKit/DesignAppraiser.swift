#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model
import Analysis
import Pricing
import Reporting

/// Reads, checks and prices designs for the commands that weigh them against each other
/// (`compare`, `diff`): one pipeline, one rule set, one rate book for the whole run.
public struct DesignAppraiser: Sendable {
    public var pipeline: DesignPipeline
    public var book: RateBook
    public var settings: EstimateSettings
    public var check: PreparedCheck

    public init(
        pipeline: DesignPipeline = DesignPipeline(), book: RateBook = .bundled(),
        settings: EstimateSettings = EstimateSettings(),
        check: PreparedCheck
    ) {
        self.pipeline = pipeline
        self.book = book
        self.settings = settings
        self.check = check
    }

    /// Problems with the rules, config, baseline or rate tables, one report per file: each makes the run exit 2.
    public var problems: [FileReport] { CheckRunner.reports(for: check.problems + book.diagnostics) }

    public func estimate(_ graph: DesignGraph, path: String, book: RateBook? = nil) -> DesignEstimate {
        Estimator(book: book ?? self.book, settings: settings).estimate(graph, path: path)
    }

    /// The design's findings that are neither suppressed nor baselined.
    public func findings(_ graph: DesignGraph) -> [Finding] { check.openFindings(graph) }
}
